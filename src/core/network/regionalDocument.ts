import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chartPalette, stackedBarChartSvg } from '../charts';
import { formatDate, formatInteger, formatMinutes, formatMoney } from '../format';
import { messageIfKnown, translate, type MessageKeyUnder } from '../i18n';
import { pdfLanguage, reportDocument, simpleTable } from '../pdf';
import { hourKinds, type Language } from '../schemas';
import type { CombinedGroup, CombinedSummary } from './combineSummaries';
import type { SummaryIndicator } from './summaryFile';
import { smallSumRange, type SmallSum } from './smallCount';

/** The regional summary as a model: the combined figures and, when known, how many were asked. */
export type RegionalSummary = {
  combined: CombinedSummary;
  /** How many associations the coordinator expected figures from; unknown when absent. */
  expected?: number;
  /** Who made the PDF, for the letterhead: the coordinator's network. */
  networkName: string;
  printedOn: string;
};

/** A sum of people counts as printed: exact, or the range it stands for ("12–18"). */
export function formatSmallSum(sum: SmallSum, lang: Language): string {
  const { min, max } = smallSumRange(sum);
  return min === max
    ? formatInteger(min, lang)
    : `${formatInteger(min, lang)}–${formatInteger(max, lang)}`;
}

/**
 * Volunteer hours by municipality and kind as an SVG chart, or null when there
 * are none: the Network page shows this string and the PDF embeds the same one.
 */
export function regionalHoursChartSvg(c: CombinedSummary, lang: Language): string | null {
  const kinds = hourKinds.filter((k) => c.byMunicipality.some((m) => m.minutesByKind[k] > 0));
  if (c.byMunicipality.length === 0 || kinds.length === 0) return null;
  return stackedBarChartSvg({
    title: translate(lang, 'network.pdf.chartTitle'),
    categories: c.byMunicipality.map((m) => m.key),
    series: kinds.map((k) => ({
      key: k,
      label: translate(lang, `reports.common.kinds.${k}`),
      color: chartPalette[hourKinds.indexOf(k) % chartPalette.length]!,
      values: c.byMunicipality.map((m) => m.minutesByKind[k]),
    })),
    units: [
      { size: 60, format: (m) => `${formatInteger(m / 60, lang)}\u00a0h` },
      { size: 1, format: (m) => `${formatInteger(m, lang)}\u00a0min` },
    ],
    width: 480,
    height: 220,
  });
}

