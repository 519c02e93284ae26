import { chartPalette, stackedBarChartSvg } from '../charts';
import type { MonthTotals } from '../figures';
import { formatInteger } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { hourKinds, type Language } from '../schemas';

/**
 * Volunteer hours by month and kind as an SVG chart, labelled in `lang`. The
 * Reports page shows this string and the PDFs embed the same one. Kinds with
 * no hours in the period are left out of the legend.
 */
export function hoursByMonthChartSvg(
  rows: MonthTotals[],
  lang: Language,
  size: { width?: number; height?: number } = {},
): string {
  const t = (key: MessageKeyUnder<'reports.common'>) => translate(lang, `reports.common.${key}`);
  const monthNames = t('months').split(',');
  const manyYears = new Set(rows.map((r) => r.month.slice(0, 4))).size > 1;
  const categories = rows.map((r) => {
    const m = Number(r.month.slice(5, 7));
    return manyYears ? `${m}/${r.month.slice(2, 4)}` : (monthNames[m - 1] ?? String(m));
  });
  const kinds = hourKinds.filter((k) => rows.some((r) => r.byKind[k] > 0));
  return stackedBarChartSvg({
    title: t('hoursChartTitle'),
    categories,
    series: kinds.map((kind) => ({
      key: kind,
      label: t(`kinds.${kind}`),
      color: chartPalette[hourKinds.indexOf(kind) % chartPalette.length]!,
      values: rows.map((r) => r.byKind[kind]),
    })),
    // Whole hours when there are a few; a small month is labelled in minutes.
    units: [
      { size: 60, format: (minutes) => `${formatInteger(minutes / 60, lang)}\u00a0h` },
      { size: 1, format: (minutes) => `${formatInteger(minutes, lang)}\u00a0min` },
    ],
    ...size,
  });
}

/**
 * Volunteer hours by month as one series, labelled in `lang`: the advocacy
 * summary's chart, where one colour reads faster than the kinds of work.
 */
export function totalHoursByMonthChartSvg(
  rows: MonthTotals[],
  lang: Language,
  size: { width?: number; height?: number } = {},
): string {
  const t = (key: MessageKeyUnder<'reports.common'>) => translate(lang, `reports.common.${key}`);
  const monthNames = t('months').split(',');
  const manyYears = new Set(rows.map((r) => r.month.slice(0, 4))).size > 1;
  return stackedBarChartSvg({
    title: translate(lang, 'advocacyReport.hoursChartTitle'),
    categories: rows.map((r) => {
      const m = Number(r.month.slice(5, 7));
      return manyYears ? `${m}/${r.month.slice(2, 4)}` : (monthNames[m - 1] ?? String(m));
    }),
    series: [
      {
        key: 'hours',
        label: t('hours'),
        color: chartPalette[0]!,
        values: rows.map((r) => r.totalMinutes),
      },
    ],
    units: [
      { size: 60, format: (minutes) => `${formatInteger(minutes / 60, lang)}\u00a0h` },
      { size: 1, format: (minutes) => `${formatInteger(minutes, lang)}\u00a0min` },
    ],
    ...size,
  });
}
