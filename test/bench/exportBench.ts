// Export timings for a session of 3,000 notes: Markdown, print HTML and PDF (Chromium page.pdf, as
// Electron's printToPDF). Returns milliseconds (and sizes) keyed by measurement; not wired to a runner.
import { launchBrowser } from '../e2e/browser';
import { toMarkdown } from '../../shared/export/markdown';
import {
  PRINT_MARGINS,
  printFooterTemplate,
  printHeaderTemplate,
  toPrintHtml,
} from '../../shared/export/printHtml';
import { largeReport } from '../fixtures/reports/large';

export async function benchExport(noteCount = 3000): Promise<Record<string, number>> {
  let t = performance.now();
  const report = largeReport(noteCount);
  const buildMs = performance.now() - t;

  t = performance.now();
  const md = toMarkdown(report);
  const markdownMs = performance.now() - t;

  t = performance.now();
  const html = toPrintHtml(report, { pageSize: 'A4' });
  const printHtmlMs = performance.now() - t;

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    t = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: printHeaderTemplate,
      footerTemplate: printFooterTemplate,
      margin: PRINT_MARGINS,
    });
    const pdfMs = performance.now() - t;
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return {
      notes: report.noteCount,
      buildReportMs: Math.round(buildMs),
      markdownMs: Math.round(markdownMs),
      markdownBytes: md.length,
      printHtmlMs: Math.round(printHtmlMs),
      printHtmlBytes: html.length,
      pdfMs: Math.round(pdfMs),
      pdfBytes: pdf.length,
      pdfPages: pages,
    };
  } finally {
    await browser.close();
  }
}
