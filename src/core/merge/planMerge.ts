import type { DataFileIssue, ProgressCallback } from '../dataFile';
import type { Dataset, Language, TableName } from '../schemas';
import { checkMerged } from './checkMerged';
import { describeConflicts } from './describeConflicts';
import {
  fromOtherAssociation,
  mergeCounts,
  mergeDatasets,
  type MergeResult,
} from './mergeDatasets';

/**
 * What undoes a merge: the records it added are removed, and the records it
 * replaced get back the versions they had. Records that the merge did not
 * touch (and any edit made since to them) stay as they are.
 */
export type MergeUndo = {
  remove: Partial<Record<TableName, string[]>>;
  restore: Partial<Record<TableName, unknown[]>>;
};

/** What merging a file would do, worked out before anything is written. */
export type MergePlan =
  | {
      ok: true;
      /** The records to write: the added and updated ones only. */
      changes: MergeResult['changes'];
      undo: MergeUndo;
      added: number;
      updated: number;
      /** Each conflict in the words of describeConflicts, in the user's language. */
      conflicts: string[];
      /** The association the file is from, as the file names it. */
      fromName: string | undefined;
      fromBusinessId: string | undefined;
      /** The file names another business ID than this association's. */
      otherAssociation: boolean;
    }
  /** The merged whole would not be valid (e.g. an hour of a person neither side has). */
  | { ok: false; issues: DataFileIssue[] };

/** The undo of a merge's changes: added records (by id) to remove, replaced ones to put back. */
export function undoOfMerge(result: Pick<MergeResult, 'changes' | 'replaced'>): MergeUndo {
  const undo: MergeUndo = { remove: {}, restore: {} };
  for (const [table, rows] of Object.entries(result.changes) as [TableName, { id: string }[]][]) {
    const replaced = (result.replaced[table] ?? []) as { id: string }[];
    const had = new Set(replaced.map((r) => r.id));
    const added = rows.filter((r) => !had.has(r.id)).map((r) => r.id);
    if (added.length) undo.remove[table] = added;
    if (replaced.length) undo.restore[table] = replaced;
  }
  return undo;
}

/**
 * Work out a merge of another computer's data (`incoming`) into this one's
 * (`local`): the merged whole is validated, counted and its conflicts
 * described; nothing is written. The plan carries only the records to write
 * and what undoes them, not the merged whole. `onProgress` hears how many of
 * the merged records are checked.
 */
export function planMerge(
  local: Dataset,
  incoming: Dataset,
  lang: Language,
  onProgress?: ProgressCallback,
): MergePlan {
  const result = mergeDatasets(local, incoming);
  const issues = checkMerged(result, onProgress);
  if (issues.length) return { ok: false, issues };
  const from = incoming.profile.find((p) => !p.deletedAt);
  return {
    ok: true,
    changes: result.changes,
    undo: undoOfMerge(result),
    ...mergeCounts(result),
    conflicts: describeConflicts(result.conflicts, result.merged, lang),
    fromName: from?.name,
    fromBusinessId: from?.businessId,
    otherAssociation: fromOtherAssociation(local, incoming),
  };
}
