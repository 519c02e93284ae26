import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import {
  FeeError,
  feeAmount,
  feeBillingDay,
  feeTotals,
  generateYearFees,
  markPaid,
  markUnpaid,
  membersWithoutFee,
  missingFeeAmounts,
  peopleWithUnpaidFeeForAYear,
  unpaidFees,
  type FeeSchedule,
} from '../../src/core/fees';
import {
  associationProfileSchema,
  membershipFeeSchema,
  type Dataset,
  type MembershipType,
  type Person,
} from '../../src/core/schemas';
import { isValidReferenceNumber } from '../../src/core/validators/referenceNumber';

const today = '2026-11-22';
const data = generateDemoDataset({ seed: 1, today });
const now = '2026-11-22T10:00:00.000Z';
const amounts: Record<Exclude<MembershipType, 'none' | 'honorary'>, number> = {
  regular: 3000,
  supporting: 6000,
  family: 4000,
  youth: 1200,
};
const schedule: FeeSchedule = [2025, 2026, 2027].flatMap((year) =>
  Object.entries(amounts).map(([membershipType, amountCents]) => ({
    year,
    membershipType: membershipType as keyof typeof amounts,
    amountCents,
  })),
);

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const errorCode = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof FeeError ? e.code : String(e);
  }
  return 'no error';
};

/** Members on `day` by plain comparisons, independent of isMemberOn. */
const memberOn = (p: Person, day: string) =>
  p.membership !== 'none' &&
  !p.deletedAt &&
  !p.anonymisedAt &&
  (!p.joinedOn || p.joinedOn <= day) &&
  (!p.leftOn || p.leftOn > day);

// Billing 2027 in December 2026: no 2027 fees exist yet in the demo.
const dec = '2026-12-15';
const fees2027 = generateYearFees(data, 2027, schedule, {
  today: dec,
  dueOn: '2027-03-31',
  newId,
  now,
});

