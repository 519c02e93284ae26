import type { MembershipFee } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';

const live = (f: MembershipFee) => !f.deletedAt;

/** The fees of one year, not in the trash (index `year`). */
export async function feesOfYear(db: TalkootDb, year: number): Promise<MembershipFee[]> {
  return (await db.tableOf('fees').where('year').equals(year).toArray()).filter(live);
}

/** One person's fees, not in the trash, oldest year first (index `[personId+year]`). */
export async function feesOfPerson(db: TalkootDb, personId: string): Promise<MembershipFee[]> {
  const rows = await db
    .tableOf('fees')
    .where('[personId+year]')
    .between([personId, 0], [personId, 99999], true, true)
    .toArray();
  return rows.filter(live);
}

/** Every year that has fees (trash included: a year does not vanish with one fee), ascending. */
export async function feeYears(db: TalkootDb): Promise<number[]> {
  return (await db.tableOf('fees').orderBy('year').uniqueKeys()) as number[];
}

/**
 * Live unpaid fees of `year` and earlier: all a check for fees unpaid for over
 * a year needs, as a fee falls due in its own year or before. Read from the
 * `unpaidFees` rollup (copies of just the unpaid fees), not from every fee.
 */
export async function unpaidFeesUpTo(db: TalkootDb, year: number): Promise<MembershipFee[]> {
  return (await db.rollupsOf('unpaidFees').toArray()).filter((f) => f.year <= year);
}

/**
 * Live fees of the years `from`–`to` (index `year`): what a bank statement's
 * payments can be for (this year's, the previous years' late payments and
 * next year's early ones), without reading every fee ever billed.
 */
export async function feesOfYears(
  db: TalkootDb,
  from: number,
  to: number,
): Promise<MembershipFee[]> {
  return (await db.tableOf('fees').where('year').between(from, to, true, true).toArray()).filter(
    live,
  );
}
