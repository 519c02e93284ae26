import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  grantReportDataset,
  monthsWithEntries,
  periodDataset,
  readDataset,
  replaceDataset,
  reportChoices,
  TalkootDb,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import {
  reportNoteChoices,
  reportPeriod,
  reportPreview,
  reportRequest,
  reportYears,
  type ReportChoice,
  type ReportPdfRequest,
} from '../../src/core/reports';
import type { Dataset, ImpactNote } from '../../src/core/schemas';

const today = '2026-11-22';
const demo = generateDemoDataset({ seed: 2, today });

/** The choices the Reports page and the CLI can make, good and bad. */
function choicesOf(data: Dataset): ReportChoice[] {
  const base = { lang: 'fi' as const, printedOn: today };
  const grants = data.grants.map((g) => g.id);
  return [
    { ...base, kind: 'grant' },
    ...grants.map((grantId): ReportChoice => ({ ...base, kind: 'grant', grantId })),
    {
      ...base,
      kind: 'grant',
      grantId: grants[0],
      period: { from: '2025-03-15', to: '2025-09-10' },
    },
    { ...base, kind: 'grant', year: 2025 },
    // A chosen period reaching outside the grant's own is clipped to it.
    ...data.grants
      .filter((g) => g.periodStart && g.periodEnd)
      .map((g): ReportChoice => ({
        ...base,
        kind: 'grant',
        grantId: g.id,
        period: { from: '2024-06-01', to: g.periodStart!.replace(/-\d\d-\d\d$/, '-06-30') },
      })),
    { ...base, kind: 'grant', grantId: 'no-such-grant' },
    { ...base, kind: 'advocacy' },
    { ...base, kind: 'advocacy', period: { from: '2025-02-11', to: '2026-04-03' } },
    {
      ...base,
      kind: 'advocacy',
      period: { from: '2025-06-01', to: '2025-06-30' },
      municipality: 'Tampere',
    },
    { ...base, kind: 'advocacy', period: { from: '2026-02-01', to: '2025-01-01' } },
    { ...base, kind: 'annual' },
    { ...base, kind: 'annual', year: 2025 },
    { ...base, kind: 'annual', year: 2026 },
    { ...base, kind: 'annual', year: 12 },
  ];
}

/** The report of a choice, or the code of the error that stops it. */
function outcome(
  data: Dataset,
  choice: ReportChoice,
): { request: ReportPdfRequest } | { error: string } {
  try {
    return { request: reportRequest(data, choice) };
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
}

describe('reportPeriod', () => {
  it('is the period of the report that reportRequest makes, or undefined when none is made', () => {
    const fiscal = {
      ...demo,
      profile: demo.profile.map((p) => ({ ...p, fiscalYearStartMonth: 7 })),
    };
    const kinds = new Set<string>();
    for (const data of [demo, fiscal]) {
      for (const choice of choicesOf(data)) {
        const result = outcome(data, choice);
        const period = reportPeriod(data, choice);
        if ('request' in result) expect(period).toEqual(reportPreview(result.request).period);
        else expect(period).toBeUndefined();
        kinds.add('request' in result ? choice.kind : result.error);
      }
    }
    // Every kind was made, and every way of failing was met.
    expect([...kinds].sort()).toEqual(
      ['advocacy', 'annual', 'badPeriod', 'grant', 'grantNotFound', 'grantNotReceived'].sort(),
    );
  });
  it('has no period without a profile for the annual summary', () => {
    expect(
      reportPeriod({ ...demo, profile: [] }, { kind: 'annual', lang: 'fi', printedOn: today }),
    ).toBeUndefined();
  });
  it('takes the fiscal year of the profile', () => {
    const data = { ...demo, profile: demo.profile.map((p) => ({ ...p, fiscalYearStartMonth: 9 })) };
    expect(
      reportPeriod(data, { kind: 'annual', year: 2025, lang: 'fi', printedOn: today }),
    ).toEqual({ from: '2025-09-01', to: '2026-08-31' });
  });
});

describe('reportYears', () => {
  it('lists the years of the months and this year, newest first, once each', () => {
    expect(reportYears(['2023-04', '2023-11', '2025-01'], today)).toEqual([2026, 2025, 2023]);
    expect(reportYears([], today)).toEqual([2026]);
    expect(reportYears(['2027-01', '2026-05', ''], today)).toEqual([2027, 2026]);
  });
});

describe('reportNoteChoices', () => {
  const note = (
    id: string,
    date: string,
    consentToPublish: boolean,
    deletedAt: string | null = null,
  ) =>
    ({ id, date, consentToPublish, deletedAt, type: 'quote', text: id }) as unknown as ImpactNote;
  it('offers consented notes of the period not in the trash, newest first', () => {
    const notes = [
      note('a', '2025-03-01', true),
      note('b', '2025-05-01', true),
      note('c', '2025-05-01', false),
      note('d', '2025-04-01', true, '2025-06-01T00:00:00.000Z'),
      note('e', '2026-01-01', true),
      note('f', '2025-05-01', true),
    ];
    const period = { from: '2025-01-01', to: '2025-12-31' };
    expect(reportNoteChoices(notes, period).map((n) => n.id)).toEqual(['b', 'f', 'a']);
    expect(reportNoteChoices(notes, period, 2).map((n) => n.id)).toEqual(['b', 'f']);
  });
});

describe('reports from the database', () => {
  let db: TalkootDb;
  let stored: Dataset;
  beforeAll(async () => {
    db = new TalkootDb(`report-period-${crypto.randomUUID()}`);
    await replaceDataset(db, demo);
    stored = await readDataset(db);
  });
  afterAll(async () => {
    await db.delete();
  });

  it('makes every report from its period’s rows exactly as from the whole data file', async () => {
    let made = 0;
    for (const choice of choicesOf(stored)) {
      const period = reportPeriod(stored, choice);
      if (!period) continue;
      // As the Reports page reads them: the grant report also prints the checklists.
      const read = choice.kind === 'grant' ? grantReportDataset : periodDataset;
      const part = await read(db, period);
      expect(part.hours.length).toBeLessThan(stored.hours.length);
      expect(part.hours.length + part.sessions.length).toBeGreaterThan(0);
      expect(outcome(part, choice)).toEqual(outcome(stored, choice));
      made += 1;
    }
    expect(made).toBeGreaterThan(10);
  });

  it('finds the months that have hours or sessions from the rollups', async () => {
    const expected = [
      ...new Set(
        [...stored.hours, ...stored.sessions]
          .filter((r) => !r.deletedAt)
          .map((r) => r.date.slice(0, 7)),
      ),
    ].sort();
    expect(await monthsWithEntries(db)).toEqual(expected);
  });

  it('reads the choosers’ tables and no hours', async () => {
    const c = await reportChoices(db);
    expect(c.profile?.id).toBe(stored.profile[0]!.id);
    expect(c.grants).toHaveLength(stored.grants.length);
    expect(c.funders).toHaveLength(stored.funders.length);
    expect(c.activities).toHaveLength(stored.activities.length);
    expect(c.impactNotes.map((n) => n.id).sort()).toEqual(
      stored.impactNotes
        .filter((n) => !n.deletedAt)
        .map((n) => n.id)
        .sort(),
    );
    expect(Object.keys(c).sort()).toEqual(
      ['activities', 'funders', 'grants', 'impactNotes', 'profile'].sort(),
    );
  });
});