describe('generateYearFees', () => {
  it('bills every member on 1 January who pays, honorary members not at all', () => {
    const expected = data.people
      .filter((p) => memberOn(p, '2027-01-01') && p.membership !== 'honorary')
      .map((p) => p.id)
      .sort();
    expect(expected.length).toBeGreaterThan(50);
    expect(fees2027.map((f) => f.personId).sort()).toEqual(expected);
    const honorary = data.people.filter((p) => memberOn(p, dec) && p.membership === 'honorary');
    expect(honorary.length).toBeGreaterThan(0);
  });

  it('takes the amount of each person’s membership type from the schedule', () => {
    const type = new Map(data.people.map((p) => [p.id, p.membership]));
    for (const fee of fees2027) {
      const t = type.get(fee.personId) as keyof typeof amounts;
      expect(fee.amountCents, t).toBe(amounts[t]);
    }
    expect(new Set(fees2027.map((f) => type.get(f.personId))).size).toBe(4);
  });

  it('gives valid, unique reference numbers of the form year + running number + check digit', () => {
    const refs = fees2027.map((f) => f.reference!);
    expect(refs.every(isValidReferenceNumber)).toBe(true);
    expect(new Set(refs).size).toBe(refs.length);
    const existing = new Set(data.fees.map((f) => f.reference));
    expect(refs.filter((r) => existing.has(r))).toEqual([]);
    // 202700001 with weights 7,3,1 from the right: 7+0+0+0+0+7+14+0+2 = 30, check digit 0.
    expect(refs[0]).toBe('2027000010');
    expect(refs.map((r) => Number(r.slice(4, -1)))).toEqual(refs.map((_, i) => i + 1));
    for (const fee of fees2027) expect(membershipFeeSchema.parse(fee)).toEqual(fee);
    expect(fees2027.every((f) => f.dueOn === '2027-03-31' && !f.paidOn)).toBe(true);
  });

  it('numbers the fees in Finnish alphabetical order of the names', () => {
    const name = new Map(data.people.map((p) => [p.id, p.fullName]));
    const names = fees2027.map((f) => name.get(f.personId)!);
    expect(names).toEqual([...names].sort(new Intl.Collator('fi').compare));
  });

  it('is idempotent: a second run creates nothing, a new member gets the next number', () => {
    const after: Dataset = { ...data, fees: [...data.fees, ...fees2027] };
    const opts = { today: dec, dueOn: '2027-03-31', newId, now };
    expect(generateYearFees(after, 2027, schedule, opts)).toEqual([]);
    const newcomer: Person = {
      ...data.people[5]!,
      id: newId(),
      fullName: 'Aada Uusi',
      membership: 'youth',
      joinedOn: '2026-12-01',
      leftOn: undefined,
      leftReason: undefined,
    };
    const more = generateYearFees(
      { ...after, people: [...after.people, newcomer] },
      2027,
      schedule,
      opts,
    );
    expect(more).toHaveLength(1);
    expect(more[0]!.personId).toBe(newcomer.id);
    expect(more[0]!.amountCents).toBe(amounts.youth);
    expect(Number(more[0]!.reference!.slice(4, -1))).toBe(fees2027.length + 1);
  });

  it('replaces a fee in the trash but never reuses its reference', () => {
    const deleted = { ...fees2027[0]!, deletedAt: now };
    const withTrash: Dataset = { ...data, fees: [...data.fees, deleted] };
    const again = generateYearFees(withTrash, 2027, schedule, { today: dec, dueOn: '2027-03-31' });
    expect(again).toHaveLength(fees2027.length);
    expect(again.some((f) => f.personId === deleted.personId)).toBe(true);
    expect(again.map((f) => f.reference)).not.toContain(deleted.reference);
  });

  it('adds nothing to the demo’s own 2026 fees, which follow the same scheme', () => {
    expect(generateYearFees(data, 2026, schedule, { today, dueOn: '2026-03-31' })).toEqual([]);
    // The demo bills no honorary members: they are the only ones left without a fee.
    expect(membersWithoutFee(data, 2026, today).every((p) => p.membership === 'honorary')).toBe(
      true,
    );
  });

  it('decides membership on the billing day, kept inside the year', () => {
    expect(feeBillingDay(2027, dec)).toBe('2027-01-01');
    expect(feeBillingDay(2026, today)).toBe(today);
    expect(feeBillingDay(2025, today)).toBe('2025-12-31');
    const left = data.people.find((p) => p.leftOn && p.leftOn > '2026-01-01' && p.leftOn <= today)!;
    expect(left).toBeDefined();
    const without2026 = { ...data, fees: data.fees.filter((f) => f.year !== 2026) };
    const ids = generateYearFees(without2026, 2026, schedule, { today, dueOn: '2026-12-31' }).map(
      (f) => f.personId,
    );
    expect(ids).not.toContain(left.id);
    expect(
      generateYearFees(without2026, 2026, schedule, { today: '2025-12-01', dueOn: '2026-03-31' })
        .map((f) => f.personId)
        .includes(left.id),
    ).toBe(left.membership !== 'honorary');
  });

  it('refuses to run while a type with members has no amount, and says which', () => {
    const noYouth = schedule.filter((l) => !(l.year === 2027 && l.membershipType === 'youth'));
    expect(missingFeeAmounts(data, 2027, noYouth, dec)).toEqual(['youth']);
    expect(missingFeeAmounts(data, 2027, schedule, dec)).toEqual([]);
    expect(
      errorCode(() => generateYearFees(data, 2027, noYouth, { today: dec, dueOn: '2027-03-31' })),
    ).toBe('noAmount');
    expect(
      errorCode(() => generateYearFees(data, 2027, schedule, { today: dec, dueOn: '2027-02-30' })),
    ).toBe('badDate');
    expect(
      errorCode(() => generateYearFees(data, 1800, schedule, { today: dec, dueOn: '2027-02-01' })),
    ).toBe('badYear');
  });

  it('bills honorary members only when the schedule names an amount for them', () => {
    expect(feeAmount(schedule, 2027, 'honorary')).toBe(0);
    expect(feeAmount(schedule, 2027, 'regular')).toBe(amounts.regular);
    expect(feeAmount(schedule, 2030, 'regular')).toBeUndefined();
    const withHonorary = [
      ...schedule,
      { year: 2027, membershipType: 'honorary' as const, amountCents: 500 },
    ];
    const fees = generateYearFees(data, 2027, withHonorary, { today: dec, dueOn: '2027-03-31' });
    expect(fees.length).toBeGreaterThan(fees2027.length);
  });

  it('keeps the schedule in the profile as an optional, validated field', () => {
    const profile = data.profile[0]!;
    expect(
      associationProfileSchema.parse({ ...profile, feeSchedule: schedule }).feeSchedule,
    ).toEqual(schedule);
    expect(associationProfileSchema.parse(profile).feeSchedule).toBeUndefined();
    const bad = [{ year: 2027, membershipType: 'none', amountCents: 100 }];
    expect(associationProfileSchema.safeParse({ ...profile, feeSchedule: bad }).success).toBe(
      false,
    );
    const negative = [{ year: 2027, membershipType: 'regular', amountCents: -1 }];
    expect(associationProfileSchema.safeParse({ ...profile, feeSchedule: negative }).success).toBe(
      false,
    );
  });
});

