import { describe, expect, it } from 'vitest';
import { parseDataFile, serializeDataFile } from '../../src/core/dataFile';
import { generateDemoDataset } from '../../src/core/demo';
import { isValidReferenceNumber } from '../../src/core/validators/referenceNumber';
import { isValidBusinessId } from '../../src/core/validators/businessId';
import { isValidIban } from '../../src/core/validators/iban';
import { hourKinds, type Dataset } from '../../src/core/schemas';

const today = '2026-11-22';
const text = (d: Dataset) => serializeDataFile(d, { exportedAt: `${today}T12:00:00.000Z` });

describe('generateDemoDataset', () => {
  const data = generateDemoDataset({ seed: 1, today });

  it('is deterministic: same seed and day give the same bytes; another seed differs', () => {
    expect(text(generateDemoDataset({ seed: 1, today }))).toBe(text(data));
    expect(text(generateDemoDataset({ seed: 2, today }))).not.toBe(text(data));
  });

  it('passes the whole data-file validation (schemas, unique ids, references)', () => {
    const result = parseDataFile(text(data));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('is a realistic small association', () => {
    const p = data.profile[0]!;
    expect(isValidBusinessId(p.businessId!)).toBe(true);
    expect(isValidIban(p.iban!)).toBe(true);
    expect(data.people).toHaveLength(120);
    expect(data.people.some((x) => x.fullName === 'Åsa Öhman')).toBe(true);
    const nonMembers = data.people.filter((x) => x.membership === 'none').length;
    expect(nonMembers).toBeGreaterThanOrEqual(10);
    expect(new Set(data.people.map((x) => x.membership)).size).toBe(6);
    expect(data.people.filter((x) => x.leftOn && x.leftOn >= '2025-01-01').length).toBeGreaterThan(
      0,
    );
    expect(data.activities.length).toBeGreaterThanOrEqual(5);
    expect(new Set(data.hours.map((h) => h.kind))).toEqual(new Set(hourKinds));
    expect(data.fees.every((f) => isValidReferenceNumber(f.reference!))).toBe(true);
  });

  it('spans two calendar years up to today and nothing happens after today', () => {
    const dates = [...data.sessions.map((s) => s.date), ...data.hours.map((h) => h.date)];
    expect(dates.every((d) => d >= '2025-01-01' && d <= today)).toBe(true);
    expect(dates.some((d) => d < '2025-02-01')).toBe(true);
    expect(dates.some((d) => d > '2026-10-31')).toBe(true);
    const other = [
      ...data.impactNotes.map((n) => n.date),
      ...data.people.flatMap((p) => [p.joinedOn, p.leftOn]),
      ...data.fees.map((f) => f.paidOn),
      ...data.grantExpenses.map((e) => e.date),
      ...data.grantPayments.map((p) => p.date),
      ...data.grantStatusChanges.map((c) => c.date),
      ...data.grantChecklistItems.map((c) => c.doneOn),
    ].filter((d): d is string => !!d);
    expect(other.every((d) => d <= today)).toBe(true);
  });

  it('has three grants at different stages and impact notes with and without consent', () => {
    expect(data.grants).toHaveLength(3);
    expect(new Set(data.grants.map((g) => g.status)).size).toBe(3);
    const used = data.grants.find((g) => g.status === 'granted')!;
    const expenses = data.grantExpenses.filter((e) => e.grantId === used.id);
    expect(expenses.length).toBeGreaterThan(0);
    const spent = expenses.reduce((s, e) => s + e.amountCents, 0);
    expect(spent).toBeLessThanOrEqual(used.grantedCents!);
    // Every grant has its status history ending in its status, a budget and a checklist.
    for (const g of data.grants) {
      const history = data.grantStatusChanges
        .filter((c) => c.grantId === g.id)
        .sort((a, b) => a.date.localeCompare(b.date));
      expect(history.at(-1)?.status).toBe(g.status);
      expect(data.grantBudgetLines.some((l) => l.grantId === g.id)).toBe(true);
      expect(data.grantChecklistItems.some((c) => c.grantId === g.id)).toBe(true);
    }
    const paid = data.grantPayments.filter((p) => p.grantId === used.id);
    expect(paid.length).toBeGreaterThan(1);
    expect(paid.reduce((s, p) => s + p.amountCents, 0)).toBe(used.grantedCents);
    expect(data.funders.every((f) => f.defaultChecklist.length > 0)).toBe(true);
    expect(data.impactNotes.length).toBeGreaterThanOrEqual(20);
    expect(data.impactNotes.some((n) => n.consentToPublish)).toBe(true);
    expect(data.impactNotes.some((n) => !n.consentToPublish)).toBe(true);
    expect(data.impactNotes.some((n) => n.feedbackTally?.length === 5)).toBe(true);
  });

  it('links session hours to their session and activity', () => {
    const sessions = new Map(data.sessions.map((s) => [s.id, s]));
    for (const h of data.hours.filter((x) => x.sessionId)) {
      const s = sessions.get(h.sessionId!)!;
      expect(s.date).toBe(h.date);
      expect(s.activityId).toBe(h.activityId);
    }
  });

  it('scales for benchmarks', () => {
    const big = generateDemoDataset({ today, people: 2000, hourEntries: 40_000 });
    expect(big.people).toHaveLength(2000);
    expect(big.hours.length).toBeGreaterThanOrEqual(40_000);
    expect(new Set(big.people.map((p) => p.id)).size).toBe(2000);
  });

  it('fills up to a number of sessions, dated in the data span and in order, and stays valid', () => {
    const many = generateDemoDataset({ today, people: 200, sessions: 1000 });
    expect(many.sessions).toHaveLength(1000);
    const dates = many.sessions.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]! >= '2025-01-01' && dates.at(-1)! <= today).toBe(true);
    const result = parseDataFile(text(many));
    expect(result.ok ? [] : result.issues).toEqual([]);
    // Without the option nothing changes: the default demo keeps its own meetings only.
    expect(many.sessions.length).toBeGreaterThan(data.sessions.length);
  });
});
