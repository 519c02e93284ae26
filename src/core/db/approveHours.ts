import { approveEntries, normaliseApproverName, unapproveEntries, type HourFilter } from '../hours';
import type { HourEntry } from '../schemas';
import { Repository } from './Repository';
import { hourList } from './queries/hours';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/** The listed hour entries as stored, unknown ids left out. */
async function byIds(db: TalkootDb, ids: Iterable<string>): Promise<HourEntry[]> {
  const rows = await db.tableOf('hours').bulkGet([...new Set(ids)]);
  return rows.filter((h): h is HourEntry => !!h);
}

/**
 * Read the hour entries (listed by id, or matching a filter) as they are
 * stored now, let `change` say which to write, validate each and replace the
 * whole rows, all in one transaction. Whole rows, not `Repository.update`: a
 * merged patch cannot remove the approver fields that unapproving must drop.
 */
async function rewriteHours(
  db: TalkootDb,
  read: () => Promise<HourEntry[]>,
  clock: Clock,
  change: (current: HourEntry[], nowIso: string) => HourEntry[],
): Promise<HourEntry[]> {
  const hours = new Repository(db, 'hours', clock);
  const table = db.tableOf('hours');
  return db.transaction('rw', table, async () => {
    const current = await read();
    const records = change(current, clock().toISOString()).map((h) => hours.validate(h));
    if (records.length) await table.bulkPut(records);
    return records;
  });
}

/**
 * Approve the listed hour entries in the name of `approverName`, in one
 * transaction: all of them or none. Entries already approved keep their
 * approver; unknown ids and entries in the trash are skipped. Returns the
 * entries that changed.
 */
export async function approveHours(
  db: TalkootDb,
  ids: Iterable<string>,
  approverName: string,
  clock: Clock = systemClock,
): Promise<HourEntry[]> {
  // Fail before opening a transaction when the name is missing.
  const name = normaliseApproverName(approverName);
  return rewriteHours(
    db,
    () => byIds(db, ids),
    clock,
    (current, now) => approveEntries(current, name, now),
  );
}

/**
 * Approve, in one transaction, every hour entry still waiting that matches
 * `filter` as the list shows it (see hourList), in the name of `approverName`:
 * all of them or none. Returns the entries that changed.
 */
export async function approveHoursMatching(
  db: TalkootDb,
  filter: HourFilter,
  approverName: string,
  clock: Clock = systemClock,
): Promise<HourEntry[]> {
  const name = normaliseApproverName(approverName);
  const pending: HourFilter = { ...filter, approval: 'pending' };
  return rewriteHours(
    db,
    () => hourList(db, pending),
    clock,
    (current, now) => approveEntries(current, name, now),
  );
}

/** Undo approveHours for the listed entries, in one transaction; returns those that changed. */
export async function unapproveHours(
  db: TalkootDb,
  ids: Iterable<string>,
  clock: Clock = systemClock,
): Promise<HourEntry[]> {
  return rewriteHours(db, () => byIds(db, ids), clock, unapproveEntries);
}
