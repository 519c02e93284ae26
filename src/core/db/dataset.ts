import { emptyDataset, tableNames, type Dataset } from '../schemas';
import type { TalkootDb } from './TalkootDb';
import { replaceRollups, rollupTableNames } from './rollupStore';

/** Read every table, trash included, as plain arrays. */
export async function readDataset(db: TalkootDb): Promise<Dataset> {
  const data = emptyDataset();
  // A database opened with an older schema (upgrade tests) lacks the newer tables: they read as empty.
  const present = tableNames.filter((t) => db.tables.some((x) => x.name === t));
  await db.transaction('r', present, async () => {
    for (const t of present) {
      (data as Record<string, unknown[]>)[t] = await db.table(t).toArray();
    }
  });
  return data;
}

/** True when the database holds no records at all. */
export async function isDatabaseEmpty(db: TalkootDb): Promise<boolean> {
  for (const t of tableNames) {
    if ((await db.table(t).count()) > 0) return false;
  }
  return true;
}

/** Records written so far and in all. */
export type WriteProgress = (written: number, total: number) => void;

/** Records per bulk write: small enough to report progress, large enough to be fast. */
const CHUNK = 5000;

/**
 * Replace the whole database with `data` in one transaction: either every
 * record is written or, on any failure, nothing changes. `data` must already
 * be validated (see parseDataFile). Written in chunks so that `onProgress`
 * can tell a big restore's progress. The rollups of `data` are computed in
 * memory and written once, in the same transaction (replaceRollups), rather
 * than kept per chunk by the rollup middleware.
 */
export async function replaceDataset(
  db: TalkootDb,
  data: Dataset,
  options: { onProgress?: WriteProgress } = {},
): Promise<void> {
  const total = tableNames.reduce((n, t) => n + data[t].length, 0);
  let written = 0;
  options.onProgress?.(0, total);
  await db.transaction('rw', [...tableNames, ...rollupTableNames], async (tx) => {
    await replaceRollups(tx, data);
    for (const t of tableNames) await db.table(t).clear();
    for (const t of tableNames) {
      const rows = data[t] as unknown[];
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await db.table(t).bulkAdd(chunk);
        written += chunk.length;
        options.onProgress?.(written, total);
      }
    }
  });
}
