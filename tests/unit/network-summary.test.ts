import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import { reportRollupsOf } from '../../src/core/figures';
import {
  combineSummaries,
  readSummaryFile,
  shareableQuotes,
  smallSumRange,
  summaryOf,
  suppressSmall,
  type SummaryFile,
} from '../../src/core/network';
import { fiscalYearPeriod } from '../../src/core/reports';

const today = '2026-11-22';

function summaryOfDemo(seed: number, year = 2025, quoteIds?: string[]): SummaryFile {
  const data = generateDemoDataset({ seed, today });
  const period = fiscalYearPeriod(year, data.profile[0]!.fiscalYearStartMonth ?? 1);
  return summaryOf(data, reportRollupsOf(data, period), {
    year,
    exportedAt: '2026-12-01T10:00:00.000Z',
    quoteIds,
  });
}

describe('small counts', () => {
  it('suppresses 1–4 and keeps 0 and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(suppressSmall)).toEqual([0, '<5', '<5', '<5', '<5', 5, 6]);
  });

  it('sums without ever reconstructing a suppressed count', () => {
    expect(smallSumRange({ known: 12, hidden: 0 })).toEqual({ min: 12, max: 12 });
    expect(smallSumRange({ known: 12, hidden: 2 })).toEqual({ min: 14, max: 20 });
  });

  it('a summary file with an unsuppressed small count is refused', () => {
    const file = summaryOfDemo(1);
    const text = JSON.stringify({ ...file, volunteers: 3 });
    expect(readSummaryFile(text)).toEqual({
      ok: false,
      problem: { code: 'invalid', path: 'volunteers' },
    });
  });
});

describe('summaryOf: figures only, never a person', () => {
  it('holds no name, email, phone or note text of anyone, over random datasets (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (seed, shareQuotes) => {
        const data = generateDemoDataset({ seed, today });
        const consented = data.impactNotes.filter((n) => n.consentToPublish && !n.deletedAt);
        const chosen = shareQuotes ? consented.slice(0, 2).map((n) => n.id) : [];
        const period = fiscalYearPeriod(2025, 1);
        const text = JSON.stringify(
          summaryOf(data, reportRollupsOf(data, period), {
            year: 2025,
            exportedAt: '2026-12-01T10:00:00.000Z',
            quoteIds: [
              ...chosen,
              ...data.impactNotes.filter((n) => !n.consentToPublish).map((n) => n.id),
            ],
          }),
        );
        for (const p of data.people) {
          expect(text).not.toContain(p.fullName);
          if (p.email) expect(text).not.toContain(p.email);
          if (p.phone) expect(text).not.toContain(p.phone);
        }
        // A note's text is in the file exactly when a chosen, consented note says the same
        // (the demo repeats some texts).
        const sharedTexts = new Set(
          data.impactNotes.filter((n) => chosen.includes(n.id)).map((n) => n.text.trim()),
        );
        for (const n of data.impactNotes) {
          const inFile = text.includes(JSON.stringify(n.text.trim()).slice(1, -1));
          expect(inFile, n.id).toBe(sharedTexts.has(n.text.trim()));
        }
        if (shareQuotes && consented.length > 0) expect(sharedTexts.size).toBeGreaterThan(0);
      }),
      { numRuns: 15 },
    );
  });

  it('reads back as a valid summary whose hours add up', () => {
    const file = summaryOfDemo(2);
    const read = readSummaryFile(JSON.stringify(file));
    expect(read).toEqual({ ok: true, file });
    expect(file.activities.length).toBeGreaterThan(0);
  });
});

describe('readSummaryFile: bad input, a clear reason', () => {
  it('refuses a full data file, another format, a newer version, broken JSON and figures that do not add up', () => {
    expect(readSummaryFile('{"format":"talkoot","formatVersion":2,"tables":{}}')).toEqual({
      ok: false,
      problem: { code: 'fullDataFile' },
    });
    expect(readSummaryFile('{"a":1}')).toEqual({ ok: false, problem: { code: 'notSummary' } });
    expect(readSummaryFile('{')).toEqual({ ok: false, problem: { code: 'notJson' } });
    const file = summaryOfDemo(3);
    expect(readSummaryFile(JSON.stringify({ ...file, formatVersion: 2 }))).toEqual({
      ok: false,
      problem: { code: 'futureVersion', version: 2 },
    });
    const off = { ...file, totalMinutes: file.totalMinutes + 1 };
    expect(readSummaryFile(JSON.stringify(off))).toEqual({
      ok: false,
      problem: { code: 'hoursDoNotAddUp', where: file.association.name },
    });
    const withName = { ...file, association: { ...file.association, chairName: 'Maija' } };
    expect(readSummaryFile(JSON.stringify(withName)).ok).toBe(false);
  });
});

