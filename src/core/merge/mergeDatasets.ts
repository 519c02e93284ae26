import { emptyDataset, tableNames, type Dataset, type TableName } from '../schemas';

type Row = { id: string; updatedAt: string };

export type MergeConflict = {
  table: TableName;
  id: string;
  /** Which version was kept: the newer one (ties broken by content, so every computer agrees). */
  kept: 'local' | 'incoming';
};

export type MergeResult = {
  merged: Dataset;
  /** Records new to this computer, per table. */
  added: Partial<Record<TableName, number>>;
  /** Records replaced by a newer incoming version, per table. */
  updated: Partial<Record<TableName, number>>;
  /** Same record edited differently on both sides; the newer edit won. */
  conflicts: MergeConflict[];
  /** Rows to write: the added and updated records only. */
  changes: Partial<Record<TableName, unknown[]>>;
};

/** Tables that belong to one computer and are never taken from another's file. */
export const localOnlyTables: readonly TableName[] = ['profile'];

const stable = (r: unknown) => JSON.stringify(r, Object.keys(r as object).sort());

/** Which of two versions of one record wins: the later updatedAt, then the larger content. */
function newer(a: Row, b: Row): Row {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return stable(a) >= stable(b) ? a : b;
}

/**
 * Merge another computer's data into ours by id: new records are added, the
 * newer `updatedAt` wins, and edits made on both sides are listed as conflicts.
 * Merging is idempotent (the same file twice changes nothing) and
 * order-independent (files can arrive in any order). The association profile
 * stays this computer's own.
 */
export function mergeDatasets(local: Dataset, incoming: Dataset): MergeResult {
  const merged = emptyDataset();
  const result: MergeResult = { merged, added: {}, updated: {}, conflicts: [], changes: {} };
  for (const table of tableNames) {
    const rows = new Map<string, Row>();
    for (const r of local[table] as Row[]) rows.set(r.id, r);
    if (!localOnlyTables.includes(table)) {
      for (const theirs of incoming[table] as Row[]) {
        const ours = rows.get(theirs.id);
        if (!ours) {
          rows.set(theirs.id, theirs);
          result.added[table] = (result.added[table] ?? 0) + 1;
          (result.changes[table] ??= []).push(theirs);
          continue;
        }
        if (stable(ours) === stable(theirs)) continue;
        const winner = newer(ours, theirs);
        result.conflicts.push({
          table,
          id: theirs.id,
          kept: winner === ours ? 'local' : 'incoming',
        });
        if (winner === theirs) {
          rows.set(theirs.id, theirs);
          result.updated[table] = (result.updated[table] ?? 0) + 1;
          (result.changes[table] ??= []).push(theirs);
        }
      }
    }
    (merged as Record<string, unknown[]>)[table] = [...rows.values()];
  }
  return result;
}

/** True when a merge brought nothing new. */
export function mergeChangedNothing(result: MergeResult): boolean {
  return Object.keys(result.changes).length === 0;
}
