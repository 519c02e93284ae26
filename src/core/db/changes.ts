import { Dexie } from 'dexie';
import type { TalkootDb } from './TalkootDb';

/**
 * Calls `listener` after every committed write to `db` (any table, any write
 * path), from this window or another one on the same profile — the event
 * Dexie's live queries use. Returns the function that stops listening.
 */
export function onDatabaseChanged(db: TalkootDb, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const handler = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated').subscribe(handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
