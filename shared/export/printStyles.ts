// The print stylesheet for the PDF export: inline (no external resources), paged for A4 or Letter,
// tables that repeat their header and never split a row or a word, colours that never carry
// meaning alone, and notes that flow from page to page.

export type PageSize = 'A4' | 'Letter';

/** Page margins; the bottom one leaves room for the footer template with page numbers. */
export const PRINT_MARGINS = { top: '16mm', right: '15mm', bottom: '18mm', left: '15mm' } as const;

export function printCss(pageSize: PageSize): string {
  const m = PRINT_MARGINS;
  return `
@page { size: ${pageSize}; margin: ${m.top} ${m.right} ${m.bottom} ${m.left}; }
:root { --ink: #1d2733; --muted: #5b6776; --line: #d5dbe3; --soft: #f2f5f9; --accent: #2b5c8a;
  --accent-soft: #e6eef7; --ok: #1d6b45; --warn: #8a4b08; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); font: 10pt/1.45 'Liberation Sans', 'Helvetica Neue', Arial,
  'DejaVu Sans', 'Noto Sans', 'Noto Color Emoji', sans-serif; }
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 17pt; margin: 0 0 10pt; padding-bottom: 4pt; border-bottom: 2pt solid var(--accent);
  color: var(--accent); }
h3 { font-size: 12.5pt; margin: 14pt 0 4pt; }
h4 { font-size: 10pt; margin: 10pt 0 4pt; color: var(--muted); text-transform: uppercase;
  letter-spacing: .04em; }
p { margin: 0 0 6pt; }
/* Parts flow on from each other, and the summary on from the contents: a forced page break
   there left most of the contents' page blank. */
.part { margin-top: 20pt; }
.muted { color: var(--muted); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.user { white-space: pre-wrap; unicode-bidi: plaintext; }
.flag { color: var(--warn); font-weight: bold; }

/* cover */
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: space-between;
  break-after: page; page-break-after: always; }
.cover .band { border-top: 8pt solid var(--accent); padding-top: 30mm; }
.cover .kicker { font-size: 11pt; letter-spacing: .14em; text-transform: uppercase;
  color: var(--accent); margin-bottom: 8pt; font-weight: bold; }
.cover h1 { font-size: 26pt; margin: 0 0 14pt; overflow-wrap: break-word; }
.cover .facts { font-size: 11pt; margin: 0; }
.cover .facts dt { font-weight: bold; color: var(--muted); font-size: 9pt; text-transform: uppercase;
  letter-spacing: .06em; margin-top: 9pt; }
.cover .facts dd { margin: 2pt 0 0; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8pt; margin-top: 20pt; }
.stat { background: var(--soft); border-left: 3pt solid var(--accent); padding: 8pt 10pt; }
.stat b { display: block; font-size: 18pt; }
.stat span { color: var(--muted); font-size: 9pt; }
.cover footer { font-size: 9pt; color: var(--muted); border-top: 1pt solid var(--line); padding-top: 6pt; }

/* contents: title, dotted leader, page number in a fixed-width slot (filled after a first print) */
.toc { margin-bottom: 6pt; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { display: flex; align-items: baseline; gap: 4pt; padding: 2.5pt 0; break-inside: avoid; }
.toc li.toc-main { font-weight: bold; margin-top: 6pt; }
.toc li.toc-sub { padding-left: 16pt; font-size: 9.5pt; }
.toc a { color: var(--ink); text-decoration: none; flex: 0 1 auto; }
.toc .leader { flex: 1 1 auto; border-bottom: 1pt dotted var(--muted); min-width: 12pt; }
.toc .pg { flex: 0 0 24pt; text-align: right; font-variant-numeric: tabular-nums; }

/* tables: auto layout so a column is never narrower than its longest word; words never split */
figure.chart { margin: 4pt 0 10pt; break-inside: avoid; color: #000; }
figure.chart svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 9pt; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; background: var(--accent); color: #fff; font-weight: bold; padding: 3pt 5pt;
  vertical-align: bottom; }
td { padding: 3pt 5pt; border-bottom: 1pt solid var(--line); vertical-align: top; }
th, td { word-break: normal; overflow-wrap: normal; hyphens: manual; }
tbody tr:nth-child(even) td { background: var(--soft); }
tfoot td { font-weight: bold; border-top: 1.5pt solid var(--ink); border-bottom: none; }
table.raci { font-size: 8.5pt; }
table.raci td:nth-child(2) { width: 36%; }
table.brief td:nth-child(2) { width: 34%; }
/* The summary is meant to fit one page: a size smaller, tighter tables. */
.part.first { font-size: 9pt; }
.part.first h3 { margin: 8pt 0 3pt; }
.part.first table { font-size: 8.5pt; margin-bottom: 6pt; }
.part.first td, .part.first th { padding: 2pt 5pt; }
.part.first .decisions-brief li { margin-bottom: 4pt; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.sub { font-size: 8.5pt; color: var(--muted); margin-top: 2pt; }
.summary-text { font-size: 10.5pt; max-width: 170mm; }
.not-run-lead { margin: 2pt 0 2pt; }
.not-run { margin: 0 0 8pt; padding-left: 14pt; font-size: 9pt; }
.not-run li { break-inside: avoid; }

/* summary */
.decisions-brief { margin: 0 0 6pt; padding-left: 0; list-style: none; }
.decisions-brief li { break-inside: avoid; margin: 0 0 6pt; padding-left: 8pt;
  border-left: 2pt solid var(--accent); }
.decisions-brief .line { display: flex; justify-content: space-between; gap: 8pt; }
.vote-list { list-style: none; margin: 0 0 4pt; padding: 0; }
.vote-list li { display: flex; gap: 8pt; padding: 1.5pt 0; border-bottom: 1pt solid var(--soft); }
.vote-list .rank { flex: 0 0 auto; min-width: 34pt; white-space: nowrap; text-align: right; color: var(--muted); }
.vote-list .count { flex: 0 0 auto; min-width: 42pt; white-space: nowrap; text-align: right; font-weight: bold; color: var(--accent); }
.vote-meta { color: var(--muted); font-size: 9pt; margin: 0 0 2pt; }

/* blocks: the heading, timing and prompt stay together; notes flow */
.block { margin: 0 0 10pt; }
.block-head { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.block-meta { color: var(--muted); font-size: 9pt; margin-bottom: 4pt; }
.prompt { margin: 0 0 6pt; padding: 4pt 8pt; border-left: 3pt solid var(--accent);
  background: var(--accent-soft); font-style: italic; }
.taken { font-size: 9pt; }
.group { border: 1pt solid var(--line); border-radius: 3pt; margin: 0 0 6pt; }
.group-top { break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.group-head { display: flex; justify-content: space-between; gap: 8pt; background: var(--soft);
  padding: 3pt 8pt; font-weight: bold; border-bottom: 1pt solid var(--line); break-after: avoid;
  break-inside: avoid; }
.notes { list-style: none; margin: 0 0 6pt; padding: 0; }
.note { padding: 2.5pt 8pt; border-bottom: 1pt solid var(--soft); break-inside: avoid;
  page-break-inside: avoid; }
.note:last-child { border-bottom: none; }
.note-text { overflow-wrap: break-word; }
.author { color: var(--muted); font-size: 8.5pt; }
.v { color: var(--accent); }
.action-link { margin: 2pt 0; padding: 2pt 6pt; background: var(--accent-soft); font-size: 8.5pt;
  border-radius: 3pt; }
.group-top > .action-link { margin: 3pt 8pt 0; }

/* decisions in full: a decision may go on over a page (kept whole, a long one left half a page
   blank before it), but its title stays with its first lines and no line is cut */
.decision { border: 1pt solid var(--line); border-radius: 4pt; padding: 6pt 10pt; margin: 0 0 8pt;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.decision dt, .decision dd { break-inside: avoid; page-break-inside: avoid; }
.decision h4 { margin: 0 0 6pt; display: flex; justify-content: space-between; gap: 10pt;
  text-transform: none; letter-spacing: 0; color: var(--ink); font-size: 11pt; }
.tag { font-size: 8pt; font-weight: bold; padding: 1pt 6pt; border-radius: 8pt; white-space: nowrap;
  border: 1pt solid currentColor; align-self: flex-start; text-transform: none; letter-spacing: 0; }
.tag.ok { color: var(--ok); }
.tag.pending { color: var(--warn); }
.decision dl { display: grid; grid-template-columns: 30mm 1fr; gap: 3pt 10pt; margin: 0; }
.decision dt { color: var(--muted); font-size: 9pt; }
.decision dd { margin: 0; }
.decision ul { margin: 0; padding-left: 14pt; }
.empty { color: var(--muted); font-style: italic; }
`;
}
