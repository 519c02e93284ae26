import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, parseDataFile, serializeDataFile } from '../../src/core/dataFile';
import { grantBudgetActual } from '../../src/core/grants';
import { grantPeriod } from '../../src/core/reports';

/**
 * A real format-1 file, written by the CLI demo before grants' arrays became
 * tables (`npm run cli -- demo --scale 30 --today 2026-11-15`). It must open
 * migrated, with the same money in it.
 */
const text = readFileSync(join(__dirname, '../fixtures/datafile-v1.json'), 'utf8');
type OldGrant = {
  id: string;
  paidCents?: number;
  budgetLines: { id: string; budgetCents: number }[];
  expenses: { id: string; amountCents: number; date: string; budgetLineId: string }[];
  checklist: { id: string }[];
};
const raw = JSON.parse(text) as { formatVersion: number; tables: { grants: OldGrant[] } };

describe('a format-1 data file', () => {
  it('is a real version-1 file with grants that carry arrays', () => {
    expect(raw.formatVersion).toBe(1);
    expect(CURRENT_FORMAT_VERSION).toBe(2);
    expect(raw.tables.grants.some((g) => g.expenses.length > 0)).toBe(true);
  });

  it('opens migrated: the arrays are rows of their own, with the same money totals', () => {
    const parsed = parseDataFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 5)));
    const data = parsed.file.dataset;
    expect(parsed.file.formatVersion).toBe(1);

    for (const old of raw.tables.grants) {
      const grant = data.grants.find((g) => g.id === old.id)!;
      expect(grant).not.toHaveProperty('expenses');
      expect(grant).not.toHaveProperty('paidCents');
      const of = <R extends { grantId: string }>(rows: R[]) =>
        rows.filter((r) => r.grantId === old.id);
      const lines = of(data.grantBudgetLines);
      const expenses = of(data.grantExpenses);
      expect(lines.map((l) => l.id).sort()).toEqual(old.budgetLines.map((l) => l.id).sort());
      expect(expenses.map((e) => e.id).sort()).toEqual(old.expenses.map((e) => e.id).sort());
      expect(of(data.grantChecklistItems)).toHaveLength(old.checklist.length);
      const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
      expect(sum(lines.map((l) => l.budgetCents))).toBe(
        sum(old.budgetLines.map((l) => l.budgetCents)),
      );
      expect(sum(expenses.map((e) => e.amountCents))).toBe(
        sum(old.expenses.map((e) => e.amountCents)),
      );
      expect(sum(of(data.grantPayments).map((p) => p.amountCents))).toBe(old.paidCents ?? 0);
      expect(of(data.grantStatusChanges).map((s) => s.status)).toEqual([grant.status]);

      // The budget against actual over the grant's period equals the old arrays' sum.
      const period = grantPeriod(grant);
      const actual = grantBudgetActual({
        lines,
        expenses,
        payments: of(data.grantPayments),
        period,
      });
      const inPeriod = old.expenses.filter(
        (e) => !period || (e.date >= period.from && e.date <= period.to),
      );
      expect(actual.spentCents).toBe(sum(inPeriod.map((e) => e.amountCents)));
    }
  });

  it('written again it is format 2 and reads back the same', () => {
    const first = parseDataFile(text);
    if (!first.ok) throw new Error('fixture did not parse');
    const again = serializeDataFile(first.file.dataset, { exportedAt: '2026-12-01T10:00:00.000Z' });
    expect(JSON.parse(again).formatVersion).toBe(2);
    const second = parseDataFile(again);
    if (!second.ok) throw new Error(JSON.stringify(second.issues.slice(0, 5)));
    expect(second.file.dataset).toEqual(first.file.dataset);
    // Migrating the same old file twice gives the same ids (no duplicates on merge).
    const twice = parseDataFile(text);
    expect(twice.ok && twice.file.dataset.grantPayments).toEqual(first.file.dataset.grantPayments);
  });
});
