import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';

export type ChartSeries = { key: string; label: string; color: string; values: number[] };

/** One unit of the value axis: `size` values make one unit; `format` prints a tick (a raw value). */
export type ChartUnit = { size: number; format: (value: number) => string };

export type StackedBarChartOptions = {
  /** Names the chart for screen readers (<title>) and the PDF. */
  title: string;
  /** One label per bar (e.g. month names). */
  categories: string[];
  /** Stacked in order, bottom first; every `values` has one number per category. */
  series: ChartSeries[];
  /**
   * Units the value axis may be labelled in, largest first (e.g. hours, then
   * minutes for values in minutes). Ticks fall on whole numbers of one unit.
   */
  units: ChartUnit[];
  width?: number;
  height?: number;
};

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Colours that keep 3:1 contrast against white and each other's neighbours (Okabe–Ito). */
export const chartPalette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/** About this many steps on the value axis (d3 rounds to a 1-2-5 step). */
const MAX_TICKS = 5;

/**
 * The value axis for a largest stack of `max`: the largest unit in which `max`
 * spans at least two whole units (the smallest unit otherwise), and ticks at
 * whole numbers of it, so small values never print as "0 h, 0 h, 1 h".
 */
export function valueAxis(max: number, units: ChartUnit[]): { unit: ChartUnit; ticks: number[] } {
  if (units.length === 0) throw new RangeError('a chart needs at least one unit');
  const unit =
    max <= 0 ? units[0]! : (units.find((u) => max / u.size >= 2) ?? units[units.length - 1]!);
  const extent = Math.max(max / unit.size, 1);
  const [first = 0, second = 1] = scaleLinear().domain([0, extent]).ticks(MAX_TICKS);
  // d3 steps by 1, 2 or 5 × 10ⁿ, fractions on a short axis: never less than one whole unit.
  const step = Math.max(1, second - first);
  const ticks: number[] = [];
  for (let v = 0; v < extent + step; v += step) ticks.push(v * unit.size);
  return { unit, ticks };
}

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

  const rows = options.categories.map((_, i) =>
    Object.fromEntries(options.series.map((s) => [s.key, s.values[i] ?? 0])),
  );
  const layers = stack<Record<string, number>>().keys(options.series.map((s) => s.key))(rows);
  const max = Math.max(0, ...rows.map((r) => Object.values(r).reduce((a, b) => a + b, 0)));
  const x = scaleBand<number>()
    .domain(options.categories.map((_, i) => i))
    .range([0, innerW])
    .padding(0.2);
  const axis = valueAxis(max, options.units);
  const y = scaleLinear()
    .domain([0, axis.ticks.at(-1)!])
    .range([innerH, 0]);
  const font = 'font-family="Roboto, sans-serif"';
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${esc(options.title)}</title>`,
    `<g transform="translate(${margin.left},${margin.top})">`,
  );
  for (const tick of axis.ticks) {
    const ty = y(tick).toFixed(1);
    parts.push(
      `<line x1="0" x2="${innerW}" y1="${ty}" y2="${ty}" stroke="#d0d0d0" stroke-width="0.5"/>`,
      `<text x="-6" y="${ty}" dy="3" text-anchor="end" font-size="9" fill="#333333" ${font}>${esc(axis.unit.format(tick))}</text>`,
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
