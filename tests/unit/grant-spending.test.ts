import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import { grantSpentCents } from '../../src/core/grants';

describe('grantSpentCents', () => {
  it('is nothing for a grant without expenses', () => {
    expect(grantSpentCents({ expenses: [] })).toBe(0);
  });
  it('sums every expense exactly, whatever its date or budget line', () => {
    const expense = (id: string, amountCents: number, date: string, budgetLineId: string) => ({
      id,
      amountCents,
      date,
      budgetLineId,
      description: '',
    });
    expect(
      grantSpentCents({
        expenses: [
          expense('a', 12_345, '2025-01-31', 'l1'),
          expense('b', 1, '2026-06-01', 'l2'),
          expense('c', 99_999, '2027-12-31', 'l1'),
        ],
      }),
    ).toBe(112_345);
  });
  it('agrees with a plain loop over the demo grants', () => {
    const data = generateDemoDataset({ seed: 3, today: '2026-11-22' });
    const withExpenses = data.grants.filter((g) => g.expenses.length > 0);
    expect(withExpenses.length).toBeGreaterThan(0);
    for (const g of data.grants) {
      let total = 0;
      for (const e of g.expenses) total += e.amountCents;
      expect(grantSpentCents(g)).toBe(total);
    }
  });
});
