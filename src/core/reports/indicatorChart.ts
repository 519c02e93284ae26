import { chartPalette, stackedBarChartSvg } from '../charts';
import { formatInteger } from '../format';
import { translate } from '../i18n';
import type { IndicatorFigure, IndicatorSeries } from '../impact';
import type { Language } from '../schemas';

/** A point's label on the chart: the month of a feedback tally, or the measured period. */
export function indicatorPointLabel(
  p: IndicatorFigure,
  lang: Language,
  manyYears: boolean,
): string {
  const month = (iso: string) => Number(iso.slice(5, 7));
  const yy = (iso: string) => iso.slice(2, 4);
  if (p.kind === 'feedback') {
    const names = translate(lang, 'reports.common.months').split(',');
    return manyYears ? `${month(p.to)}/${yy(p.to)}` : (names[month(p.to) - 1] ?? p.to);
  }
  return p.from.slice(0, 7) === p.to.slice(0, 7)
    ? `${month(p.to)}/${yy(p.to)}`
    : `${month(p.from)}–${month(p.to)}/${yy(p.to)}`;
}

/**
 * One indicator over time as an SVG bar chart, the same code as the reports'
 * charts: a feedback statement's share answering 4–5 in per cent (periods
 * without answers left out, never drawn as 0 %), a count's value, a
 * before/after indicator's value after.
 */
export function indicatorChartSvg(
  series: IndicatorSeries,
  lang: Language,
  size: { width?: number; height?: number } = {},
): string {
  const points = series.points.filter((p) => (p.kind === 'feedback' ? p.share != null : true));
  const manyYears = new Set(points.map((p) => p.to.slice(0, 4))).size > 1;
  const feedback = series.kind === 'feedback';
  return stackedBarChartSvg({
    title: translate(lang, 'indicators.page.chartTitle', { name: series.name }),
    categories: points.map((p) => indicatorPointLabel(p, lang, manyYears)),
    series: [
      {
        key: series.key,
        label: feedback ? translate(lang, 'indicators.figure.shareLegend') : series.name,
        color: chartPalette[0]!,
        values: points.map((p) => (feedback ? Math.round((p.share ?? 0) * 100) : (p.value ?? 0))),
      },
    ],
    units: feedback
      ? [
          {
            size: 1,
            format: (v) =>
              translate(lang, 'indicators.page.shareUnit', { value: formatInteger(v, lang) }),
          },
        ]
      : [{ size: 1, format: (v) => formatInteger(v, lang) }],
    ...size,
  });
}
