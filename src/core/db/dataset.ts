import Dexie from 'dexie';
import { emptyDataset, tableNames, type Dataset, type TableName } from '../schemas';
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

/** Rows per read of `readDatasetInChunks`. */
const READ_CHUNK = 10_000;

/**
 * Every record, as `readDataset` reads them (one read-only transaction, each
 * table in the order of its primary key), given to `onRows` a chunk at a time
 * and table by table in the order of `tables`. The first chunk of every table
 * is asked for at once, and each next chunk as soon as the one before it
 * arrives, so the database reads ahead while the caller works on the rows
 * (the data-file export serialises each chunk meanwhile) rather than waiting
 * for one table at a time. Tables this database does not have (an older
 * schema) are skipped. `onTotal` hears first how many records there are in
 * all, for a progress bar.
 */
export async function readDatasetInChunks(
  db: TalkootDb,
  tables: readonly TableName[],
  onRows: (table: TableName, rows: unknown[]) => void,
  options: { chunk?: number; onTotal?: (records: number) => void } = {},
): Promise<void> {
  const chunk = options.chunk ?? READ_CHUNK;
  const present = tables.filter((t) => db.tables.some((x) => x.name === t));
  await db.transaction('r', present, async () => {
    const counts = options.onTotal ? present.map((t) => db.table(t).count()) : [];
    const firsts = present.map((t) => db.table(t).limit(chunk).toArray());
    // Awaited one by one below; a failure aborts the transaction, and is reported once.
    for (const p of [...counts, ...firsts] as Promise<unknown>[]) p.catch(() => undefined);
    if (options.onTotal) {
      options.onTotal((await Promise.all(counts)).reduce((a, b) => a + b, 0));
    }
    for (const [i, t] of present.entries()) {
      const table = db.table(t);
      const keyPath = table.schema.primKey.keyPath as string;
      const keyOf = (row: unknown) => Dexie.getByKeyPath(row as object, keyPath) as string;
      let next: Promise<unknown[]> | null = firsts[i]!;
      while (next) {
        const rows: unknown[] = await next;
        next =
          rows.length === chunk
            ? table
                .where(':id')
                .above(keyOf(rows[rows.length - 1]))
                .limit(chunk)
                .toArray()
            : null;
        onRows(t, rows);
      }
    }
  });
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
