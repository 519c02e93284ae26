import type { MergeResult } from '../merge';
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
  result: MergeResult,
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
