import { describe, expect, it } from 'vitest';
import { valueAxis, type ChartUnit } from '../../src/core/charts';
import { hoursByMonthChartSvg } from '../../src/core/reports/hoursChart';
import type { MonthTotals } from '../../src/core/figures';
import { hourKinds } from '../../src/core/schemas';

const hoursAndMinutes: ChartUnit[] = [
  { size: 60, format: (m) => `${m / 60} h` },
  { size: 1, format: (m) => `${m} min` },
];
const labels = (max: number) => {
  const axis = valueAxis(max, hoursAndMinutes);
  return axis.ticks.map((t) => axis.unit.format(t));
};

/** The tick texts of the value axis in a chart SVG, top to bottom of the source. */
const tickTexts = (svg: string) =>
  [...svg.matchAll(/<text x="-6"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

function month(month: string, peerSupport: number): MonthTotals {
  const byKind = Object.fromEntries(hourKinds.map((k) => [k, 0])) as MonthTotals['byKind'];
  byKind.peerSupport = peerSupport;
  return { month, byKind } as MonthTotals;
}

describe('value axis of a chart', () => {
  it('labels small values in minutes, never "0 h, 0 h, 1 h"', () => {
    expect(labels(45)).toEqual(['0 min', '10 min', '20 min', '30 min', '40 min', '50 min']);
    expect(labels(90)).toEqual(['0 min', '20 min', '40 min', '60 min', '80 min', '100 min']);
  });

  it('labels two hours or more in whole hours, each label different', () => {
    expect(labels(150)).toEqual(['0 h', '1 h', '2 h', '3 h']);
    const many = labels(60 * 47);
    expect(many[0]).toBe('0 h');
    expect(new Set(many).size).toBe(many.length);
    expect(many.every((l) => /^\d+ h$/.test(l))).toBe(true);
  });

  it('an empty chart still has an axis from zero', () => {
    expect(labels(0)).toEqual(['0 h', '1 h']);
  });

  it('every tick is a whole number of its unit and the axis covers the largest bar', () => {
    for (const max of [1, 7, 59, 61, 119, 120, 121, 333, 1000, 12_345, 987_654]) {
      const axis = valueAxis(max, hoursAndMinutes);
      expect(axis.ticks.every((t) => Number.isInteger(t / axis.unit.size))).toBe(true);
      expect(axis.ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(axis.ticks.length).toBeLessThanOrEqual(8);
    }
  });

  it('the hours chart of the app and the PDFs prints minutes for a quiet year', () => {
    const svg = hoursByMonthChartSvg([month('2026-01', 30), month('2026-02', 15)], 'fi');
    const ticks = tickTexts(svg);
    expect(ticks).toContain('30\u00a0min');
    expect(ticks.some((t) => t.endsWith('h'))).toBe(false);
    const busy = tickTexts(hoursByMonthChartSvg([month('2026-01', 600)], 'en'));
    expect(busy).toEqual(['0\u00a0h', '2\u00a0h', '4\u00a0h', '6\u00a0h', '8\u00a0h', '10\u00a0h']);
  });
});
