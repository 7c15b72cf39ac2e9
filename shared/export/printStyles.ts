// The print stylesheet for the PDF export: inline (no external resources), paged for A4 or Letter,
// tables that repeat their header and never split a row, colours that never carry meaning alone.

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
h3 { font-size: 12.5pt; margin: 16pt 0 4pt; }
h4 { font-size: 10.5pt; margin: 12pt 0 4pt; color: var(--muted); text-transform: uppercase;
  letter-spacing: .04em; }
p { margin: 0 0 6pt; }
.section { break-before: page; page-break-before: always; }
.muted { color: var(--muted); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.user { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }

/* cover */
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: space-between;
  break-after: page; page-break-after: always; }
.cover .band { border-top: 8pt solid var(--accent); padding-top: 36mm; }
.cover .kicker { font-size: 11pt; letter-spacing: .14em; text-transform: uppercase;
  color: var(--accent); margin-bottom: 8pt; font-weight: bold; }
.cover h1 { font-size: 30pt; margin: 0 0 14pt; overflow-wrap: anywhere; }
.cover .facts { font-size: 11.5pt; margin: 0; }
.cover .facts dt { font-weight: bold; color: var(--muted); font-size: 9pt; text-transform: uppercase;
  letter-spacing: .06em; margin-top: 10pt; }
.cover .facts dd { margin: 2pt 0 0; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8pt; margin-top: 22pt; }
.stat { background: var(--soft); border-left: 3pt solid var(--accent); padding: 8pt 10pt; }
.stat b { display: block; font-size: 18pt; }
.stat span { color: var(--muted); font-size: 9pt; }
.cover footer { font-size: 9pt; color: var(--muted); border-top: 1pt solid var(--line); padding-top: 6pt; }

/* table of contents */
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { display: flex; gap: 6pt; padding: 3pt 0; border-bottom: 1pt dotted var(--line); }
.toc li.toc-sub { padding-left: 34pt; font-size: 9.5pt; }
.toc a { color: var(--ink); text-decoration: none; }
.toc .n { color: var(--muted); min-width: 28pt; }

/* tables */
table { width: 100%; border-collapse: collapse; margin: 4pt 0 12pt; font-size: 9pt; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; background: var(--accent); color: #fff; font-weight: bold; padding: 4pt 6pt;
  vertical-align: bottom; }
td { padding: 4pt 6pt; border-bottom: 1pt solid var(--line); vertical-align: top; }
tbody tr:nth-child(even) td { background: var(--soft); }
tfoot td { font-weight: bold; border-top: 1.5pt solid var(--ink); border-bottom: none; }
td.title { width: 40%; }
/* Fixed layouts keep names whole and let only over-long words wrap inside their column. */
table.fixed { table-layout: fixed; }
table.fixed .user { overflow-wrap: break-word; }
.raci col.ref { width: 6%; } .raci col.title { width: 30%; } .raci col.person { width: 11%; }
.raci col.people { width: 11%; } .raci col.due { width: 11%; } .raci col.status { width: 9%; }
.measures col.ref { width: 6%; } .measures col.title { width: 30%; } .measures col.val { width: 13%; }
.measures col.owner { width: 12%; } .measures col.tracks { width: 13%; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.sub { font-size: 8.5pt; color: var(--muted); margin-top: 2pt; }

/* boards */
.block { margin-bottom: 14pt; }
.block-meta { color: var(--muted); font-size: 9pt; margin-bottom: 6pt; }
.prompt { margin: 0 0 10pt; padding: 6pt 10pt; border-left: 3pt solid var(--accent);
  background: var(--accent-soft); font-style: italic; break-inside: avoid; }
.group { border: 1pt solid var(--line); border-radius: 4pt; margin: 0 0 8pt; break-inside: auto; }
.group-head { display: flex; justify-content: space-between; gap: 8pt; background: var(--soft);
  padding: 4pt 8pt; font-weight: bold; border-bottom: 1pt solid var(--line); break-after: avoid; }
.notes { list-style: none; margin: 0; padding: 0; }
.note { display: flex; gap: 8pt; padding: 4pt 8pt; border-bottom: 1pt solid var(--soft);
  break-inside: avoid; page-break-inside: avoid; }
.note:last-child { border-bottom: none; }
.votes { flex: 0 0 40pt; text-align: center; font-size: 8.5pt; font-weight: bold;
  color: var(--accent); border: 1pt solid var(--accent); border-radius: 8pt; padding: 0 4pt;
  height: 13pt; line-height: 12pt; margin-top: 1pt; white-space: nowrap; }
.votes.zero { color: var(--muted); border-color: var(--line); font-weight: normal; }
.note-body { flex: 1 1 auto; min-width: 0; }
.author { color: var(--muted); font-size: 8.5pt; }
.action-link { margin: 3pt 0 0; padding: 3pt 6pt; background: var(--accent-soft); font-size: 8.5pt;
  border-radius: 3pt; }
.loose { margin: 0 0 8pt; }

/* decisions */
.decision { border: 1pt solid var(--line); border-radius: 4pt; padding: 8pt 10pt; margin: 0 0 10pt;
  break-inside: avoid; page-break-inside: avoid; }
.decision h3 { margin: 0 0 6pt; display: flex; justify-content: space-between; gap: 10pt; }
.tag { font-size: 8pt; font-weight: bold; padding: 1pt 6pt; border-radius: 8pt; white-space: nowrap;
  border: 1pt solid currentColor; align-self: flex-start; }
.tag.ok { color: var(--ok); }
.tag.pending { color: var(--warn); }
.decision dl { display: grid; grid-template-columns: 30mm 1fr; gap: 3pt 10pt; margin: 0; }
.decision dt { color: var(--muted); font-size: 9pt; }
.decision dd { margin: 0; }
.decision ul { margin: 0; padding-left: 14pt; }

/* minutes */
.bar { height: 7pt; background: var(--accent); border-radius: 2pt; }
.bar.plan { background: var(--line); }
.bars { width: 35%; }
.bars div + div { margin-top: 2pt; }
.summary-text { font-size: 10.5pt; max-width: 160mm; }
.empty { color: var(--muted); font-style: italic; }
`;
}
