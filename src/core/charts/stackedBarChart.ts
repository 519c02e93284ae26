import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';

export type ChartSeries = { key: string; label: string; color: string; values: number[] };

export type StackedBarChartOptions = {
  /** Names the chart for screen readers (<title>) and the PDF. */
  title: string;
  /** One label per bar (e.g. month names). */
  categories: string[];
  /** Stacked in order, bottom first; every `values` has one number per category. */
  series: ChartSeries[];
  /** Axis tick text for a value (e.g. minutes → "12 h"). */
  formatValue: (value: number) => string;
  /** Values are divided by this before ticks are chosen (60: minutes shown as whole hours). */
  tickUnit?: number;
  width?: number;
  height?: number;
};

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Colours that keep 3:1 contrast against white and each other's neighbours (Okabe–Ito). */
export const chartPalette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/**
 * A stacked bar chart as a standalone SVG string: the same string is shown in
 * the app and embedded in PDFs (pdfmake `{ svg }`), so both always agree. Text
 * uses the PDF's embedded font family, falling back to the UI's sans-serif.
 */
export function stackedBarChartSvg(options: StackedBarChartOptions): string {
  const width = options.width ?? 520;
  const height = options.height ?? 260;
  const legendRows = Math.ceil(options.series.length / 3);
  const margin = { top: 12, right: 8, bottom: 28 + legendRows * 16, left: 52 };
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const unit = options.tickUnit ?? 1;

  const rows = options.categories.map((_, i) =>
    Object.fromEntries(options.series.map((s) => [s.key, s.values[i] ?? 0])),
  );
  const layers = stack<Record<string, number>>().keys(options.series.map((s) => s.key))(rows);
  const max = Math.max(0, ...rows.map((r) => Object.values(r).reduce((a, b) => a + b, 0)));
  const x = scaleBand<number>()
    .domain(options.categories.map((_, i) => i))
    .range([0, innerW])
    .padding(0.2);
  const yUnits = scaleLinear()
    .domain([0, Math.max(max / unit, 1)])
    .nice(5)
    .range([innerH, 0]);
  const y = (v: number) => yUnits(v / unit);
  const font = 'font-family="Roboto, sans-serif"';
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${esc(options.title)}</title>`,
    `<g transform="translate(${margin.left},${margin.top})">`,
  );
  for (const tick of yUnits.ticks(5)) {
    const ty = yUnits(tick).toFixed(1);
    parts.push(
      `<line x1="0" x2="${innerW}" y1="${ty}" y2="${ty}" stroke="#d0d0d0" stroke-width="0.5"/>`,
      `<text x="-6" y="${ty}" dy="3" text-anchor="end" font-size="9" fill="#333333" ${font}>${esc(options.formatValue(tick * unit))}</text>`,
    );
  }
  layers.forEach((layer, si) => {
    const color = options.series[si]!.color;
    layer.forEach(([y0, y1], i) => {
      if (y1 <= y0) return;
      const top = y(y1);
      parts.push(
        `<rect x="${x(i)!.toFixed(1)}" y="${top.toFixed(1)}" width="${x.bandwidth().toFixed(1)}" height="${(y(y0) - top).toFixed(1)}" fill="${color}"/>`,
      );
    });
  });
  parts.push(
    `<line x1="0" x2="${innerW}" y1="${innerH}" y2="${innerH}" stroke="#333333" stroke-width="0.8"/>`,
  );
  options.categories.forEach((label, i) => {
    parts.push(
      `<text x="${(x(i)! + x.bandwidth() / 2).toFixed(1)}" y="${innerH + 13}" text-anchor="middle" font-size="9" fill="#333333" ${font}>${esc(label)}</text>`,
    );
  });
  options.series.forEach((s, i) => {
    const lx = (i % 3) * (innerW / 3);
    const ly = innerH + 28 + Math.floor(i / 3) * 16;
    parts.push(
      `<rect x="${lx.toFixed(1)}" y="${ly - 8}" width="10" height="10" fill="${s.color}"/>`,
      `<text x="${(lx + 14).toFixed(1)}" y="${ly}" font-size="9" fill="#333333" ${font}>${esc(s.label)}</text>`,
    );
  });
  parts.push('</g></svg>');
  return parts.join('');
}
