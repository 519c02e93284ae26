import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset, replaceDataset, reportInput, TalkootDb } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { reportRollupsOf } from '../../src/core/figures';
import {
  reportPeriod,
  reportPreview,
  reportRequest,
  reportRequestOfDataset,
  type ReportChoice,
  type ReportPdfRequest,
} from '../../src/core/reports';
import type { Dataset } from '../../src/core/schemas';

const today = '2026-11-22';
const trashedAt = '2026-11-01T00:00:00.000Z';

const opened: TalkootDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The report of a choice, or the code of the error that stops it. */
function outcome(make: () => ReportPdfRequest): { request: ReportPdfRequest } | { error: string } {
  try {
    return { request: make() };
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
}

const day = fc
  .tuple(
    fc.integer({ min: 2025, max: 2026 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A small demo association, shaken: records in the trash, loose board and grant hours. */
const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 10_000 }),
  /** Every n-th hour, session and person goes to the trash. */
  trashEvery: fc.integer({ min: 3, max: 40 }),
  /** Every n-th hour becomes board work outside any activity, or is booked to a grant. */
  looseBoardEvery: fc.integer({ min: 5, max: 60 }),
  grantEvery: fc.integer({ min: 5, max: 60 }),
  fiscalStart: fc.constantFrom(1, 1, 3, 7, 9),
  from: day,
  to: day,
  annualYear: fc.constantFrom(2025, 2026),
  municipality: fc.constantFrom('Tampere', 'tampere ', 'Nokia', 'Ei ole'),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function datasetOf(s: Scenario) {
  const data = generateDemoDataset({ seed: s.seed, today, people: 40 });
  const grants = data.grants.map((g) => g.id);
  data.hours = data.hours.map((h, i) => {
    let next = h;
    if (i % s.looseBoardEvery === 0) next = { ...next, kind: 'board', activityId: undefined };
    if (i % s.grantEvery === 1 && grants.length) {
      next = { ...next, grantId: grants[i % grants.length] };
    }
    if (i % s.trashEvery === 2) next = { ...next, deletedAt: trashedAt };
    return next;
  });
  data.sessions = data.sessions.map((x, i) =>
    i % s.trashEvery === 0 ? { ...x, deletedAt: trashedAt } : x,
  );
  data.people = data.people.map((p, i) =>
    i % s.trashEvery === 1 ? { ...p, deletedAt: trashedAt } : p,
  );
  data.profile = data.profile.map((p) => ({ ...p, fiscalYearStartMonth: s.fiscalStart }));
  return data;
}

function choicesOf(data: Dataset, s: Scenario): ReportChoice[] {
  const base = { lang: 'fi' as const, printedOn: today };
  const [from, to] = s.from <= s.to ? [s.from, s.to] : [s.to, s.from];
  return [
    { ...base, kind: 'grant' },
    ...data.grants.map((g): ReportChoice => ({ ...base, kind: 'grant', grantId: g.id })),
    { ...base, kind: 'grant', grantId: data.grants[0]?.id, period: { from, to } },
    { ...base, kind: 'advocacy', period: { from, to } },
    { ...base, kind: 'advocacy', period: { from, to }, municipality: s.municipality },
    { ...base, kind: 'advocacy' },
    { ...base, kind: 'annual', year: s.annualYear },
    { ...base, kind: 'annual' },
  ] satisfies ReportChoice[];
}

describe('report figures from rollups', () => {
  it('are the same in the app (rollup tables), the CLI (rollups built from the file) and from rows', async () => {
    let made = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const db = new TalkootDb(`report-rollups-${crypto.randomUUID()}`);
        opened.push(db);
        await replaceDataset(db, datasetOf(s));
        const stored = await readDataset(db);
        for (const choice of choicesOf(stored, s)) {
          const period = reportPeriod(stored, choice);
          const cli = outcome(() => reportRequestOfDataset(stored, choice));
          // Without rollups the models build them from the rows: the unit tests' path.
          expect(outcome(() => reportRequest(stored, choice))).toEqual(cli);
          if (!period) {
            expect(cli).toHaveProperty('error');
            continue;
          }
          const input = await reportInput(db, choice, period);
          const app = outcome(() => reportRequest(input.data, choice, input.rollups));
          expect(app).toEqual(cli);
          if ('request' in app) {
            made += 1;
            expect(reportPreview(app.request).period).toEqual(period);
          }
        }
        await db.delete();
      }),
      { numRuns: 24 },
    );
    expect(made).toBeGreaterThan(24 * 4);
  }, 240_000);

  it('reads no hour entry or session for the figures; people only as the officials', async () => {
    const db = new TalkootDb(`report-rollups-${crypto.randomUUID()}`);
    opened.push(db);
    const data = generateDemoDataset({ seed: 5, today, people: 40 });
    await replaceDataset(db, data);
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const base = { lang: 'fi' as const, printedOn: today };
    const officialPeople = new Set(
      data.officials.filter((o) => o.personId).map((o) => o.personId as string),
    );
    expect(officialPeople.size).toBeGreaterThan(0);
    for (const kind of ['grant', 'advocacy', 'annual'] as const) {
      const input = await reportInput(db, { ...base, kind }, year);
      expect(input.data.hours).toEqual([]);
      expect(input.data.sessions).toEqual([]);
      // The board the annual summary names and the signers: the officials' people only.
      expect(new Set(input.data.people.map((p) => p.id))).toEqual(officialPeople);
    }
    // A grant report reads only the per-person maps of the grant's own hours.
    const grant = data.grants.find((g) => data.activities.some((a) => a.grantIds.includes(g.id)));
    const all = await reportInput(db, { ...base, kind: 'advocacy' }, year);
    const ofGrant = await reportInput(db, { ...base, kind: 'grant', grantId: grant?.id }, year);
    expect(ofGrant.rollups.volunteers.length).toBeGreaterThan(0);
    expect(ofGrant.rollups.volunteers.length).toBeLessThan(all.rollups.volunteers.length);
    const annual = await reportInput(db, { ...base, kind: 'annual' }, year);
    // The rollups are those of the period, as the CLI builds them from the rows.
    const { members, ...rollups } = annual.rollups;
    const built = reportRollupsOf(data, year);
    const byId = <T extends { id: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(rollups.hours)).toEqual(byId(built.hours));
    expect(byId(rollups.volunteers)).toEqual(byId(built.volunteers));
    expect(byId(rollups.sessions)).toEqual(byId(built.sessions));
    expect(byId(members)).toEqual(byId(built.members));
  });

  it('refuses rollups of another period than the report’s', () => {
    const data = generateDemoDataset({ seed: 5, today, people: 40 });
    const choice: ReportChoice = { kind: 'annual', year: 2025, lang: 'fi', printedOn: today };
    expect(() =>
      reportRequest(data, choice, reportRollupsOf(data, { from: '2025-01-01', to: '2025-06-30' })),
    ).toThrow(/Report rollups of 2025-01-01–2025-06-30/);
  });
});
