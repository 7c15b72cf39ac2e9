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
  /** The chart's words, numbers and dates in the reader's language; English and ISO dates by default. */
  words?: LineWords;
}

/** What a line chart writes: its labels, and how it writes a number and a day. */
export interface LineWords {
  /** 42, 42.5, 1,250 (English) or 1.250 (German). */
  number(v: number): string;
  /** A yyyy-mm-dd day as the reader's language writes it. */
  day(iso: string): string;
  baseline(value: string): string;
  target(value: string): string;
  targetBy(value: string, day: string): string;
  noValues: string;
  /** The accessible table's heads (date, value, note) and its baseline and target rows. */
  head: readonly [string, string, string];
  baselineRow: string;
  targetRow: string;
}

export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** 42, 42.5, 1,250: a value as the chart and the words write it. */
export function formatValue(v: number): string {
  const rounded = Math.round(v * 100) / 100;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A value with its unit: "42%", "42 NPS", "42". */
const withUnitOf = (v: number, unit: string, number: (v: number) => string = formatValue) =>
  unit ? (unit === '%' ? `${number(v)}%` : `${number(v)} ${unit}`) : number(v);

export const ENGLISH_LINE_WORDS: LineWords = {
  number: formatValue,
  day: (iso) => iso,
  baseline: (value) => `Baseline ${value}`,
  target: (value) => `Target ${value}`,
  targetBy: (value, day) => `Target ${value} by ${day}`,
  noValues: 'No values recorded yet',
  head: ['Date', 'Value', 'Note'],
  baselineRow: 'baseline',
  targetRow: 'target',
};

export function lineChart(spec: LineChartSpec): Chart {
  const { font, width, points, baseline, target } = spec;
  const w = spec.words ?? ENGLISH_LINE_WORDS;
  const withUnit = (v: number) => withUnitOf(v, spec.unit, w.number);
  const num = w.number;
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
  const tickW = Math.max(...ticks.map((t) => textWidth(num(t), font * 0.85)));
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
      text: num(t),
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
      text: w.baseline(withUnit(baseline.value)),
      anchor: 'end',
      size: 0.85,
    });
  }
  if (target) {
    const ty = y(target.value);
    const tx = target.date ? x(dayNumber(target.date)) : right;
    shapes.push({ t: 'line', x1: left, y1: ty, x2: tx, y2: ty, dash: 'dash', weight: 2 });
    if (target.date) shapes.push({ t: 'mark', x: tx, y: ty, r: font * 0.4, shape: 'ring' });
    const label = target.date
      ? w.targetBy(withUnit(target.value), w.day(target.date))
      : w.target(withUnit(target.value));
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
      text: num(p.value),
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
    const text = w.day(date);
    const tw = textWidth(text, font * 0.8);
    const lx = Math.min(Math.max(at, left + tw / 2), right - tw / 2);
    if (labels.some((l) => l.text === text || Math.abs(l.x - lx) < tw + font * 0.5)) return;
    labels.push({ x: lx, at, text });
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
      text: w.noValues,
      anchor: 'middle',
      size: 1,
    });

  const rows: string[][] = [];
  const dayOr = (date: string | null) => (date ? w.day(date) : '—');
  if (baseline) rows.push([dayOr(baseline.date), withUnit(baseline.value), w.baselineRow]);
  for (const p of points) rows.push([w.day(p.date), withUnit(p.value), p.note ?? '']);
  if (target) rows.push([dayOr(target.date), withUnit(target.value), w.targetRow]);
  return {
    width,
    height,
    title: spec.title,
    font,
    shapes,
    table: { caption: spec.title, head: [...w.head], rows },
  };
}

export { withUnitOf as withUnit };
