// The PDF export end to end: the print HTML of fixture sessions printed by Chromium (as Electron's
// printToPDF does), then checked with poppler's pdftotext and pdfinfo (DESIGN.md §6).
import { test, expect } from './fixtures';
import type { Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PRINT_MARGINS,
  printFooterTemplate,
  printHeaderTemplate,
  toPrintHtml,
} from '../../shared/export/printHtml';
import type { PageSize } from '../../shared/export/printStyles';
import type { SessionReport } from '../../shared/export/report';
import { strategyReport } from '../fixtures/reports/strategy';
import { hostileReport, HOSTILE_TEXTS } from '../fixtures/reports/hostile';
import { reportFromDoc } from '../../shared/export/fromDoc';
import { strategyDoc } from '../fixtures/sessions/strategyDoc';

const dir = mkdtempSync(join(tmpdir(), 'offsite-pdf-'));

async function printPdf(
  browser: Browser,
  report: SessionReport,
  format: PageSize,
  name: string,
): Promise<string> {
  const page = await browser.newPage();
  await page.setContent(toPrintHtml(report, { pageSize: format }), { waitUntil: 'load' });
  const file = join(dir, `${name}.pdf`);
  await page.pdf({
    path: file,
    format,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: printHeaderTemplate,
    footerTemplate: printFooterTemplate,
    margin: PRINT_MARGINS,
  });
  await page.close();
  if (process.env.OFFSITE_PDF_PNG)
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, name)]);
  return file;
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/**
 * pdftotext wraps lines, so compare with whitespace removed; and glyphs the machine has no font for
 * (colour emoji on a bare Debian) are missing from the PDF, so leave emoji out of the comparison.
 */
const flat = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(
      /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f/gu,
      '',
    );
const has = (haystack: string, needle: string, what: string) =>
  expect(haystack.includes(needle), `${what} is in the PDF: ${needle.slice(0, 80)}`).toBe(true);

function pdfInfo(file: string): { pages: number; size: [number, number] } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  // Chromium rounds page sizes to whole CSS pixels: A4 comes out as 595.92 x 842.88 pts.
  return { pages, size: [Math.floor(Number(m?.[1])), Math.floor(Number(m?.[2]))] };
}

function expectAllText(report: SessionReport, text: string): void {
  const all = flat(text);
  const notes = [
    ...report.days.flatMap((d) =>
      d.blocks.flatMap((b) =>
        b.columns.flatMap((c) => [...c.ungrouped, ...c.groups.flatMap((g) => g.notes)]),
      ),
    ),
    ...report.looseNotes,
  ];
  expect(notes.length).toBe(report.noteCount);
  for (const n of notes) has(all, flat(n.text), `note ${n.id}`);
  for (const d of report.decisions) {
    has(all, flat(d.title), `decision ${d.ref}`);
    has(all, flat(d.decision), `decision ${d.ref}`);
  }
  for (const a of report.actions) has(all, flat(a.title), `action ${a.ref}`);
  for (const m of report.measures) has(all, flat(m.name), `measure ${m.ref}`);
}

test('the strategy offsite prints on A4 with every note, decision and action', async ({
  browser,
}) => {
  const report = strategyReport();
  const file = await printPdf(browser, report, 'A4', 'strategy-a4');
  const info = pdfInfo(file);
  expect(info.pages).toBeGreaterThan(1);
  expect(info.size).toEqual([595, 842]);
  const text = pdfText(file);
  expectAllText(report, text);
  expect(text).toContain(`Page 1 of ${info.pages}`);
  expect(text).toContain(`Page ${info.pages} of ${info.pages}`);
  expect(text).toContain('Contents');
});

test('the strategy offsite prints on Letter', async ({ browser }) => {
  const report = strategyReport();
  const file = await printPdf(browser, report, 'Letter', 'strategy-letter');
  const info = pdfInfo(file);
  expect(info.pages).toBeGreaterThan(1);
  expect(info.size).toEqual([612, 792]);
  expectAllText(report, pdfText(file));
});

test('hostile text prints as text, and no script runs', async ({ browser }) => {
  const report = hostileReport();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.setContent(toPrintHtml(report), { waitUntil: 'load' });
  expect(await page.locator('script, img, a[href^="javascript"]').count()).toBe(0);
  expect(await page.title()).toBe(report.title);
  await page.close();
  expect(errors).toEqual([]);
  const text = flat(pdfText(await printPdf(browser, report, 'A4', 'hostile-a4')));
  for (const t of HOSTILE_TEXTS.slice(0, -1)) {
    // pdftotext cannot give back tabs or bidi order faithfully; check the visible characters.
    if (/[\u0590-\u06ff]/.test(t)) continue;
    has(text, flat(t), 'hostile note');
  }
  has(text, 'x'.repeat(500), 'the 10,000-character note');
});

test('a live session doc prints every readable note and says how many are still private', async ({
  browser,
}) => {
  const s = strategyDoc();
  const report = reportFromDoc(s.doc, { now: s.now, timeZone: 'UTC', viewer: s.facilitator });
  const file = await printPdf(browser, report, 'A4', 'strategy-doc-a4');
  const info = pdfInfo(file);
  expect(info.size).toEqual([595, 842]);
  const text = pdfText(file);
  expectAllText(report, text);
  for (const n of s.visibleNotes) has(flat(text), flat(n), 'note');
  expect(flat(text)).toContain(flat('2 notes still private (written but not yet revealed)'));
  expect(text).not.toContain('Mike wants weekly reports');
  expect(text).toContain(`Page ${info.pages} of ${info.pages}`);
});
