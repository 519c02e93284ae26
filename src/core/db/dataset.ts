import { emptyDataset, tableNames, type Dataset } from '../schemas';
import type { TalkootDb } from './TalkootDb';

/** Read every table, trash included, as plain arrays. */
export async function readDataset(db: TalkootDb): Promise<Dataset> {
  const data = emptyDataset();
  await db.transaction('r', tableNames, async () => {
    for (const t of tableNames) {
      (data as Record<string, unknown[]>)[t] = await db.table(t).toArray();
    }
  });
  return data;
}

/** Records of a dataset that are not in the trash: what figures and reports count. */
export function liveDataset(data: Dataset): Dataset {
  const out = emptyDataset();
  for (const t of tableNames) {
    (out as Record<string, unknown[]>)[t] = (data[t] as { deletedAt?: string | null }[]).filter(
      (r) => !r.deletedAt,
    );
  }
  return out;
}

/** True when the database holds no records at all. */
export async function isDatabaseEmpty(db: TalkootDb): Promise<boolean> {
  for (const t of tableNames) {
    if ((await db.table(t).count()) > 0) return false;
  }
  return true;
}

/**
 * Replace the whole database with `data` in one transaction: either every
 * record is written or, on any failure, nothing changes. `data` must already
 * be validated (see parseDataFile).
 */
export async function replaceDataset(db: TalkootDb, data: Dataset): Promise<void> {
  await db.transaction('rw', tableNames, async () => {
    for (const t of tableNames) {
      await db.table(t).clear();
      await db.table(t).bulkAdd(data[t] as unknown[]);
    }
  });
}
