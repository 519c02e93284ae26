import type { MergeResult } from '../merge';
import { tableNames } from '../schemas';
import type { TalkootDb } from './TalkootDb';

/** Write a merge's added and updated records in one transaction. */
export async function applyMerge(db: TalkootDb, result: MergeResult): Promise<void> {
  await db.transaction('rw', tableNames, async () => {
    for (const table of tableNames) {
      const rows = result.changes[table];
      if (rows?.length) await db.table(table).bulkPut(rows);
    }
  });
}
