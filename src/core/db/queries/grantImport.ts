import type { Grant } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';

/** One grant by id, trash included (the caller checks `deletedAt`); null when there is none. */
export async function grantForImport(db: TalkootDb, grantId: string): Promise<Grant | null> {
  return (await db.tableOf('grants').get(grantId)) ?? null;
}
