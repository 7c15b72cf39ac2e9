// The PDF layout: ONE self-contained HTML document (inline CSS, no scripts, no external resources)
// that Electron's printToPDF and Chromium's page.pdf() print. Page numbers come from the footer
// template below, because Chromium's PDF printer ignores CSS @page counters.
import { escapeHtml as h } from './escape';
import { dateRange } from './markdown';
import {
  actionsSection,
  agendaSection,
  blockAnchor,
  blockSection,
  decisionsSection,
  looseNotesSection,
  measuresSection,
  minutesSection,
} from './printSections';
import { printCss, type PageSize } from './printStyles';
import type { ReportAction, SessionReport } from './report';

/** Pass these as `margin` with the footer template: the footer prints inside the bottom margin. */
export { PRINT_MARGINS, type PageSize } from './printStyles';

export interface PrintOptions {
  pageSize?: PageSize;
  /** Force the table of contents on or off; by default it appears on long sessions. */
  toc?: boolean;
}

/**
 * Footer for `page.pdf({ displayHeaderFooter: true, footerTemplate })` and Electron's printToPDF.
 * Chromium fills `.title`, `.pageNumber` and `.totalPages`; the template needs its own font size.
 */
export const printFooterTemplate = `<div style="width:100%;font-size:8px;font-family:'Liberation Sans',Arial,sans-serif;color:#5b6776;padding:0 15mm;display:flex;justify-content:space-between;-webkit-print-color-adjust:exact"><span class="title"></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

/** An empty header, so Chromium does not print its default date and URL header. */
export const printHeaderTemplate = '<div></div>';

/** A session is long enough for a table of contents when it will run past a handful of pages. */
export function isLongSession(report: SessionReport): boolean {
  const blocks = report.days.reduce((s, d) => s + d.blocks.length, 0);
  return blocks > 8 || report.noteCount + report.actions.length + report.decisions.length > 40;
}

function cover(report: SessionReport): string {
  const facts: string[] = [];
  const dates = dateRange(report.dates);
  if (dates) facts.push(`<dt>Dates</dt><dd>${h(dates)}</dd>`);
  if (report.facilitator)
    facts.push(`<dt>Facilitator</dt><dd dir="auto">${h(report.facilitator)}</dd>`);
  facts.push(
    `<dt>Participants (${report.participants.length})</dt><dd>${
      report.participants.length
        ? report.participants.map((p) => `<span dir="auto">${h(p)}</span>`).join(', ')
        : 'none recorded'
    }</dd>`,
  );
  const blocks = report.days.reduce((s, d) => s + d.blocks.length, 0);
  const stat = (n: number, label: string) =>
    `<div class="stat"><b>${n}</b><span>${label}</span></div>`;
  return `<section class="cover">
<div class="band"><div class="kicker">Workshop report</div>
<h1 class="user" dir="auto">${h(report.title || 'Untitled session')}</h1>
<dl class="facts">${facts.join('')}</dl>
<div class="stats">${stat(report.days.length, 'days')}${stat(blocks, 'agenda blocks')}${stat(report.noteCount, 'notes')}${stat(report.decisions.length, 'decisions')}${stat(report.actions.length, 'actions')}${stat(report.measures.length, 'measures')}</div>
</div>
<footer>Exported ${h(report.generatedAtLabel)} with Offsite.</footer>
</section>`;
}

interface Part {
  id: string;
  title: string;
  body: string;
  subs?: { id: string; title: string }[];
}

function toc(parts: Part[]): string {
  const items = parts
    .map((p, i) => {
      const subs = (p.subs ?? [])
        .map(
          (s) =>
            `<li class="toc-sub"><a href="#${s.id}"><span class="user" dir="auto">${h(s.title)}</span></a></li>`,
        )
        .join('');
      return `<li><span class="n">${i + 1}</span><a href="#${p.id}">${h(p.title)}</a></li>${subs}`;
    })
    .join('');
  return `<section class="toc"><h2>Contents</h2><ol>${items}</ol></section>`;
}

/** The whole report as one printable HTML document. */
export function toPrintHtml(report: SessionReport, options: PrintOptions = {}): string {
  const pageSize = options.pageSize ?? 'A4';
  const byRef = new Map<string, ReportAction>(report.actions.map((a) => [a.ref, a]));
  const blocks = report.days.flatMap((d) =>
    d.blocks
      .filter((b) => b.prompt || b.columns.length || b.privateNoteCount)
      .map((b) => ({ d, b })),
  );
  const parts: Part[] = [{ id: 'agenda', title: 'Agenda', body: agendaSection(report) }];
  if (blocks.length)
    parts.push({
      id: 'blocks',
      title: 'Blocks and notes',
      body: blocks.map(({ d, b }) => blockSection(d, b, byRef)).join('\n'),
      subs: blocks.map(({ d, b }) => ({
        id: blockAnchor(d, b),
        title: `${d.number}.${b.number} ${b.title}`,
      })),
    });
  if (report.looseNotes.length)
    parts.push({ id: 'notes', title: 'Notes', body: looseNotesSection(report, byRef) });
  parts.push(
    { id: 'decisions', title: 'Decisions', body: decisionsSection(report) },
    { id: 'actions', title: 'Action items', body: actionsSection(report) },
    { id: 'measures', title: 'Measures', body: measuresSection(report) },
    { id: 'minutes', title: 'How we spent our minutes', body: minutesSection(report) },
  );
  const showToc = options.toc ?? isLongSession(report);
  // Short sections share pages; the agenda, boards, decisions and actions each start a fresh page.
  const newPage = new Set(['agenda', 'blocks', 'decisions', 'actions']);
  const body = parts
    .map(
      (p) =>
        `<section id="${p.id}"${newPage.has(p.id) ? ' class="section"' : ' style="margin-top:18pt"'}><h2>${h(p.title)}</h2>\n${p.body}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(report.title || 'Untitled session')}</title>
<style>${printCss(pageSize)}</style></head>
<body>
${cover(report)}
${showToc ? toc(parts) : ''}
${body}
</body></html>
`;
}
