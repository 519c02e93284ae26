import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { readDataset, replaceDataset, reportInput, TalkootDb } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import {
  addCounts,
  answerCount,
  indicatorFigureText,
  indicatorSeries,
  indicatorsOfPeriod,
  meanAnswer,
  shareAgreeing,
  weakestProvenance,
} from '../../src/core/impact';
import {
  buildPdfDocument,
  reportPeriod,
  reportRequest,
  reportRequestOfDataset,
  type ReportChoice,
} from '../../src/core/reports';
import type { FeedbackForm, FeedbackTally, IndicatorValue } from '../../src/core/schemas';
import { translate } from '../../src/core/i18n';
import { pdfText } from './support/pdfText';

const stamp = '2026-01-01T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp, deletedAt: null });
const ids = {
  form: '10000000-0000-4000-8000-000000000001',
  s1: '10000000-0000-4000-8000-000000000002',
  s2: '10000000-0000-4000-8000-000000000003',
  activity: '10000000-0000-4000-8000-000000000004',
};
const form: FeedbackForm = {
  ...base(ids.form),
  activityId: ids.activity,
  perspective: 'participant',
  statements: [
    { id: ids.s1, key: 'lessAlone' },
    { id: ids.s2, text: 'Kahvi oli hyvää' },
  ],
};
const tally = (
  n: number,
  to: string,
  c1: number[],
  c2: number[],
  provenance: FeedbackTally['provenance'] = 'collected',
): FeedbackTally => ({
  ...base(`20000000-0000-4000-8000-00000000000${n}`),
  formId: ids.form,
  from: to,
  to,
  counts: [
    { statementId: ids.s1, counts: c1 },
    { statementId: ids.s2, counts: c2 },
  ],
  provenance,
});
const value = (n: number, over: Partial<IndicatorValue>): IndicatorValue => ({
  ...base(`30000000-0000-4000-8000-00000000000${n}`),
  name: 'Palveluihin ohjatut',
  kind: 'count',
  from: '2026-01-01',
  to: '2026-06-30',
  value: 5,
  provenance: 'collected',
  ...over,
});

describe('feedback arithmetic', () => {
  it('shares and means of answers 1–5, computed by hand', () => {
    // 1×1 + 1×2 + 2×3 + 4×4 + 2×5 = 35 over 10 answers.
    const counts = [1, 1, 2, 4, 2];
    expect(answerCount(counts)).toBe(10);
    expect(shareAgreeing(counts)).toBeCloseTo(0.6);
    expect(meanAnswer(counts)).toBeCloseTo(3.5);
    expect(addCounts([counts, [0, 0, 0, 1, 1]])).toEqual([1, 1, 2, 5, 3]);
  });

  it('a share of zero answers is null ("no answers"), never NaN or 0 %', () => {
    expect(shareAgreeing([0, 0, 0, 0, 0])).toBeNull();
    expect(meanAnswer([0, 0, 0, 0, 0])).toBeNull();
    expect(shareAgreeing([3, 0, 0, 0, 0])).toBe(0);
  });

  it('one estimate or sample makes a sum of them that, collected only when all are', () => {
    expect(weakestProvenance([])).toBe('collected');
    expect(weakestProvenance(['collected', 'sample'])).toBe('sample');
    expect(weakestProvenance(['sample', 'estimate', 'collected'])).toBe('estimate');
  });
});

