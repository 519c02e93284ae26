import { useLiveQuery } from 'dexie-react-hooks';
import { TalkootDb, readDataset } from '../../core/db';
import type { Dataset } from '../../core/schemas';

/** The one database of this renderer. */
export const db = new TalkootDb();

/** The whole dataset, re-read whenever any table changes; undefined while loading. */
export function useDataset(): Dataset | undefined {
  return useLiveQuery(() => readDataset(db), []);
}
