import { canonicalJson } from '../format/canonicalJson';
import { emptyDataset, tableNames, type Dataset, type TableName } from '../schemas';

type Row = { id: string; updatedAt: string; deletedAt?: string | null; anonymisedAt?: string };

/**
 * Why two versions of a record were told apart:
 * - `differs`: both changed; the newer edit was kept;
 * - `anonymised`: a person anonymised on one side: the anonymisation is final;
 * - `trashed`: in the trash on one side and edited later on the other: it stays
 *   in the trash (a merge never restores from the trash); the user decides.
 */
export const mergeConflictReasons = ['differs', 'anonymised', 'trashed'] as const;
export type MergeConflictReason = (typeof mergeConflictReasons)[number];

export type MergeConflict = {
  table: TableName;
  id: string;
  /** Which version was kept (the same on every computer, whichever merges into which). */
  kept: 'local' | 'incoming';
  reason: MergeConflictReason;
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
  /** This computer's versions of the updated records, as they were: what an undo puts back. */
  replaced: Partial<Record<TableName, unknown[]>>;
};

/** Tables that belong to one computer and are never taken from another's file. */
export const localOnlyTables: readonly TableName[] = ['profile'];

/** The moment a timestamp names, in ms; offsets and missing milliseconds do not change it. */
function instant(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Which of two versions of one record wins: the later updatedAt, then the larger content. */
function newer(a: Row, b: Row): Row {
  const ta = instant(a.updatedAt);
  const tb = instant(b.updatedAt);
  if (ta !== tb) return ta > tb ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/**
 * The version a merge keeps, and why, whichever side is local — symmetric, so
 * every computer converges to the same record:
 * 1. an anonymised person stays anonymised (if only the other side is in the
 *    trash, the anonymised version goes to the trash too: neither erasure is
 *    undone);
 * 2. a record in the trash on one side stays in the trash;
 * 3. otherwise the newer edit.
 */
function winnerOf(a: Row, b: Row): { row: Row; reason: MergeConflictReason } {
  if (!!a.anonymisedAt !== !!b.anonymisedAt) {
    const [anonymised, other] = a.anonymisedAt ? [a, b] : [b, a];
    const row =
      other.deletedAt && !anonymised.deletedAt
        ? { ...anonymised, deletedAt: other.deletedAt }
        : anonymised;
    return { row, reason: 'anonymised' };
  }
  const row = newer(a, b);
  if (!!a.deletedAt !== !!b.deletedAt) {
    const trashed = a.deletedAt ? a : b;
    // A trashing that is the newer change is an ordinary newer edit.
    return row === trashed ? { row, reason: 'differs' } : { row: trashed, reason: 'trashed' };
  }
  return { row, reason: 'differs' };
}

/**
 * Merge another computer's data into ours by id: new records are added, the
 * newer `updatedAt` wins (compared as instants, ties broken by content), and
 * records that differ are listed as conflicts. An anonymisation is final and
 * a record in the trash is never brought back by a merge. Merging is
 * idempotent (the same file twice changes nothing), order-independent and
 * convergent (A into B gives what B into A gives). The association profile
 * stays this computer's own.
 */
export function mergeDatasets(local: Dataset, incoming: Dataset): MergeResult {
  const merged = emptyDataset();
  const result: MergeResult = {
    merged,
    added: {},
    updated: {},
    conflicts: [],
    changes: {},
    replaced: {},
  };
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
        if (canonicalJson(ours) === canonicalJson(theirs)) continue;
        const { row: winner, reason } = winnerOf(ours, theirs);
        const keptOurs = winner === ours || canonicalJson(winner) === canonicalJson(ours);
        result.conflicts.push({
          table,
          id: theirs.id,
          kept: keptOurs ? 'local' : 'incoming',
          reason,
        });
        if (!keptOurs) {
          rows.set(theirs.id, winner);
          result.updated[table] = (result.updated[table] ?? 0) + 1;
          (result.changes[table] ??= []).push(winner);
          (result.replaced[table] ??= []).push(ours);
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

/** How many records a merge adds and replaces, over all tables. */
export function mergeCounts(result: MergeResult): { added: number; updated: number } {
  const sum = (counts: Partial<Record<TableName, number>>) =>
    Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
  return { added: sum(result.added), updated: sum(result.updated) };
}

/**
 * Whether an incoming file is from another association: both sides name a
 * business ID and they differ. Merging it would mix two registers.
 */
export function fromOtherAssociation(local: Dataset, incoming: Dataset): boolean {
  const ours = local.profile.find((p) => !p.deletedAt)?.businessId?.trim();
  const theirs = incoming.profile.find((p) => !p.deletedAt)?.businessId?.trim();
  return !!ours && !!theirs && ours !== theirs;
}
