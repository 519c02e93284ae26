import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { TalkootDb, readDataset } from '../../core/db';
import type { Dataset } from '../../core/schemas';

/** The one database of this renderer. */
export const db = new TalkootDb();

// null: no provider above; undefined: the provider is still reading.
const SharedDataset = createContext<Dataset | undefined | null>(null);

/**
 * Reads the whole dataset once for every page and component below it, and again
 * whenever any table changes. Without it each page (and each part of a page)
 * read all tables itself on opening: with 200 000 hour entries that took seconds
 * every time the user moved to another page.
 */
export function DatasetProvider({ children }: { children: ReactNode }) {
  const data = useLiveQuery(() => readDataset(db), []);
  return <SharedDataset.Provider value={data}>{children}</SharedDataset.Provider>;
}

/**
 * The whole dataset, re-read whenever any table changes; undefined while
 * loading. Shared through DatasetProvider when there is one above, else read
 * here (the first-run page, tests).
 */
export function useDataset(): Dataset | undefined {
  const shared = useContext(SharedDataset);
  const own = useLiveQuery(
    () => (shared === null ? readDataset(db) : undefined),
    [shared === null],
  );
  return shared === null ? own : shared;
}