describe('markPaid and markUnpaid', () => {
  const unpaid = data.fees.filter((f) => !f.paidOn);
  const paid = data.fees.filter((f) => f.paidOn);

  it('returns only the listed unpaid fees, paid on the day, and changes nothing in place', () => {
    const before = structuredClone(data.fees);
    const ids = [unpaid[0]!.id, unpaid[1]!.id, paid[0]!.id, 'no-such-id'];
    const changed = markPaid(data.fees, ids, '2026-11-20', now);
    expect(changed.map((f) => f.id)).toEqual(
      data.fees.filter((f) => ids.slice(0, 2).includes(f.id)).map((f) => f.id),
    );
    expect(changed.every((f) => f.paidOn === '2026-11-20' && f.updatedAt === now)).toBe(true);
    expect(data.fees).toEqual(before);
    for (const fee of changed) expect(membershipFeeSchema.parse(fee)).toEqual(fee);
  });

  it('marks one fee or a whole list in one call, and skips fees in the trash', () => {
    expect(markPaid(data.fees, [unpaid[0]!.id], '2026-11-20', now)).toHaveLength(1);
    expect(
      markPaid(
        data.fees,
        unpaid.map((f) => f.id),
        '2026-11-20',
        now,
      ),
    ).toHaveLength(unpaid.length);
    const trashed = [{ ...unpaid[0]!, deletedAt: now }];
    expect(markPaid(trashed, [unpaid[0]!.id], '2026-11-20', now)).toEqual([]);
    expect(errorCode(() => markPaid(data.fees, [unpaid[0]!.id], '20.11.2026'))).toBe('badDate');
  });

  it('undoes a payment', () => {
    const undone = markUnpaid(data.fees, [paid[0]!.id, unpaid[0]!.id], now);
    expect(undone).toHaveLength(1);
    expect(undone[0]!.id).toBe(paid[0]!.id);
    expect('paidOn' in undone[0]!).toBe(false);
    expect(paid[0]!.paidOn).toBeDefined();
  });
});

