// A measure over time: its values as a line with square marks (each with its number), the
// baseline as a dotted line and the target as a dashed one ending in a ring at its date. The y
// scale is d3's, rounded to nice ticks; the x scale is time, by calendar day.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { fitText, textWidth, type Chart, type Shape } from './chartTypes';

export interface DatedValue {
  /** yyyy-mm-dd */
  date: string;
  value: number;
}

export interface LineChartSpec {
  title: string;
  unit: string;
  baseline: { value: number; date: string | null } | null;
  target: { value: number; date: string | null } | null;
  /** In date order. */
  points: (DatedValue & { note?: string })[];
  width: number;
  font: number;
}

export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** 42, 42.5, 1,250: a value as the chart and the words write it. */
export function formatValue(v: number): string {
  const rounded = Math.round(v * 100) / 100;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const withUnit = (v: number, unit: string) =>
  unit ? (unit === '%' ? `${formatValue(v)}%` : `${formatValue(v)} ${unit}`) : formatValue(v);

export function lineChart(spec: LineChartSpec): Chart {
  const { font, width, points, baseline, target, unit } = spec;
  const shapes: Shape[] = [];
  const height = Math.round(font * 13);
  const values = [
    ...points.map((p) => p.value),
    ...(baseline ? [baseline.value] : []),
    ...(target ? [target.value] : []),
  ];
  const lo = Math.min(...values, values.length ? Infinity : 0);
  const hi = Math.max(...values, values.length ? -Infinity : 1);
  const span = hi - lo || Math.abs(hi) || 1;
  const y = scaleLinear()
    .domain([lo - span * 0.1, hi + span * 0.1])
    .range([height - font * 2.6, font * 1.8])
    .nice(4);
  const ticks = y.ticks(4);
  const tickW = Math.max(...ticks.map((t) => textWidth(formatValue(t), font * 0.85)));
  const left = tickW + font * 0.6;
  const right = width - font * 0.8;

  const dates = [
    ...points.map((p) => dayNumber(p.date)),
    ...(baseline?.date ? [dayNumber(baseline.date)] : []),
    ...(target?.date ? [dayNumber(target.date)] : []),
  ];
  const d0 = dates.length ? Math.min(...dates) : 0;
  const d1 = dates.length ? Math.max(...dates) : 1;
  const x = scaleLinear()
    .domain(d0 === d1 ? [d0 - 1, d1 + 1] : [d0, d1])
    .range([left + font * 0.8, right - font * 0.8]);

  // The y axis: ticks and faint rules.
  for (const t of ticks) {
    shapes.push({ t: 'line', x1: left, y1: y(t), x2: right, y2: y(t), dash: 'dot', weight: 0.5 });
    shapes.push({
      t: 'text',
      x: left - font * 0.3,
      y: y(t) + font * 0.3,
      text: formatValue(t),
      anchor: 'end',
      size: 0.85,
    });
  }
  const axisY = height - font * 2.6;
  shapes.push({ t: 'line', x1: left, y1: axisY, x2: right, y2: axisY, dash: 'solid', weight: 1.5 });

  if (baseline) {
    const by = y(baseline.value);
    shapes.push({ t: 'line', x1: left, y1: by, x2: right, y2: by, dash: 'dot', weight: 2 });
    // The label on the side of the line the values are not: below when they rose, above when fell.
    // (Above when below would reach the axis.)
    const last = points[points.length - 1]?.value ?? baseline.value;
    const below = last >= baseline.value && by + font * 1.1 < axisY - font * 0.2;
    shapes.push({
      t: 'text',
      x: right,
      y: below ? by + font * 1.05 : by - font * 0.4,
      text: `Baseline ${withUnit(baseline.value, unit)}`,
      anchor: 'end',
      size: 0.85,
    });
  }
  if (target) {
    const ty = y(target.value);
    const tx = target.date ? x(dayNumber(target.date)) : right;
    shapes.push({ t: 'line', x1: left, y1: ty, x2: tx, y2: ty, dash: 'dash', weight: 2 });
    if (target.date) shapes.push({ t: 'mark', x: tx, y: ty, r: font * 0.4, shape: 'ring' });
    const label = `Target ${withUnit(target.value, unit)}${target.date ? ` by ${target.date}` : ''}`;
    shapes.push({
      t: 'text',
      x: right,
      y: ty - font * 0.55,
      text: fitText(label, right - left, font * 0.85),
      anchor: 'end',
      size: 0.85,
      bold: true,
    });
  }

  const drawn = points.map((p) => [x(dayNumber(p.date)), y(p.value)] as [number, number]);
  // The line starts at the baseline when it has a date: "42 → 51 since 2026-09-14".
  const start: [number, number] | null =
    baseline?.date && points.length ? [x(dayNumber(baseline.date)), y(baseline.value)] : null;
  if (start) shapes.push({ t: 'mark', x: start[0], y: start[1], r: font * 0.4, shape: 'ring' });
  const path = start ? [start, ...drawn] : drawn;
  if (path.length > 1) shapes.push({ t: 'path', d: line()(path) ?? '', weight: 3 });
  for (const [i, p] of points.entries()) {
    const [px, py] = drawn[i]!;
    shapes.push({ t: 'mark', x: px, y: py, r: font * 0.35, shape: 'square' });
    shapes.push({
      t: 'text',
      x: px,
      y: py - font * 0.6,
      text: formatValue(p.value),
      anchor: 'middle',
      size: 0.9,
      bold: true,
    });
  }

  // Dates under the axis: the baseline's, the first and last value's and the target's, each kept
  // inside the chart and dropped where it would touch one already placed.
  const labels: { x: number; at: number; text: string }[] = [];
  const addDate = (date: string) => {
    const at = x(dayNumber(date));
    const w = textWidth(date, font * 0.8);
    const lx = Math.min(Math.max(at, left + w / 2), right - w / 2);
    if (labels.some((l) => l.text === date || Math.abs(l.x - lx) < w + font * 0.5)) return;
    labels.push({ x: lx, at, text: date });
  };
  if (baseline?.date) addDate(baseline.date);
  if (target?.date) addDate(target.date);
  if (points.length > 1) addDate(points[points.length - 1]!.date);
  if (points.length) addDate(points[0]!.date);
  for (const l of labels) {
    shapes.push({
      t: 'line',
      x1: l.at,
      y1: axisY,
      x2: l.at,
      y2: axisY + font * 0.3,
      dash: 'solid',
      weight: 1.5,
    });
    shapes.push({
      t: 'text',
      x: l.x,
      y: axisY + font * 1.3,
      text: l.text,
      anchor: 'middle',
      size: 0.8,
    });
  }
  if (!points.length)
    shapes.push({
      t: 'text',
      x: (left + right) / 2,
      y: height / 2,
      text: 'No values recorded yet',
      anchor: 'middle',
      size: 1,
    });

  const rows: string[][] = [];
  if (baseline) rows.push([baseline.date ?? '—', withUnit(baseline.value, unit), 'baseline']);
  for (const p of points) rows.push([p.date, withUnit(p.value, unit), p.note ?? '']);
  if (target) rows.push([target.date ?? '—', withUnit(target.value, unit), 'target']);
  return {
    width,
    height,
    title: spec.title,
    font,
    shapes,
    table: { caption: spec.title, head: ['Date', 'Value', 'Note'], rows },
  };
}

export { withUnit };
