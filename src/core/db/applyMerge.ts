import type { MergeResult, MergeUndo } from '../merge';
import { tableNames } from '../schemas';
import type { TalkootDb } from './TalkootDb';
import type { WriteProgress } from './dataset';
import { rollupTableNames } from './rollupStore';

const CHUNK = 5000;

/**
 * Write a merge's added and updated records in one transaction, in chunks so
 * that `onProgress` hears how many of them are written.
 */
export async function applyMerge(
  db: TalkootDb,
  result: Pick<MergeResult, 'changes'>,
  options: { onProgress?: WriteProgress } = {},
): Promise<void> {
  const total = tableNames.reduce((n, t) => n + (result.changes[t]?.length ?? 0), 0);
  let written = 0;
  options.onProgress?.(0, total);
  await db.transaction('rw', [...tableNames, ...rollupTableNames], async () => {
    for (const table of tableNames) {
      const rows = result.changes[table] ?? [];
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await db.table(table).bulkPut(chunk);
        written += chunk.length;
        options.onProgress?.(written, total);
      }
    }
  });
}

/**
 * Undo a merge (`undoOfMerge`), in one transaction: the records it added are
 * removed and the records it replaced get their earlier versions back. The
 * rollups follow through the repositories' middleware, as for any write.
 * Records the merge did not touch, and edits made to them since, stay.
 */
export async function revertMerge(db: TalkootDb, undo: MergeUndo): Promise<void> {
  await db.transaction('rw', [...tableNames, ...rollupTableNames], async () => {
    for (const table of tableNames) {
      const remove = undo.remove[table] ?? [];
      const restore = undo.restore[table] ?? [];
      if (remove.length) await db.table(table).bulkDelete(remove);
      if (restore.length) await db.table(table).bulkPut(restore);
    }
  });
}