describe('combineSummaries', () => {
  const a = summaryOfDemo(11);
  const b = {
    ...summaryOfDemo(12),
    association: { ...summaryOfDemo(12).association, businessId: '1234567-1', name: 'Toinen ry' },
  };
  const aLater = {
    ...a,
    exportedAt: '2026-12-02T10:00:00.000Z',
    totalMinutes: a.totalMinutes,
    valueCents: a.valueCents + 100,
  };
  const other = { ...a, year: 2024 };
  const files = [a, b, aLater, other];

  it('does not depend on the order of the files, and a file given twice counts once (fast-check)', () => {
    const expected = combineSummaries(files, 2025);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...files, a, b], { minLength: 6, maxLength: 6 }),
        (order) => {
          expect(combineSummaries(order, 2025)).toEqual(expected);
        },
      ),
    );
  });

  it('keeps the newest summary of an association and says it replaced the earlier one', () => {
    const c = combineSummaries(files, 2025);
    expect(c.included.map((i) => i.name).sort()).toEqual([a.association.name, 'Toinen ry'].sort());
    expect(c.replaced).toEqual([{ name: a.association.name, exportedAt: a.exportedAt }]);
    expect(c.otherYears).toEqual([{ name: a.association.name, year: 2024 }]);
    expect(c.totals.valueCents).toBe(
      aLater.activities.reduce((s, x) => s + x.valueCents, 0) +
        b.activities.reduce((s, x) => s + x.valueCents, 0),
    );
  });

  it('keeps suppressed counts suppressed in every total', () => {
    const small = {
      ...b,
      association: { ...b.association, businessId: '7654321-2', name: 'Pieni ry' },
      volunteers: '<5' as const,
      activities: b.activities.slice(0, 1).map((x) => ({ ...x, volunteers: '<5' as const })),
    };
    const c = combineSummaries([a, small], 2025);
    expect(c.totals.volunteers.hidden).toBe(1);
    const range = smallSumRange(c.totals.volunteers);
    expect(range.max - range.min).toBe(3);
  });
});

describe('the regional summary PDF and the CLI', () => {
  it('reads back in each language, with ranges for suppressed counts', async () => {
    const { renderPdf } = await import('../../src/cli/renderPdf');
    const { regionalSummaryDocument } = await import('../../src/core/network');
    const { pdfText } = await import('./support/pdfText');
    const a = summaryOfDemo(21);
    const b = {
      ...summaryOfDemo(22),
      association: { name: 'Pieni ry', businessId: '7654321-2', homeMunicipality: 'Kihniö' },
      volunteers: '<5' as const,
    };
    const combined = combineSummaries([a, b], 2025);
    const titles = {
      fi: 'Alueellinen yhteenveto 2025',
      sv: 'Regional sammanställning 2025',
      en: 'Regional summary 2025',
    };
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const pdf = await renderPdf(
        regionalSummaryDocument(
          { combined, networkName: 'Verkosto', printedOn: '2026-12-01' },
          lang,
        ),
      );
      const text = pdfText(pdf);
      expect(text).toContain(titles[lang]);
      expect(text).toContain('Pieni ry');
      expect(text).toContain('Kihniö');
      // The headline volunteers: a's exact count plus 1–4 from Pieni ry, as a range.
      const known = a.volunteers as number;
      expect(text).toMatch(new RegExp(`${known + 1}\\s*–\\s*${known + 4}`));
    }
  });
});

describe('indicators in a summary', () => {
  it('carries the year’s indicators with provenance, hiding the result of 1–4 answers', () => {
    const data = generateDemoDataset({ seed: 31, today });
    const period = fiscalYearPeriod(2026, 1);
    const file = summaryOf(data, reportRollupsOf(data, period), {
      year: 2026,
      exportedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(file.indicators.length).toBeGreaterThan(0);
    for (const i of file.indicators) {
      expect(['collected', 'sample', 'estimate']).toContain(i.provenance);
      if (i.answers === '<5') {
        expect(i.share).toBeUndefined();
        expect(i.mean).toBeUndefined();
      }
    }
    // Three answers: the count is "<5" and no share or mean travels.
    const form = data.feedbackForms[0]!;
    const few = {
      ...data,
      feedbackForms: [form],
      feedbackTallies: [
        {
          ...data.feedbackTallies.find((t) => t.formId === form.id)!,
          from: '2026-06-01',
          to: '2026-06-01',
          sessionId: undefined,
          counts: form.statements.map((s) => ({ statementId: s.id, counts: [0, 0, 1, 1, 1] })),
        },
      ],
      indicatorValues: [],
    };
    const small = summaryOf(few, reportRollupsOf(few, period), {
      year: 2026,
      exportedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(small.indicators.length).toBe(form.statements.length);
    for (const i of small.indicators) expect(i).toMatchObject({ kind: 'feedback', answers: '<5' });
    expect(small.indicators.every((i) => i.share === undefined)).toBe(true);
  });
});

describe('shareableQuotes', () => {
  it('offers only consented notes of the period, highlights first', () => {
    const data = generateDemoDataset({ seed: 41, today });
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const offered = shareableQuotes(data.impactNotes, period);
    expect(offered.length).toBeGreaterThan(0);
    for (const n of offered) {
      expect(n.consentToPublish).toBe(true);
      expect(n.date >= period.from && n.date <= period.to).toBe(true);
    }
    const firstPlain = offered.findIndex((n) => !n.highlight);
    if (firstPlain >= 0) expect(offered.slice(firstPlain).every((n) => !n.highlight)).toBe(true);
    const unconsented = data.impactNotes.filter((n) => !n.consentToPublish);
    expect(unconsented.length).toBeGreaterThan(0);
    expect(offered.some((n) => unconsented.includes(n))).toBe(false);
  });
});
