import { formatDataFileIssues } from '../../core/dataFile';
import {
  checkMerged,
  describeConflicts,
  mergeChangedNothing,
  mergeCounts,
  mergeDatasets,
} from '../../core/merge';
import { say, UsageError, type CliContext } from '../context';
import { atomicWriteSync } from '../../node/atomicWrite';
import { dataFileBytes, parseDataFileAt } from '../dataFiles';

/**
 * `merge FILE --data DATA.json`: bring another computer's records into DATA.
 * Both files are validated, and so is the merged whole, before DATA is
 * rewritten (atomically); on any error DATA stays byte-for-byte unchanged.
 */
export async function mergeCommand(
  ctx: CliContext,
  file: string | undefined,
  dataPath: string | undefined,
): Promise<number> {
  if (!file) throw new UsageError(say(ctx, 'missingFile'));
  if (!dataPath) throw new UsageError(say(ctx, 'missingData'));
  const fail = (lines: string[]) => {
    ctx.err(say(ctx, 'mergeFailed', { file: dataPath }));
    for (const line of lines) ctx.err(`  ${line}`);
    return 1;
  };
  const target = await parseDataFileAt(ctx, dataPath);
  if (!target.ok) return fail(formatDataFileIssues(target.issues, ctx.lang));
  const incoming = await parseDataFileAt(ctx, file);
  if (!incoming.ok) return fail(formatDataFileIssues(incoming.issues, ctx.lang));

  const result = mergeDatasets(target.file.dataset, incoming.file.dataset);
  const issues = checkMerged(result);
  if (issues.length) return fail(formatDataFileIssues(issues, ctx.lang));
  if (mergeChangedNothing(result)) {
    ctx.out(say(ctx, 'mergeNothing', { file: dataPath }));
    return 0;
  }
  atomicWriteSync(
    dataPath,
    await dataFileBytes(result.merged, {
      exportedAt: new Date().toISOString(),
      generator: 'Talkoot CLI merge',
      extra: target.file.extra,
    }),
  );
  ctx.out(
    say(ctx, 'merged', {
      file: dataPath,
      ...mergeCounts(result),
      conflicts: result.conflicts.length,
    }),
  );
  // The same lines as the app's merge summary.
  for (const line of describeConflicts(result.conflicts, result.merged, ctx.lang)) {
    ctx.out(`  ${line}`);
  }
  return 0;
}
