// The PDF layout: ONE self-contained HTML document (inline CSS, no scripts, no external resources)
// that Electron's printToPDF and Chromium's page.pdf() print. Page numbers come from the footer
// template below, because Chromium's PDF printer ignores CSS @page counters; the contents get
// theirs from a first print (printPages.ts).
import { sinceHtml } from './sinceLastTime';
import { escapeHtml as h } from './escape';
import { blocksWithContent, blockRef } from './outline';
import { exportWords } from './exportWords';
import { agendaSection, appendixParts, blockAnchor, blockSection } from './printSections';
import { cover, summarySection, u } from './printSummary';
import { printCss, type PageSize } from './printStyles';
import { contentsPageSlot } from './printPages';
import type { ReportAction, SessionReport } from './report';

/** Pass these as `margin` with the footer template: the footer prints inside the bottom margin. */
export { PRINT_MARGINS, type PageSize } from './printStyles';

export interface PrintOptions {
  pageSize?: PageSize;
}

/**
 * Footer for `page.pdf({ displayHeaderFooter: true, footerTemplate })` and Electron's printToPDF.
 * Chromium fills `.title`, `.pageNumber` and `.totalPages`; the template needs its own font size.
 */
export function printFooterFor(language: unknown): string {
  const w = exportWords(language);
  return `<div style="width:100%;font-size:8px;font-family:'Liberation Sans',Arial,sans-serif;color:#5b6776;padding:0 15mm;display:flex;justify-content:space-between;-webkit-print-color-adjust:exact"><span class="title"></span><span>${h(w.page)} <span class="pageNumber"></span> ${h(w.of)} <span class="totalPages"></span></span></div>`;
}

/** The English footer ("Page 3 of 12"). */
export const printFooterTemplate = printFooterFor('en');

/** The footer in the print document's own language (its `<html lang>`), for whoever prints it. */
export function printFooterOf(html: string): string {
  return printFooterFor(/<html lang="([a-z]{2,3})"/.exec(html)?.[1]);
}

/** An empty header, so Chromium does not print its default date and URL header. */
export const printHeaderTemplate = '<div></div>';

interface Entry {
  id: string;
  title: string;
  sub: boolean;
}

function contents(entries: Entry[], title: string): string {
  const items = entries
    .map(
      (e) =>
        `<li class="${e.sub ? 'toc-sub' : 'toc-main'}"><a href="#${e.id}"><span class="user" dir="auto">${h(e.title)}</span></a><span class="leader"></span>${contentsPageSlot(e.id)}</li>`,
    )
    .join('');
  return `<section class="toc"><h2>${h(title)}</h2><ol>${items}</ol></section>`;
}

/** The whole report as one printable HTML document, in the same order as the Markdown. */
export function toPrintHtml(report: SessionReport, options: PrintOptions = {}): string {
  const pageSize = options.pageSize ?? 'A4';
  const w = exportWords(report.language);
  const titles = w.sections;
  const byRef = new Map<string, ReportAction>(report.actions.map((a) => [a.ref, a]));
  const blocks = blocksWithContent(report);
  const appendix = appendixParts(report, byRef);
  const since = report.sinceLastTime;
  const entries: Entry[] = [
    ...(since ? [{ id: 'since', title: w.say.since.title, sub: false }] : []),
    { id: 'summary', title: titles.summary, sub: false },
    { id: 'agenda', title: titles.agenda, sub: false },
    { id: 'blocks', title: titles.blocks, sub: false },
    ...blocks.map(({ day, block }) => ({
      id: blockAnchor(day, block),
      title: `${blockRef(day, block)} ${block.title}`,
      sub: true,
    })),
    { id: 'appendix', title: titles.appendix, sub: false },
    ...appendix.map((p) => ({ id: p.id, title: p.title, sub: true })),
  ];
  const section = (id: string, title: string, body: string, cls = '') =>
    `<section id="${id}" class="part${cls}"><h2>${h(title)}</h2>\n${body}</section>`;
  const body = [
    ...(since ? [section('since', w.say.since.title, sinceHtml(since, u, w))] : []),
    section('summary', titles.summary, summarySection(report), ' first'),
    section('agenda', titles.agenda, agendaSection(report)),
    section(
      'blocks',
      titles.blocks,
      blocks.length
        ? blocks.map(({ day, block }) => blockSection(day, block, report, byRef)).join('\n')
        : `<p class="empty">${h(w.empty.notes)}</p>`,
    ),
    section(
      'appendix',
      titles.appendix,
      appendix
        .map(
          (p) =>
            `<section id="${p.id}" class="appendix-part"><h3>${h(p.title)}</h3>\n${p.body}</section>`,
        )
        .join('\n'),
    ),
  ].join('\n');
  return `<!doctype html>
<html lang="${w.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(report.title || w.untitled)}</title>
<style>${printCss(pageSize)}</style></head>
<body>
${cover(report)}
${contents(entries, w.contents)}
${body}
</body></html>
`;
}
