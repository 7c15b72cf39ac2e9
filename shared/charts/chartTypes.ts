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
  const max = Math.max(1, Math.floor(width / (font * 0.58)));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
