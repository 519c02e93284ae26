import { readFileSync } from 'node:fs';
import { formatDataFileIssues, parseDataFile } from '../../core/dataFile';
import { translate } from '../../core/i18n';
import { tableNames } from '../../core/schemas';
import { say, UsageError, type CliContext } from '../context';

/** Read a data file as UTF-8 text, or explain in the user's language why not. */
export function readDataFileText(ctx: CliContext, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      say(ctx, 'cannotRead', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
  }
}

/** `validate FILE`: exit 0 only for a valid data file; otherwise list what is wrong. */
export function validateCommand(ctx: CliContext, file: string | undefined): number {
  if (!file) throw new UsageError(say(ctx, 'missingFile'));
  const result = parseDataFile(readDataFileText(ctx, file));
  if (!result.ok) {
    ctx.err(say(ctx, 'invalid', { file }));
    for (const line of formatDataFileIssues(result.issues, ctx.lang, 20)) ctx.err(`  ${line}`);
    return 1;
  }
  const counts = tableNames
    .filter((t) => result.file.dataset[t].length > 0)
    .map((t) => `${translate(ctx.lang, `dataFile.tables.${t}`)} ${result.file.dataset[t].length}`)
    .join(', ');
  ctx.out(say(ctx, 'valid', { version: result.file.formatVersion, counts }));
  return 0;
}
