// A laid-out chart as SVG markup, for the print layout (the PDF): the same shapes the renderer
// draws. Its words and numbers are real text in the PDF, and the minutes keep each result's table
// beside it, so a screen reader loses nothing; the figure is named by its title.
import { drawnShapes, type Chart, type Shape } from './chartTypes';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 10) / 10);
const DASH = { solid: '', dash: ' stroke-dasharray="10 6"', dot: ' stroke-dasharray="2 4"' };

/** A bar's fill: solid ink, or none (the page shows through an outline). */
export const barFill = (style: string) => (style === 'solid' ? 'currentColor' : 'none');

function shape(s: Shape, font: number): string {
  switch (s.t) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${barFill(s.style)}" stroke="currentColor" stroke-width="1.5"/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="currentColor" stroke-width="${s.weight}"${DASH[s.dash]}/>`;
    case 'path':
      return `<path d="${esc(s.d)}" fill="none" stroke="currentColor" stroke-width="${s.weight}"/>`;
    case 'mark':
      return s.shape === 'square'
        ? `<rect x="${n(s.x - s.r)}" y="${n(s.y - s.r)}" width="${n(2 * s.r)}" height="${n(2 * s.r)}" fill="currentColor"/>`
        : `<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" fill="none" stroke="currentColor" stroke-width="2"/>`;
    case 'text':
      return `<text x="${n(s.x)}" y="${n(s.y)}" text-anchor="${s.anchor}" font-size="${n(s.size * font)}"${s.bold ? ' font-weight="700"' : ''}>${esc(s.text)}</text>`;
  }
}

export function chartTableHtml(chart: Chart, className = 'chart-numbers'): string {
  const head = chart.table.head.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const rows = chart.table.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table class="${className}"><caption>${esc(chart.table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The chart as a figure named by its title (inline SVG); with `table`, its numbers' table follows. */
export function chartSvg(chart: Chart, opts: { table?: boolean } = {}): string {
  const body = drawnShapes(chart.shapes)
    .map((s) => shape(s, chart.font))
    .join('');
  return `<figure class="chart"><svg viewBox="0 0 ${n(chart.width)} ${n(chart.height)}" width="${n(chart.width)}" height="${n(chart.height)}" role="img" aria-label="${esc(chart.title)}" font-family="inherit" fill="currentColor">${body}</svg>${opts.table ? chartTableHtml(chart) : ''}</figure>`;
}
