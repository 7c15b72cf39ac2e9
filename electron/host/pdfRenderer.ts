// Turns the print HTML into a PDF. The desktop app passes Electron's printToPDF; the headless host
// (plain Node, no browser of its own) launches a Chromium through playwright-core when both are
// present, and otherwise says clearly that it cannot (the API answers 501).
import { existsSync } from 'node:fs';
import type { PageSize } from '../../shared/export/printHtml';
import { printWithContentsPages } from '../../shared/export/printPages';

export type RenderPdf = (html: string, pageSize: PageSize) => Promise<Uint8Array>;

export class PdfUnavailableError extends Error {}

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

interface PlaywrightCore {
  chromium: {
    launch(o: { executablePath: string; headless: boolean; args: string[] }): Promise<{
      newPage(): Promise<{
        setContent(html: string, o: { waitUntil: 'load' }): Promise<void>;
        pdf(o: Record<string, unknown>): Promise<Uint8Array>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

/** The headless host's renderer: one Chromium per export, closed afterwards (exports are rare). */
export function playwrightPdfRenderer(print: {
  margins: Record<string, string>;
  header: string;
  footer: string;
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
      return await printWithContentsPages(html, async (doc) => {
        await page.setContent(doc, { waitUntil: 'load' });
        return page.pdf({
          format: pageSize,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: print.header,
          footerTemplate: print.footer,
          margin: print.margins,
        });
      });
    } finally {
      await browser.close();
    }
  };
}
