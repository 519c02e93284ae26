import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  TalkootDb,
  ValidationError,
  createYearFees,
  markFeesPaid,
  markFeesUnpaid,
  readDataset,
  replaceDataset,
  saveYearFeeAmounts,
  withYearFeeAmounts,
  type Clock,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { FeeError, feeScheduleOf, feeTotals, generateYearFees } from '../../src/core/fees';
import { membershipFeeSchema, type Dataset } from '../../src/core/schemas';
import { isValidReferenceNumber } from '../../src/core/validators/referenceNumber';

const today = '2026-11-22';
const dec = '2026-12-15';
const demo = generateDemoDataset({ seed: 3, today });
const now = '2026-12-15T09:30:00.000Z';
const clock: Clock = () => new Date(now);
const amounts2027 = { regular: 3000, supporting: 6000, family: 4000, youth: 1200 };

let db: TalkootDb;

beforeEach(async () => {
  db = new TalkootDb(`fees-db-test-${crypto.randomUUID()}`);
  await db.open();
  await replaceDataset(db, demo);
});

afterEach(async () => {
  await db.delete();
});

const stored = async (): Promise<Dataset> => readDataset(db);

describe('withYearFeeAmounts', () => {
  it('replaces only the lines of the year, in membership type order', () => {
    const schedule = [
      { year: 2026, membershipType: 'regular' as const, amountCents: 2500 },
      { year: 2027, membershipType: 'youth' as const, amountCents: 999 },
    ];
    expect(withYearFeeAmounts(schedule, 2027, { youth: 1200, regular: 3000 })).toEqual([
      { year: 2026, membershipType: 'regular', amountCents: 2500 },
      { year: 2027, membershipType: 'regular', amountCents: 3000 },
      { year: 2027, membershipType: 'youth', amountCents: 1200 },
    ]);
    expect(withYearFeeAmounts(schedule, 2027, {})).toEqual([schedule[0]]);
  });
});

describe('saveYearFeeAmounts', () => {
  it('keeps the amounts in the profile, validated and stamped, other years untouched', async () => {
    await saveYearFeeAmounts(db, 2026, { regular: 2500 }, clock);
    const profile = await saveYearFeeAmounts(db, 2027, amounts2027, clock);
    expect(profile.updatedAt).toBe(now);
    const schedule = feeScheduleOf((await stored()).profile[0]);
    expect(schedule).toHaveLength(5);
    expect(schedule[0]).toEqual({ year: 2026, membershipType: 'regular', amountCents: 2500 });
    expect(schedule.filter((l) => l.year === 2027).map((l) => l.amountCents)).toEqual([
      3000, 6000, 4000, 1200,
    ]);
  });

  it('refuses a negative amount and writes nothing', async () => {
    const before = (await stored()).profile;
    await expect(saveYearFeeAmounts(db, 2027, { regular: -100 }, clock)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await stored()).profile).toEqual(before);
  });
});

describe('createYearFees', () => {
  it('refuses while a membership type lacks an amount, and writes nothing', async () => {
    await saveYearFeeAmounts(db, 2027, { regular: 3000, supporting: 6000, family: 4000 }, clock);
    const error = await createYearFees(db, 2027, { today: dec, dueOn: '2027-03-31' }, clock).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FeeError);
    expect((error as FeeError).code).toBe('noAmount');
    expect((error as FeeError).params.membershipType).toBe('youth');
    expect((await stored()).fees).toHaveLength(demo.fees.length);
  });

  it('writes exactly what generateYearFees computes, once', async () => {
    await saveYearFeeAmounts(db, 2027, amounts2027, clock);
    const expected = generateYearFees(
      await stored(),
      2027,
      feeScheduleOf((await stored()).profile[0]),
      { today: dec, dueOn: '2027-03-31' },
    );
    expect(expected.length).toBeGreaterThan(50);
    const created = await createYearFees(db, 2027, { today: dec, dueOn: '2027-03-31' }, clock);
    expect(created.map((f) => [f.personId, f.amountCents, f.reference])).toEqual(
      expected.map((f) => [f.personId, f.amountCents, f.reference]),
    );
    const fees2027 = (await stored()).fees.filter((f) => f.year === 2027);
    expect(fees2027).toHaveLength(created.length);
    for (const fee of fees2027) {
      expect(membershipFeeSchema.parse(fee)).toEqual(fee);
      expect(isValidReferenceNumber(fee.reference!)).toBe(true);
      expect(fee.createdAt).toBe(now);
      expect(fee.dueOn).toBe('2027-03-31');
      expect(fee.paidOn).toBeUndefined();
    }
    expect(await createYearFees(db, 2027, { today: dec, dueOn: '2027-03-31' }, clock)).toEqual([]);
    expect((await stored()).fees).toHaveLength(demo.fees.length + created.length);
  });

  it('refuses a bad due date without writing', async () => {
    await saveYearFeeAmounts(db, 2027, amounts2027, clock);
    await expect(
      createYearFees(db, 2027, { today: dec, dueOn: '2027-02-30' }, clock),
    ).rejects.toMatchObject({ code: 'badDate' });
    expect((await stored()).fees).toHaveLength(demo.fees.length);
  });
});

describe('markFeesPaid and markFeesUnpaid', () => {
  const unpaid = demo.fees.filter((f) => f.year === 2026 && !f.paidOn && !f.deletedAt);
  const paid = demo.fees.find((f) => f.year === 2026 && f.paidOn && !f.deletedAt)!;

  it('marks several paid in one go, leaves fees already paid alone, totals follow', async () => {
    expect(unpaid.length).toBeGreaterThan(2);
    const before = feeTotals(await stored(), 2026);
    const ids = [unpaid[0]!.id, unpaid[1]!.id, paid.id, 'no-such-id'];
    const changed = await markFeesPaid(db, ids, '2026-12-01', clock);
    expect(changed.map((f) => f.id).sort()).toEqual([unpaid[0]!.id, unpaid[1]!.id].sort());
    const after = await stored();
    const byId = new Map(after.fees.map((f) => [f.id, f]));
    expect(byId.get(unpaid[0]!.id)).toMatchObject({ paidOn: '2026-12-01', updatedAt: now });
    expect(byId.get(paid.id)).toEqual(paid);
    const totals = feeTotals(after, 2026);
    expect(totals.paidCount).toBe(before.paidCount + 2);
    expect(totals.unpaidCents).toBe(
      before.unpaidCents - unpaid[0]!.amountCents - unpaid[1]!.amountCents,
    );
  });

  it('refuses a malformed payment date and changes nothing', async () => {
    await expect(markFeesPaid(db, [unpaid[0]!.id], '1.12.2026', clock)).rejects.toMatchObject({
      code: 'badDate',
    });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await stored()).fees.sort(byId)).toEqual([...demo.fees].sort(byId));
  });

  it('undoes a payment: the stored row has no payment date any more', async () => {
    const changed = await markFeesUnpaid(db, [paid.id, unpaid[0]!.id], clock);
    expect(changed.map((f) => f.id)).toEqual([paid.id]);
    const row = (await stored()).fees.find((f) => f.id === paid.id)!;
    expect('paidOn' in row).toBe(false);
    expect(row.updatedAt).toBe(now);
    await markFeesPaid(db, [paid.id], paid.paidOn!, clock);
    expect((await stored()).fees.find((f) => f.id === paid.id)?.paidOn).toBe(paid.paidOn);
  });
});
