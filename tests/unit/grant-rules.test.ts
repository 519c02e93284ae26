import { afterEach, describe, expect, it } from 'vitest';
import { grantPageData, grantSpending, replaceDataset, TalkootDb } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import {
  clipPeriod,
  decidedGrantStatuses,
  grantLeftCents,
  grantPeriod,
  isReceivedStatus,
  receivedGrantStatuses,
  sortGrants,
  spendingOfGrants,
} from '../../src/core/grants';
import { grantReportModel, reportableGrants } from '../../src/core/reports';
import { grantStatuses, type Grant, type GrantExpense } from '../../src/core/schemas';

const opened: TalkootDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const grant = (over: Partial<Grant>): Grant =>
  ({
    id: crypto.randomUUID(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    funderId: 'f',
    name: 'A',
    status: 'granted',
    grantIds: [],
    ...over,
  }) as Grant;

const expense = (grantId: string, date: string, amountCents: number, deleted = false) =>
  ({
    id: crypto.randomUUID(),
    grantId,
    budgetLineId: 'l',
    date,
    amountCents,
    ...(deleted ? { deletedAt: '2026-05-01T00:00:00.000Z' } : {}),
  }) as GrantExpense;

describe("a grant's period of use", () => {
  it('is its start and end, or the year it starts or was decided in', () => {
    expect(grantPeriod({ periodStart: '2026-03-01', periodEnd: '2027-02-28' })).toEqual({
      from: '2026-03-01',
      to: '2027-02-28',
    });
    expect(grantPeriod({ periodStart: '2026-03-01' })).toEqual({
      from: '2026-03-01',
      to: '2026-12-31',
    });
    expect(grantPeriod({ decisionDate: '2025-11-20' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(grantPeriod({})).toBeUndefined();
  });

  it('clips to another period, or to nothing when they do not meet', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(clipPeriod({ from: '2025-07-01', to: '2026-06-30' }, year)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(clipPeriod({ from: '2024-01-01', to: '2024-12-31' }, year)).toBeUndefined();
    expect(clipPeriod(undefined, year)).toEqual(year);
    expect(clipPeriod(year)).toEqual(year);
  });
});

describe('what a grant has spent and has left', () => {
  const a = grant({ name: 'A', periodStart: '2026-01-01', periodEnd: '2026-06-30' });
  const b = grant({ name: 'B' });
  const expenses = [
    expense(a.id, '2026-02-01', 10_000),
    expense(a.id, '2026-06-30', 2_550),
    expense(a.id, '2026-07-01', 99_900), // after the period of use: flagged, not spent
    expense(a.id, '2026-03-01', 50_000, true), // in the trash
    expense(b.id, '2019-05-05', 700),
  ];

  it('counts expenses not in the trash dated in its period of use', () => {
    const spent = spendingOfGrants([a, b], expenses);
    expect(spent.get(a.id)).toBe(12_550);
    // No period recorded: every expense counts.
    expect(spent.get(b.id)).toBe(700);
  });

  it('within a fiscal year counts only what falls in both', () => {
    const spent = spendingOfGrants([a, b], expenses, { from: '2026-03-01', to: '2027-02-28' });
    expect(spent.get(a.id)).toBe(2_550);
    expect(spent.get(b.id)).toBe(0);
    expect(
      spendingOfGrants([a], expenses, { from: '2027-01-01', to: '2027-12-31' }).get(a.id),
    ).toBe(0);
  });

  it('has left the amount granted (else the budget) minus what it spent', () => {
    expect(grantLeftCents({ grantedCents: 10_000, budgetCents: 12_000, spentCents: 2_500 })).toBe(
      7_500,
    );
    expect(grantLeftCents({ budgetCents: 12_000, spentCents: 2_500 })).toBe(9_500);
    expect(grantLeftCents({ grantedCents: 1_000, budgetCents: 0, spentCents: 1_500 })).toBe(-500);
  });
});

describe('grant statuses', () => {
  it('received: granted, partly granted, reported and closed', () => {
    expect(grantStatuses.filter(isReceivedStatus)).toEqual([...receivedGrantStatuses]);
    expect(receivedGrantStatuses).toEqual(['granted', 'partlyGranted', 'reported', 'closed']);
    expect([...decidedGrantStatuses].sort()).toEqual([...receivedGrantStatuses, 'rejected'].sort());
  });
});

describe('the order of grants', () => {
  it('is newest first by period start, decision, then when recorded; ties by name', () => {
    const grants = [
      grant({ name: 'Vanha', periodStart: '2024-01-01', periodEnd: '2024-12-31' }),
      grant({ name: 'Päätetty', decisionDate: '2026-05-01' }),
      grant({ name: 'Luonnos', createdAt: '2025-06-01T10:00:00.000Z' }),
      grant({ name: 'Ääni', periodStart: '2026-01-01', periodEnd: '2026-12-31' }),
      grant({ name: 'Aamu', periodStart: '2026-01-01', periodEnd: '2026-12-31' }),
    ];
    // "Päätetty" is placed at its year's start: its period of use defaults to that year.
    expect(sortGrants(grants).map((g) => g.name)).toEqual([
      'Aamu',
      'Päätetty',
      'Ääni',
      'Luonnos',
      'Vanha',
    ]);
    expect(sortGrants(grants, 'oldestFirst').map((g) => g.name)).toEqual([
      'Vanha',
      'Luonnos',
      'Aamu',
      'Päätetty',
      'Ääni',
    ]);
  });
});

describe('every caller gives the same figures', () => {
  it('the Grants page, the grant page and the grant report agree on spent and left', async () => {
    const data = generateDemoDataset({ seed: 4, today: '2026-11-22' });
    const db = new TalkootDb(`grant-rules-${crypto.randomUUID()}`);
    opened.push(db);
    await replaceDataset(db, data);
    const list = await grantSpending(db);
    const received = reportableGrants(data);
    expect(received.length).toBeGreaterThan(1);
    for (const g of received) {
      const page = (await grantPageData(db, g.id))!;
      const report = grantReportModel(data, { grantId: g.id, printedOn: '2026-11-22' });
      expect([g.name, page.budget.spentCents]).toEqual([g.name, list.get(g.id)]);
      expect([g.name, report.budget.spentCents]).toEqual([g.name, list.get(g.id)]);
      expect(report.budget.unusedCents).toBe(page.budget.unusedCents);
      expect(report.budget.differenceCents).toBe(page.totalDifferenceCents);
    }
  });
});
