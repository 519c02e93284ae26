import { describe, expect, it } from 'vitest';
import { minutesByMonth, monthsOf, personHours, personTotalsByYear } from '../../src/core/figures';
import { generateDemoDataset } from '../../src/core/demo';
import { emptyDataset, hourKinds, type HourEntry } from '../../src/core/schemas';

const base = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deletedAt: null,
  approved: false,
};
const anna = '00000000-0000-4000-8000-000000000001';
const ben = '00000000-0000-4000-8000-000000000002';
const group = '00000000-0000-4000-8000-0000000000a1';
let n = 0;
function entry(p: Partial<HourEntry> & Pick<HourEntry, 'date' | 'minutes'>): HourEntry {
  n += 1;
  return {
    ...base,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    personId: anna,
    kind: 'peerSupport',
    ...p,
  } as HourEntry;
}

describe('monthsOf', () => {
  it('lists every month of a period that crosses a year', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf({ from: '2026-03-01', to: '2026-03-31' })).toEqual(['2026-03']);
  });
});

describe('hour totals', () => {
  const data = emptyDataset();
  data.activities.push({
    ...base,
    id: group,
    name: 'Vertaisryhmä',
    type: 'peerSupportGroup',
    themes: [],
    partners: [],
    grantIds: [],
  } as never);
  data.hours.push(
    entry({ date: '2025-12-31', minutes: 59, activityId: group }),
    entry({ date: '2026-01-01', minutes: 1, activityId: group }),
    entry({ date: '2026-01-01', minutes: 90, kind: 'board' }),
    entry({ date: '2026-01-20', minutes: 45, personId: ben }),
    entry({ date: '2026-03-02', minutes: 30, deletedAt: '2026-03-03T00:00:00.000Z' }),
  );

  it('adds minutes by month and kind across the year boundary, skipping the trash', () => {
    const rows = minutesByMonth(data, { from: '2025-12-01', to: '2026-03-31' });
    expect(rows.map((r) => [r.month, r.totalMinutes])).toEqual([
      ['2025-12', 59],
      ['2026-01', 136],
      ['2026-02', 0],
      ['2026-03', 0],
    ]);
    expect(rows[1]!.byKind).toMatchObject({ peerSupport: 46, board: 90 });
  });

  it('gives one person totals by year and kind, newest first', () => {
    const rows = personTotalsByYear(data, anna);
    expect(rows.map((r) => [r.year, r.totalMinutes])).toEqual([
      [2026, 91],
      [2025, 59],
    ]);
    expect(rows[0]!.byKind.board).toBe(90);
    expect(rows[0]!.byKind.peerSupport).toBe(1);
  });

  it('gives one person totals by activity, hours without an activity last', () => {
    const h = personHours(data, anna, { from: '2025-01-01', to: '2026-12-31' });
    expect(h.totalMinutes).toBe(150);
    expect(h.days).toBe(2);
    expect([h.firstDate, h.lastDate]).toEqual(['2025-12-31', '2026-01-01']);
    expect(h.byActivity.map((a) => [a.name, a.minutes])).toEqual([
      ['Vertaisryhmä', 60],
      [undefined, 90],
    ]);
  });

  it('agrees with a plain sum over the demo association', () => {
    const demo = generateDemoDataset({ seed: 1, today: '2026-11-22' });
    const period = { from: '2025-01-01', to: '2026-11-22' };
    const months = minutesByMonth(demo, period);
    const plain = demo.hours
      .filter((h) => !h.deletedAt && h.date >= period.from && h.date <= period.to)
      .reduce((s, h) => s + h.minutes, 0);
    expect(months.reduce((s, m) => s + m.totalMinutes, 0)).toBe(plain);
    for (const m of months) {
      expect(hourKinds.reduce((s, k) => s + m.byKind[k], 0)).toBe(m.totalMinutes);
    }
    const someone = demo.hours[0]!.personId;
    const byYear = personTotalsByYear(demo, someone);
    const mine = demo.hours.filter((h) => !h.deletedAt && h.personId === someone);
    expect(byYear.reduce((s, y) => s + y.totalMinutes, 0)).toBe(
      mine.reduce((s, h) => s + h.minutes, 0),
    );
  });
});