/** An indicator's result as printed: share and mean with the answers behind them, a count, before → after. */
function indicatorResult(i: SummaryIndicator, lang: Language): string {
  const t = (key: MessageKeyUnder<'network.pdf'>, params?: Record<string, string | number>) =>
    translate(lang, `network.pdf.${key}`, params);
  const pct = (x: number) => `${formatInteger(Math.round(x * 100), lang)} %`;
  if (i.kind === 'feedback') {
    if (i.answers === '<5') return t('fewAnswers');
    if (!i.answers || i.share == null || i.mean == null) return t('noAnswers');
    return t('feedbackResult', {
      share: pct(i.share),
      mean: new Intl.NumberFormat(pdfLanguage[lang], {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(i.mean),
      answers: formatInteger(i.answers, lang),
    });
  }
  if (i.kind === 'beforeAfter') {
    return `${formatInteger(i.before ?? 0, lang)} → ${formatInteger(i.value ?? 0, lang)}`;
  }
  return formatInteger(i.value ?? 0, lang);
}

/** The regional summary PDF in `lang`: headline figures, tables, a chart, who is included. */
export function regionalSummaryDocument(
  model: RegionalSummary,
  lang: Language,
): TDocumentDefinitions {
  const t = (key: MessageKeyUnder<'network.pdf'>, params?: Record<string, string | number>) =>
    translate(lang, `network.pdf.${key}`, params);
  const c = model.combined;
  const n = (x: number) => formatInteger(x, lang);
  const s = (x: SmallSum) => formatSmallSum(x, lang);
  // Whole hours keep the tables within the page; the headline gives hours and minutes.
  const wholeHours = (minutes: number) => `${n(Math.round(minutes / 60))}\u00a0h`;
  const figures: [string, string][] = [
    [t('associations'), n(c.included.length)],
    [t('members'), s(c.members.total)],
    [t('sessions'), n(c.totals.sessions)],
    [t('encounters'), s(c.totals.encountersCounted)],
    [t('estimated'), s(c.totals.encountersEstimated)],
    [t('newParticipants'), s(c.totals.newParticipants)],
    [t('volunteers'), s(c.totals.volunteers)],
    [t('hours'), formatMinutes(c.totals.totalMinutes, lang)],
    [t('value'), formatMoney(c.totals.valueCents, lang)],
  ];
  const table = (keyHeader: string, rows: CombinedGroup[], keyLabel = (k: string) => k): Content =>
    simpleTable<CombinedGroup>(
      [
        { header: keyHeader, cell: (r) => keyLabel(r.key) },
        { header: t('associations'), cell: (r) => n(r.associations), numeric: true },
        { header: t('sessions'), cell: (r) => n(r.sessions), numeric: true },
        { header: t('encounters'), cell: (r) => s(r.encountersCounted), numeric: true },
        { header: t('estimated'), cell: (r) => s(r.encountersEstimated), numeric: true },
        // No volunteers column: one person in two activities would be counted twice.
        { header: t('hoursShort'), cell: (r) => wholeHours(r.totalMinutes), numeric: true },
      ],
      rows,
    );
  const chart = regionalHoursChartSvg(c, lang);
  const content: Content[] = [
    { text: t('subtitle', { count: c.included.length }), style: 'subtitle' },
    ...(model.expected
      ? [{ text: t('sentShare', { sent: c.included.length, expected: model.expected }) }]
      : []),
    { text: t('headline'), style: 'h2' },
    {
      table: {
        widths: ['*', 'auto'],
        body: figures.map(([label, value]) => [
          { text: label },
          { text: value, bold: true, alignment: 'right' as const },
        ]),
      },
      layout: 'lightHorizontalLines',
    },
    ...(chart
      ? [{ text: t('chartTitle'), style: 'h2' }, { svg: chart, width: 480 } as Content]
      : []),
    { text: t('byMunicipality'), style: 'h2' },
    table(t('municipality'), c.byMunicipality),
    { text: t('byCounty'), style: 'h2' },
    table(t('county'), c.byCounty, (k) => k || t('noCounty')),
    { text: t('byType'), style: 'h2' },
    // Activity types come from other associations' files: a newer type shows as written.
    table(
      t('type'),
      c.byActivityType,
      (k) => messageIfKnown(lang, `ui.activities.types.${k}`) ?? k,
    ),
    ...(c.byTheme.length > 0
      ? [{ text: t('byTheme'), style: 'h2' }, table(t('theme'), c.byTheme)]
      : []),
    ...(c.indicators.length > 0
      ? [
          { text: t('indicators'), style: 'h2' },
          simpleTable<CombinedSummary['indicators'][number]>(
            [
              { header: t('association'), cell: (i) => i.association },
              {
                header: t('indicator'),
                cell: (i) => [i.name, i.activity].filter(Boolean).join(' · '),
              },
              { header: t('result'), cell: (i) => indicatorResult(i, lang) },
              {
                header: t('provenanceColumn'),
                cell: (i) => translate(lang, `feedback.provenances.${i.provenance}`),
              },
            ],
            c.indicators,
          ),
        ]
      : []),
    { text: t('included'), style: 'h2' },
    {
      ul: c.included.map((i) =>
        [i.name, i.businessId, i.homeMunicipality].filter(Boolean).join(' · '),
      ),
    },
    ...c.replaced.map((r) => ({
      text: t('replaced', { name: r.name, date: formatDate(r.exportedAt.slice(0, 10), lang) }),
      style: 'small',
    })),
    ...(c.otherYears.length > 0
      ? [
          {
            text: t('otherYears', {
              list: c.otherYears.map((o) => `${o.name} ${o.year}`).join(', '),
            }),
            style: 'small',
          },
        ]
      : []),
    { text: t('provenance'), style: 'h2' },
    { text: t('provenanceText'), margin: [0, 0, 0, 4] as [number, number, number, number] },
    { text: t('suppressed'), margin: [0, 0, 0, 4] as [number, number, number, number] },
    { text: t('hourValue') },
  ];
  return reportDocument({
    lang,
    letterhead: { name: model.networkName },
    title: t('title', { year: c.year }),
    printedOn: model.printedOn,
    content,
  });
}
