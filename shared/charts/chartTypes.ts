// What a chart is once laid out: plain shapes and words in pixel coordinates, drawn the same way
// by the renderer (React SVG, ChartSvg.tsx) and the print layout (chartSvg.ts), plus the numbers
// as a table for screen readers. Ink is one colour (the text's), so charts read in black and white
// and on every projector theme: series differ by fill pattern, lines by dash, points by shape.

/** How a bar is filled: solid ink, diagonal hatching, dots, or only its outline. */
export type BarStyle = 'solid' | 'hatch' | 'dots' | 'outline';

export type Shape =
  | { t: 'rect'; x: number; y: number; w: number; h: number; style: BarStyle }
  | {
      t: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      dash: 'solid' | 'dash' | 'dot';
      weight: number;
    }
  | { t: 'path'; d: string; weight: number }
  | { t: 'mark'; x: number; y: number; r: number; shape: 'square' | 'ring' }
  | {
      t: 'text';
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'middle' | 'end';
      /** In units of the chart's font size. */
      size: number;
      bold?: boolean;
    };

/** The numbers behind a chart, for a visually hidden table (and the print's screen readers). */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface Chart {
  width: number;
  height: number;
  /** The chart in one sentence, its accessible name. */
  title: string;
  /** The font size (px) the shapes' text sizes multiply. */
  font: number;
  shapes: Shape[];
  table: ChartTable;
}

/** How wide a text runs, roughly (proportional sans-serif averages under 0.6 em a character). */
export const textWidth = (text: string, font: number) => [...text].length * font * 0.58;

/** The text cut with an ellipsis to fit the width. */
export function fitText(text: string, width: number, font: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const max = Math.max(1, Math.floor(width / (font * 0.58) + 1e-9));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * The shapes as drawn: a hatched bar becomes its outline and thin upright strokes, a dotted one
 * its outline and a row of dots, so neither renderer needs SVG patterns (the print layout refers
 * to nothing by url) and the ink stays one colour.
 */
export function drawnShapes(shapes: readonly Shape[]): Shape[] {
  const out: Shape[] = [];
  for (const s of shapes) {
    if (s.t !== 'rect' || s.style === 'solid' || s.style === 'outline') {
      out.push(s);
      continue;
    }
    out.push({ ...s, style: 'outline' });
    if (s.style === 'hatch')
      for (let x = s.x + 3; x < s.x + s.w - 1; x += 5)
        out.push({ t: 'line', x1: x, y1: s.y, x2: x, y2: s.y + s.h, dash: 'solid', weight: 1.6 });
    else
      for (let x = s.x + 4; x < s.x + s.w - 2; x += 7)
        out.push({ t: 'mark', x, y: s.y + s.h / 2, r: Math.min(1.6, s.h / 4), shape: 'square' });
  }
  return out;
}
