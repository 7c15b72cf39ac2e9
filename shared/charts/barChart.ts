// Horizontal bars, one row per thing (a vote's notes, a poll's answers, an agenda block, a health
// dimension), one bar per series in each row (planned and actual; this session and earlier ones).
// Each row's label sits above its bars and each bar's number at its end, so nothing needs a
// legend to be read but which series is which (a legend with the same patterns).
import { scaleLinear } from 'd3-scale';
import { fitText, textWidth, type BarStyle, type Chart, type Shape } from './chartTypes';

export interface BarSeries {
  name: string;
  style: BarStyle;
}

export interface BarRow {
  label: string;
  /** One value per series (null: nothing to draw, as a block that has not run). */
  values: (number | null)[];
  /** What each bar says at its end; by default the number. */
  texts?: (string | null)[];
}

export interface BarChartSpec {
  title: string;
  series: BarSeries[];
  rows: BarRow[];
  /** px */
  width: number;
  /** px: the labels' size; numbers and the legend are drawn at the same size. */
  font: number;
  /** The scale's top; by default the largest value. */
  max?: number;
  /** Head of the table's first column ("Answer", "Block"). */
  rowHead: string;
}

const valueText = (v: number | null) => (v === null ? '—' : String(v));

export function barChart(spec: BarChartSpec): Chart {
  const { font, width, series, rows } = spec;
  const shapes: Shape[] = [];
  const pad = Math.round(font * 0.25);
  const barH = Math.round(font * 1.15);
  const gap = Math.max(2, Math.round(font * 0.2));
  let y = pad;

  // The legend, when there is more than one series: a swatch and a name each, wrapped.
  if (series.length > 1) {
    let x = 0;
    const sw = font * 1.6;
    for (const s of series) {
      const w = sw + font * 0.4 + textWidth(s.name, font) + font;
      if (x > 0 && x + w > width) {
        x = 0;
        y += barH + gap;
      }
      shapes.push({ t: 'rect', x: x + 1, y: y + 1, w: sw, h: barH - 2, style: s.style });
      shapes.push({
        t: 'text',
        x: x + sw + font * 0.4,
        y: y + barH * 0.8,
        text: s.name,
        anchor: 'start',
        size: 1,
      });
      x += w;
    }
    y += barH + font * 0.6;
  }

  const texts = rows.map((r) => r.values.map((v, i) => r.texts?.[i] ?? valueText(v)));
  const longest = Math.max(0, ...texts.flat().map((t) => textWidth(t, font)));
  // One bar a row on a wide chart: its label to the left, one line a row (a poll's answers fit a
  // projector card); otherwise the label above the row's bars.
  const inline = series.length === 1 && width > font * 24;
  const labelW = inline
    ? Math.min(
        width * 0.38,
        Math.max(...rows.map((r) => textWidth(r.label, font)), font) + font * 0.6,
      )
    : 0;
  const x0 = labelW + 1;
  const plotW = Math.max(font * 4, width - x0 - longest - font * 0.6 - 2);
  const max = Math.max(spec.max ?? 0, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)), 1);
  const x = scaleLinear().domain([0, max]).range([0, plotW]);

  for (const [ri, row] of rows.entries()) {
    if (inline) {
      shapes.push({
        t: 'text',
        x: 0,
        y: y + barH * 0.8,
        text: fitText(row.label, labelW - font * 0.6, font),
        anchor: 'start',
        size: 1,
        bold: true,
      });
    } else {
      y += font;
      shapes.push({
        t: 'text',
        x: 0,
        y,
        text: fitText(row.label, width, font),
        anchor: 'start',
        size: 1,
        bold: true,
      });
      y += pad * 1.5;
    }
    const top = y;
    for (const [si, v] of row.values.entries()) {
      const w = v === null ? 0 : Math.max(v > 0 ? 2 : 0, x(v));
      if (w > 0)
        shapes.push({
          t: 'rect',
          x: x0,
          y: y + 1,
          w,
          h: barH - 2,
          style: series[si]?.style ?? 'solid',
        });
      shapes.push({
        t: 'text',
        x: x0 + w + font * 0.4,
        y: y + barH * 0.8,
        text: texts[ri]![si]!,
        anchor: 'start',
        size: 1,
      });
      y += barH + (si < row.values.length - 1 ? gap : 0);
    }
    // The zero line the bars grow from.
    shapes.push({ t: 'line', x1: x0, y1: top - 1, x2: x0, y2: y + 1, dash: 'solid', weight: 2 });
    y += inline ? font * 0.35 : font * 0.6;
  }

  return {
    width,
    height: Math.ceil(y + pad),
    title: spec.title,
    font,
    shapes,
    table: {
      caption: spec.title,
      head: [spec.rowHead, ...series.map((s) => s.name)],
      rows: rows.map((r, i) => [r.label, ...texts[i]!]),
    },
  };
}

/** Series styles for n sessions side by side: the latest solid, earlier ones lighter patterns. */
export function sessionStyles(n: number): BarStyle[] {
  const order: BarStyle[] = ['outline', 'dots', 'hatch', 'solid'];
  return Array.from(
    { length: n },
    (_v, i) => order[Math.max(0, order.length - n + i)] ?? 'outline',
  );
}
