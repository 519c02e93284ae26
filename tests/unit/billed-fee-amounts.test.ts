import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import { billedFeeAmounts } from '../../src/core/fees';
import type { MembershipFee, Person } from '../../src/core/schemas';

const today = '2026-11-22';

describe('billedFeeAmounts', () => {
  it('gives the demo’s amounts for a year whose fees exist but whose schedule is empty', () => {
    const data = generateDemoDataset({ seed: 1, today });
    expect(data.profile[0]!.feeSchedule ?? []).toEqual([]);
    expect(data.fees.some((f) => f.year === 2026)).toBe(true);
    expect(billedFeeAmounts(data, 2026)).toEqual({
      regular: 2500,
      supporting: 5000,
      family: 3500,
      youth: 1000,
    });
    expect(billedFeeAmounts(data, 2030)).toEqual({});
  });

  it('takes the most common amount per type, the lower on a tie, live fees only', () => {
    const person = (id: string, membership: Person['membership']) => ({ id, membership }) as Person;
    const fee = (id: string, personId: string, amountCents: number, extra = {}) =>
      ({ id, personId, year: 2026, amountCents, deletedAt: null, ...extra }) as MembershipFee;
    const people = [
      person('a', 'regular'),
      person('b', 'regular'),
      person('c', 'regular'),
      person('d', 'youth'),
      person('e', 'youth'),
      person('v', 'none'),
    ];
    const fees = [
      fee('1', 'a', 3000),
      fee('2', 'b', 3000),
      fee('3', 'c', 1500),
      fee('4', 'd', 1200),
      fee('5', 'e', 1000),
      fee('6', 'c', 9900, { deletedAt: '2026-05-01T00:00:00.000Z' }),
      fee('7', 'c', 9900, { deletedAt: '2026-05-01T00:00:00.000Z' }),
      fee('8', 'v', 500),
      fee('9', 'a', 7000, { year: 2025 }),
    ];
    expect(billedFeeAmounts({ people, fees }, 2026)).toEqual({ regular: 3000, youth: 1000 });
  });
});
