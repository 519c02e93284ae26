import { approveEntries, normaliseApproverName, unapproveEntries } from '../hours';
import type { HourEntry } from '../schemas';
import { Repository } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/**
 * Read the listed hour entries as they are stored now, let `change` say which
 * to write, validate each and replace the whole rows, all in one transaction.
 * Whole rows, not `Repository.update`: a merged patch cannot remove the
 * approver fields that unapproving must drop.
 */
async function rewriteHours(
  db: TalkootDb,
  ids: Iterable<string>,
  clock: Clock,
  change: (current: HourEntry[], nowIso: string) => HourEntry[],
): Promise<HourEntry[]> {
  const hours = new Repository(db, 'hours', clock);
  const table = db.tableOf('hours');
  const wanted = [...new Set(ids)];
  return db.transaction('rw', table, async () => {
    const current = (await table.bulkGet(wanted)).filter((h): h is HourEntry => !!h);
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
  return rewriteHours(db, ids, clock, (current, now) => approveEntries(current, name, now));
}

/** Undo approveHours for the listed entries, in one transaction; returns those that changed. */
export async function unapproveHours(
  db: TalkootDb,
  ids: Iterable<string>,
  clock: Clock = systemClock,
): Promise<HourEntry[]> {
  return rewriteHours(db, ids, clock, unapproveEntries);
}