describe('indicators of a period', () => {
  const data = {
    feedbackForms: [form],
    feedbackTallies: [
      tally(1, '2026-02-10', [0, 0, 1, 2, 3], [0, 0, 0, 0, 0]),
      tally(2, '2026-03-10', [1, 0, 0, 1, 2], [0, 0, 0, 0, 0], 'sample'),
      // Outside the period and in the trash: neither counts.
      tally(3, '2027-01-10', [9, 9, 9, 9, 9], [9, 9, 9, 9, 9]),
      { ...tally(4, '2026-03-11', [9, 0, 0, 0, 0], [9, 0, 0, 0, 0]), deletedAt: stamp },
    ],
    indicatorValues: [
      value(1, {}),
      value(2, { from: '2026-07-01', to: '2026-12-31', value: 7, provenance: 'estimate' }),
      value(3, {
        name: 'Yksinäisyys (1–10)',
        kind: 'beforeAfter',
        before: 8,
        value: 4,
        provenance: 'sample',
      }),
    ],
  };
  const year = { from: '2026-01-01', to: '2026-12-31' };

  it('adds up the tallies of the period per statement, with the answers behind each share', () => {
    const [lessAlone, coffee, ...rest] = indicatorsOfPeriod(data, year, 'en');
    expect(lessAlone).toMatchObject({
      kind: 'feedback',
      name: 'I feel less alone',
      answers: 10,
      from: '2026-02-10',
      to: '2026-03-10',
      provenance: 'sample',
    });
    expect(lessAlone!.share).toBeCloseTo(0.8);
    expect(lessAlone!.mean).toBeCloseTo((3 + 8 + 15 + 1 + 4 + 10) / 10);
    expect(coffee).toMatchObject({ name: 'Kahvi oli hyvää', answers: 0, share: null, mean: null });
    expect(indicatorFigureText(coffee!, 'en')).toBe('no answers');
    expect(indicatorFigureText(lessAlone!, 'fi')).toBe(
      '80\u00a0% vastasi 4–5 (10 vastausta), keskiarvo 4,1',
    );
    expect(rest).toEqual([
      expect.objectContaining({ name: 'Palveluihin ohjatut', value: 12, provenance: 'estimate' }),
      expect.objectContaining({ name: 'Yksinäisyys (1–10)', before: 8, value: 4 }),
    ]);
    expect(indicatorFigureText(rest[1]!, 'en')).toBe('before 8, after 4');
  });

  it('an empty period has no indicators, and an activity filter keeps only its own', () => {
    expect(indicatorsOfPeriod(data, { from: '2025-01-01', to: '2025-12-31' }, 'fi')).toEqual([]);
    expect(
      indicatorsOfPeriod(data, year, 'fi', new Set(['10000000-0000-4000-8000-00000000dead'])),
    ).toEqual([]);
  });

  it('over time: feedback month by month, measured values one point per period', () => {
    const series = indicatorSeries(data, 'fi');
    const lessAlone = series.find((s) => s.name === 'Tunnen itseni vähemmän yksinäiseksi')!;
    expect(lessAlone.points.map((p) => [p.to, p.answers])).toEqual([
      ['2026-02-10', 6],
      ['2026-03-10', 4],
      ['2027-01-10', 45],
    ]);
    const guided = series.find((s) => s.name === 'Palveluihin ohjatut')!;
    expect(guided.points.map((p) => [p.from, p.to, p.value])).toEqual([
      ['2026-01-01', '2026-06-30', 5],
      ['2026-07-01', '2026-12-31', 7],
    ]);
  });

  it('the demo has indicators, every share a number between 0 and 1', () => {
    const demo = generateDemoDataset({ seed: 1, today: '2026-11-22' });
    const figures = indicatorsOfPeriod(demo, { from: '2025-01-01', to: '2026-12-31' }, 'fi');
    expect(figures.filter((f) => f.kind === 'feedback').length).toBeGreaterThanOrEqual(5);
    for (const f of figures.filter((x) => x.kind === 'feedback')) {
      expect(f.share).toBeGreaterThanOrEqual(0);
      expect(f.share).toBeLessThanOrEqual(1);
    }
  });
});

describe('indicators in the reports', () => {
  it('the app (reportInput) and the CLI (reportRequestOfDataset) give the same indicators, printed with provenance and answers', async () => {
    const demo = generateDemoDataset({ seed: 3, today: '2026-11-22' });
    const db = new TalkootDb(`indicators-report-${crypto.randomUUID()}`);
    try {
      await replaceDataset(db, demo);
      const stored = await readDataset(db);
      const choices: ReportChoice[] = [
        { kind: 'advocacy', lang: 'fi', printedOn: '2026-11-22', year: 2026 },
        { kind: 'annual', lang: 'en', printedOn: '2026-11-22', year: 2025 },
        { kind: 'grant', lang: 'sv', printedOn: '2026-11-22', grantId: demo.grants[0]!.id },
      ];
      for (const choice of choices) {
        const period = reportPeriod(stored, choice);
        if (!period) continue;
        const cli = reportRequestOfDataset(stored, choice);
        const input = await reportInput(db, choice, period);
        const app = reportRequest(input.data, choice, input.rollups);
        expect(app.model.indicators, choice.kind).toEqual(cli.model.indicators);
      }
      const advocacy = reportRequestOfDataset(stored, choices[0]!);
      expect(advocacy.kind).toBe('advocacy');
      const shown = advocacy.model.indicators;
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThanOrEqual(3);
      const text = pdfText(await renderPdf(buildPdfDocument(advocacy))).replace(/\s+/g, ' ');
      expect(text).toContain('Mittarit');
      const feedback = shown.find((i) => i.kind === 'feedback')!;
      expect(text).toContain(feedback.name);
      expect(text).toContain(`(${feedback.answers} vastausta)`);
      for (const i of shown)
        expect(text).toContain(
          translate('fi', `feedback.provenances.${i.provenance}`).split(' ')[0],
        );
    } finally {
      db.close();
      await db.delete();
    }
  });
});
