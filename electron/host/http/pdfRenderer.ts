// Turns the print HTML into a PDF. The desktop app passes Electron's printToPDF; the headless host
// (plain Node, no browser of its own) launches a Chromium through playwright-core when both are
// present, and otherwise says clearly that it cannot (the API answers 501).
import { existsSync } from 'node:fs';
import type { PageSize } from '../../../shared/export/printHtml';
import { fillSlotsScript, printTwice } from '../../../shared/export/printPages';

export type RenderPdf = (html: string, pageSize: PageSize) => Promise<Uint8Array>;

export class PdfUnavailableError extends Error {}

/** The footer template, or a function of the print HTML that gives it (its language's). */
export type Footer = string | ((html: string) => string);

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** OFFSITE_CHROMIUM when set (it must exist), else the first system Chromium or Chrome found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.OFFSITE_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** What printInPage needs of a Playwright page (playwright-core and @playwright/test alike). */
export interface PrintablePage {
  setContent(html: string, o: { waitUntil: 'load' }): Promise<void>;
  pdf(o: Record<string, unknown>): Promise<Uint8Array>;
  evaluate(expression: string): Promise<unknown>;
}

interface PlaywrightCore {
  chromium: {
    launch(o: { executablePath: string; headless: boolean; args: string[] }): Promise<{
      newPage(): Promise<PrintablePage>;
      close(): Promise<void>;
    }>;
  };
}

/**
 * Prints the export in a Playwright page: a draft without backgrounds (same layout, cheaper) for
 * the contents' page numbers, the numbers written into the loaded page, then the
 * final print. One parse and layout instead of two.
 */
export async function printInPage(
  page: PrintablePage,
  html: string,
  options: { format: PageSize; margins: Record<string, string>; header: string; footer: Footer },
): Promise<Uint8Array> {
  const pdf = (draft: boolean) =>
    page.pdf({
      format: options.format,
      printBackground: !draft,
      displayHeaderFooter: true,
      headerTemplate: options.header,
      footerTemplate: typeof options.footer === 'string' ? options.footer : options.footer(html),
      margin: options.margins,
      // Tagged (headings, lists, tables and the document's language for screen readers) and
      // with an outline of its headings.
      tagged: true,
      outline: true,
    });
  await page.setContent(html, { waitUntil: 'load' });
  return printTwice(html, {
    draft: () => pdf(true),
    final: async (pages) => {
      if (pages.size) await page.evaluate(fillSlotsScript(pages));
      return pdf(false);
    },
  });
}

/** The headless host's renderer: one Chromium per export, closed afterwards (exports are rare). */
export function playwrightPdfRenderer(print: {
  margins: Record<string, string>;
  header: string;
  footer: Footer;
}): RenderPdf {
  return async (html, pageSize) => {
    const executablePath = findChromium();
    if (!executablePath)
      throw new PdfUnavailableError(
        'PDF export on the headless host needs Chromium: install it (e.g. apt-get install chromium) or set OFFSITE_CHROMIUM to its path. Markdown export works without it.',
      );
    let pw: PlaywrightCore;
    try {
      // A variable specifier keeps the bundler from inlining it: playwright-core stays optional.
      const name = 'playwright-core';
      pw = (await import(name)) as PlaywrightCore;
    } catch {
      throw new PdfUnavailableError(
        'PDF export on the headless host needs the playwright-core package (npm install playwright-core). Markdown export works without it.',
      );
    }
    const browser = await pw.chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      // Printed twice: the first print tells the contents their page numbers (printPages.ts).
      return await printInPage(page, html, { format: pageSize, ...print });
    } finally {
      await browser.close();
    }
  };
}