describe('unpaid fees and totals', () => {
  for (const year of [2025, 2026]) {
    it(`${year}: totals match plain loops over the demo fees`, () => {
      let count = 0;
      let billed = 0;
      let paidCents = 0;
      const byType = new Map<string, number>();
      const type = new Map(data.people.map((p) => [p.id, p.membership]));
      for (const f of data.fees) {
        if (f.deletedAt || f.year !== year) continue;
        count += 1;
        billed += f.amountCents;
        if (f.paidOn) paidCents += f.amountCents;
        const t = type.get(f.personId)!;
        byType.set(t, (byType.get(t) ?? 0) + f.amountCents);
      }
      const totals = feeTotals(data, year);
      expect(count).toBeGreaterThan(50);
      expect(totals.count).toBe(count);
      expect(totals.billedCents).toBe(billed);
      expect(totals.paidCents).toBe(paidCents);
      expect(totals.unpaidCents).toBe(billed - paidCents);
      expect(totals.unpaidCents).toBeGreaterThan(0);
      expect(totals.paidCount + totals.unpaidCount).toBe(count);
      expect(
        Object.fromEntries(totals.byType.map((t) => [t.membershipType, t.billedCents])),
      ).toEqual(Object.fromEntries(byType));
      expect(totals.byType.reduce((s, t) => s + t.unpaidCents, 0)).toBe(totals.unpaidCents);
      const list = unpaidFees(data, year);
      expect(list.every((f) => !f.paidOn && f.year === year)).toBe(true);
      expect(list.reduce((s, f) => s + f.amountCents, 0)).toBe(totals.unpaidCents);
    });
  }

  it('lists unpaid fees of all years oldest first, without those in the trash', () => {
    const all = unpaidFees(data);
    expect(all.length).toBe(data.fees.filter((f) => !f.paidOn).length);
    expect(all.map((f) => f.year)).toEqual([...all.map((f) => f.year)].sort());
    const trashed = { ...data, fees: data.fees.map((f) => ({ ...f, deletedAt: now })) };
    expect(unpaidFees(trashed)).toEqual([]);
    expect(feeTotals(trashed, 2026).count).toBe(0);
  });

  it('updates the totals after marking paid', () => {
    const ids = unpaidFees(data, 2026).map((f) => f.id);
    const changed = new Map(markPaid(data.fees, ids, today, now).map((f) => [f.id, f]));
    const after = { ...data, fees: data.fees.map((f) => changed.get(f.id) ?? f) };
    expect(feeTotals(after, 2026).unpaidCents).toBe(0);
    expect(feeTotals(after, 2026).paidCents).toBe(feeTotals(data, 2026).billedCents);
  });
});

describe('peopleWithUnpaidFeeForAYear', () => {
  it('lists current members with a fee unpaid more than 365 days after its due date', () => {
    const msPerDay = 86_400_000;
    const expected = new Set(
      data.fees
        .filter(
          (f) =>
            !f.deletedAt &&
            !f.paidOn &&
            (Date.parse(today) - Date.parse(f.dueOn ?? `${f.year}-12-31`)) / msPerDay > 365,
        )
        .map((f) => f.personId)
        .filter((id) =>
          memberOn(
            data.people.find((p) => p.id === id)!,
            today,
          ),
        ),
    );
    const rows = peopleWithUnpaidFeeForAYear(data, today);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.person.id))).toEqual(expected);
    for (const r of rows) {
      expect(r.unpaidCents).toBe(r.fees.reduce((s, f) => s + f.amountCents, 0));
      expect(r.fees.every((f) => !f.paidOn)).toBe(true);
    }
    const names = rows.map((r) => r.person.fullName);
    expect(names).toEqual([...names].sort(new Intl.Collator('fi').compare));
  });

  it('counts from the due date: 365 days is not yet a year, 366 is', () => {
    const person = data.people.find((p) => memberOn(p, today) && p.membership === 'regular')!;
    const fee = {
      ...data.fees[0]!,
      id: newId(),
      personId: person.id,
      year: 2025,
      dueOn: '2025-06-30',
      paidOn: undefined,
    };
    const only: Dataset = { ...data, fees: [fee] };
    expect(peopleWithUnpaidFeeForAYear(only, '2026-06-30')).toEqual([]);
    expect(peopleWithUnpaidFeeForAYear(only, '2026-07-01').map((r) => r.person.id)).toEqual([
      person.id,
    ]);
    const noDue: Dataset = { ...data, fees: [{ ...fee, dueOn: undefined }] };
    expect(peopleWithUnpaidFeeForAYear(noDue, '2026-12-31')).toEqual([]);
    expect(peopleWithUnpaidFeeForAYear(noDue, '2027-01-01')).toHaveLength(1);
    const paidFee: Dataset = { ...data, fees: [{ ...fee, paidOn: '2026-01-01' }] };
    expect(peopleWithUnpaidFeeForAYear(paidFee, '2027-01-01')).toEqual([]);
  });
});
