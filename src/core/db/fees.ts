import { feeScheduleOf, generateYearFees, markPaid, markUnpaid } from '../fees';
import {
  emptyDataset,
  membershipTypes,
  type AssociationProfile,
  type FeeScheduleEntry,
  type MembershipFee,
  type MembershipType,
} from '../schemas';
import { Repository } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/** Fee amounts of one year in cents, per membership type; a type left out gets no line. */
export type YearFeeAmounts = Partial<Record<Exclude<MembershipType, 'none'>, number>>;

/**
 * The schedule with the lines of `year` replaced by `amounts`, other years kept
 * as they are. New lines follow the order of membershipTypes.
 */
export function withYearFeeAmounts(
  schedule: readonly FeeScheduleEntry[],
  year: number,
  amounts: YearFeeAmounts,
): FeeScheduleEntry[] {
  const lines: FeeScheduleEntry[] = [];
  for (const membershipType of membershipTypes) {
    if (membershipType === 'none') continue;
    const amountCents = amounts[membershipType];
    if (amountCents !== undefined) lines.push({ year, membershipType, amountCents });
  }
  return [...schedule.filter((l) => l.year !== year), ...lines];
}

async function liveProfile(db: TalkootDb): Promise<AssociationProfile | undefined> {
  return (await db.tableOf('profile').toArray()).find((p) => !p.deletedAt);
}

/**
 * Save the fee amounts of one year into the association profile's feeSchedule,
 * in one transaction, through the profile repository (validated and stamped).
 */
export async function saveYearFeeAmounts(
  db: TalkootDb,
  year: number,
  amounts: YearFeeAmounts,
  clock: Clock = systemClock,
): Promise<AssociationProfile> {
  const profiles = new Repository(db, 'profile', clock);
  return db.transaction('rw', db.tableOf('profile'), async () => {
    const profile = await liveProfile(db);
    if (!profile) throw new Error('profile: no association profile');
    return profiles.update(profile.id, {
      feeSchedule: withYearFeeAmounts(feeScheduleOf(profile), year, amounts),
    });
  });
}

/**
 * Bill `year`: generateYearFees over the stored people, fees and fee schedule,
 * and write every new fee in one transaction (all or nothing). Returns the new
 * fees; throws FeeError (e.g. `noAmount`) without writing anything.
 */
export async function createYearFees(
  db: TalkootDb,
  year: number,
  options: { today: string; dueOn: string },
  clock: Clock = systemClock,
): Promise<MembershipFee[]> {
  const fees = new Repository(db, 'fees', clock);
  const tables = [db.tableOf('people'), db.tableOf('fees'), db.tableOf('profile')];
  return db.transaction('rw', tables, async () => {
    const data = {
      ...emptyDataset(),
      people: await db.tableOf('people').toArray(),
      fees: await db.tableOf('fees').toArray(),
      profile: await db.tableOf('profile').toArray(),
    };
    const schedule = feeScheduleOf(data.profile.find((p) => !p.deletedAt));
    const generated = generateYearFees(data, year, schedule, {
      ...options,
      now: clock().toISOString(),
    });
    const created: MembershipFee[] = [];
    for (const f of generated) {
      created.push(
        await fees.create({
          id: f.id,
          personId: f.personId,
          year: f.year,
          amountCents: f.amountCents,
          reference: f.reference,
          dueOn: f.dueOn,
        }),
      );
    }
    return created;
  });
}

/**
 * Write the records markPaid/markUnpaid computed, in one transaction over the
 * fees. Whole rows are replaced, not patched (Repository.update merges, so it
 * could not remove a payment date); each row is validated with the fee schema.
 */
async function rewriteFees(
  db: TalkootDb,
  ids: readonly string[],
  change: (stored: MembershipFee[], now: string) => MembershipFee[],
  clock: Clock,
): Promise<MembershipFee[]> {
  const fees = new Repository(db, 'fees', clock);
  const table = db.tableOf('fees');
  return db.transaction('rw', table, async () => {
    const stored = (await table.bulkGet([...ids])).filter((f) => f !== undefined);
    const changed = change(stored, clock().toISOString()).map((f) => fees.validate(f));
    await table.bulkPut(changed);
    return changed;
  });
}

/**
 * Mark the listed fees paid on `paidOn` (YYYY-MM-DD) in one transaction.
 * Returns the fees that changed: those already paid, in the trash or unknown
 * are left alone. Throws FeeError `badDate` for a malformed date.
 */
export function markFeesPaid(
  db: TalkootDb,
  ids: readonly string[],
  paidOn: string,
  clock: Clock = systemClock,
): Promise<MembershipFee[]> {
  return rewriteFees(db, ids, (stored, now) => markPaid(stored, ids, paidOn, now), clock);
}

/** Undo markFeesPaid: the listed paid fees become unpaid, in one transaction. Returns those changed. */
export function markFeesUnpaid(
  db: TalkootDb,
  ids: readonly string[],
  clock: Clock = systemClock,
): Promise<MembershipFee[]> {
  return rewriteFees(db, ids, (stored, now) => markUnpaid(stored, ids, now), clock);
}

/**
 * Remember on each fee that an invoice (its date and due date) or a reminder
 * was printed, in one transaction through the fees repository; called once the
 * PDF is saved, so a cancelled save records nothing.
 */
export async function recordInvoices(
  db: TalkootDb,
  feeIds: readonly string[],
  run: { kind: 'invoice' | 'reminder'; issuedOn: string; dueOn: string },
  clock: Clock = systemClock,
): Promise<void> {
  const fees = new Repository(db, 'fees', clock);
  await db.transaction('rw', db.tableOf('fees'), async () => {
    for (const id of feeIds) {
      await fees.update(
        id,
        run.kind === 'invoice'
          ? { invoicedOn: run.issuedOn, dueOn: run.dueOn }
          : { remindedOn: run.issuedOn, reminderDueOn: run.dueOn },
      );
    }
  });
}

/**
 * Mark fees paid from a bank statement, each on the day of its own payment, in
 * one transaction (all or nothing). Fees already paid or in the trash are left
 * alone. Returns the fees that changed; `markFeesUnpaid` of their ids undoes it.
 */
export function markStatementPayments(
  db: TalkootDb,
  payments: readonly { feeId: string; paidOn: string }[],
  clock: Clock = systemClock,
): Promise<MembershipFee[]> {
  const ids = payments.map((p) => p.feeId);
  return rewriteFees(
    db,
    ids,
    (stored, now) => payments.flatMap((p) => markPaid(stored, [p.feeId], p.paidOn, now)),
    clock,
  );
}
