// The PDF export end to end: the print HTML of fixture sessions printed by Chromium (as Electron's
// printToPDF does), then checked with poppler's pdftotext and pdfinfo.
import { test, expect } from './fixtures';
import type { Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PRINT_MARGINS,
  printFooterTemplate,
  printHeaderTemplate,
  toPrintHtml,
} from '../../shared/export/printHtml';
import type { PageSize } from '../../shared/export/printStyles';
import { printInPage } from '../../electron/host/http/pdfRenderer';
import type { SessionReport } from '../../shared/export/report';
import { strategyReport } from '../fixtures/reports/strategy';
import { hostileReport, HOSTILE_TEXTS } from '../fixtures/reports/hostile';
import { reportFromDoc } from '../../shared/export/fromDoc';
import { strategyDoc } from '../fixtures/sessions/strategyDoc';
import { HEAVY_TITLE, seedHeavySession } from '../fixtures/heavySession';
import { blocksWithContent } from '../../shared/export/outline';
import * as Y from 'yjs';

const dir = mkdtempSync(join(tmpdir(), 'offsite-pdf-'));

/** Prints as the host and the desktop app do: twice, so the contents carry page numbers. */
async function printPdf(
  browser: Browser,
  report: SessionReport,
  format: PageSize,
  name: string,
): Promise<string> {
  const page = await browser.newPage();
  const pdf = await printInPage(page, toPrintHtml(report, { pageSize: format }), {
    format,
    margins: PRINT_MARGINS,
    header: printHeaderTemplate,
    footer: printFooterTemplate,
  });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
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

/** Per page, how far down its text goes (0 to 1), the footer's page number left out. */
function textDepth(file: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
      const words = [...page.matchAll(/yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
        y: Number(m[1]),
        w: m[2]!,
      }));
      // The footer (title and "Page n of m") sits in the bottom margin.
      const body = words.filter((x) => x.y < height - 40);
      return Math.max(0, ...body.map((x) => x.y)) / height;
    });
}

function expectAllText(report: SessionReport, text: string): void {
  const all = flat(text);
  const notes = [
    ...report.days.flatMap((d) =>
      d.blocks.flatMap((b) => [
        ...b.notes,
        ...b.columns.flatMap((c) => [...c.ungrouped, ...c.groups.flatMap((g) => g.notes)]),
      ]),
    ),
  ];
  // The cover's count is the blocks' notes; the parking lot is counted apart.
  expect(notes.length).toBe(report.noteCount);
  notes.push(...report.looseNotes);
  for (const n of notes) has(all, flat(n.text), `note ${n.id}`);
  for (const d of report.decisions) {
    has(all, flat(d.title), `decision ${d.ref}`);
    has(all, flat(d.decision), `decision ${d.ref}`);
  }
  for (const a of report.actions) has(all, flat(a.title), `action ${a.ref}`);
  // A table cell that wraps is read with the row's other cells between its lines: its words in
  // order, close together.
  for (const m of report.measures)
    expect(
      new RegExp(
        m.name
          .split(/\s+/)
          .map((w) => flat(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\s\\S]{0,120}?'),
      ).test(all),
      `measure ${m.ref} is in the PDF: ${m.name}`,
    ).toBe(true);
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

test('the PDF is tagged for screen readers: its title, language, headings in order and lists', async ({
  browser,
}) => {
  const report = strategyReport();
  const file = await printPdf(browser, report, 'A4', 'strategy-tagged');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(new RegExp(`^Title:\\s+${report.title}$`, 'm'));
  // The document's language, from the print HTML's lang, in the catalogue.
  expect(execFileSync('strings', [file], { encoding: 'utf8' })).toMatch(/\/Lang \(en\)/);
  // The structure tree (poppler's pdfinfo -struct): one H1 (the title), then the sections as H2
  // with their blocks under them, tables and lists as such, no page content left untagged.
  const struct = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
  const headings = [...struct.matchAll(/^\s*(H\d)\b/gm)].map((m) => m[1]);
  expect(headings[0]).toBe('H1');
  expect(headings.filter((h) => h === 'H1')).toHaveLength(1);
  expect(headings.filter((h) => h === 'H2').length).toBeGreaterThanOrEqual(3);
  // Never a level skipped on the way down (H1 then H3 would lose a screen reader's outline).
  for (let i = 1; i < headings.length; i++)
    expect(Number(headings[i]!.slice(1)) - Number(headings[i - 1]!.slice(1))).toBeLessThanOrEqual(
      1,
    );
  expect(struct).toMatch(/^\s*Table\b/m);
  expect(struct).toMatch(/^\s*L\b/m);
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

test('the heavy session: cover, contents with true page numbers, sections in order, whole words', async ({
  browser,
}) => {
  const doc = new Y.Doc();
  const s = seedHeavySession(doc);
  const report = reportFromDoc(doc, { now: s.now, viewer: s.facilitator });
  const file = await printPdf(browser, report, 'A4', 'heavy-a4');
  const info = pdfInfo(file);
  // pdftotext separates pages with a form feed. Layout mode keeps the contents' page numbers on
  // their lines; reading order keeps each table cell's text together.
  const layout = pdfText(file).split('\f').slice(0, info.pages);
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, info.pages);
  expect(pages).toHaveLength(info.pages);
  // Case-blind: labels and column titles print in capitals.
  const onPage = (n: number, text: string) =>
    flat(pages[n - 1] ?? '')
      .toLowerCase()
      .includes(flat(text).toLowerCase());

  // Page 1 is the cover, page 2 the contents, and the summary begins below them (a page break
  // after the contents left most of page 2 blank).
  for (const t of [HEAVY_TITLE, 'Lakeside Conference Centre', 'Fran Facilitator', 'Attended (8)'])
    expect(onPage(1, t), t).toBe(true);
  expect(onPage(1, 'Samira Haddad')).toBe(true);
  expect(onPage(1, 'Sam,')).toBe(false);
  expect(layout[1]).toContain('Contents');

  // Every contents entry names the page its heading is printed on.
  const toc = layout[1]!.split(/^\s*Summary\s*$/m)[0]!;
  const entries = [...toc.matchAll(/^(\s*)(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({
    title: m[2]!,
    page: Number(m[3]),
    sub: m[1]!.length > 0,
  }));
  const titles = entries.map((e) => e.title);
  expect(titles.slice(0, 3)).toEqual(['Summary', 'Agenda as it ran', 'Notes by block']);
  expect(titles).toContain('Appendix');
  expect(titles).toContain('Actions with RACI');
  expect(entries.length).toBeGreaterThanOrEqual(10);
  for (const e of entries) {
    expect(e.page, e.title).toBeGreaterThanOrEqual(2);
    expect(onPage(e.page, e.title), `${e.title} on page ${e.page}`).toBe(true);
    // A part's title first appears on its page (block titles also sit in the agenda table).
    if (!e.sub)
      for (let p = 3; p < e.page; p++)
        expect(onPage(p, e.title), `${e.title} not before page ${e.page}`).toBe(false);
  }
  const pageOf = (t: string) => entries.find((e) => e.title === t)!.page;
  expect(pageOf('Summary')).toBe(2);

  // Sections in the Markdown's order, after the contents.
  const body = flat(pages.slice(1).join('\n'));
  const order: string[] = [
    'Summary',
    'Decisions',
    'Actions',
    'Measures',
    'Vote results',
    'Agenda as it ran',
    'Notes by block',
    '1.2 Vision',
    '1.9 Engineering roadmap',
    '1.10 Vote on roadmap priorities',
    'Appendix',
    'Parking lot',
    'Questions from the room',
    'Polls',
    'Decisions in full',
    'Actions with RACI',
  ];
  // Each one after the one before (block titles also sit earlier, in the agenda table), from
  // after the contents' last entry.
  let at = body.indexOf(flat('Actions with RACI')) + 1;
  for (const t of order) {
    const i = body.indexOf(flat(t), at);
    expect(i, `${t} comes after what precedes it`).toBeGreaterThanOrEqual(0);
    at = i + 1;
  }
  expectAllText(report, pages.join('\n'));
  // Blocks that never ran are one line each in the agenda, not empty sections.
  expect(body.split(flat('Personas: who we build for')).length - 1).toBe(1);

  // No word is split inside a table cell: every word of the RACI table is whole on its pages.
  const raciText = pages.slice(pageOf('Actions with RACI') - 1).join('\n');
  const summaryText = pages.slice(pageOf('Summary') - 1, pageOf('Agenda as it ran')).join('\n');
  for (const a of report.actions) {
    const words = [
      a.title,
      a.responsible,
      a.accountable,
      ...a.consulted,
      ...a.informed,
      a.successMeasure,
    ]
      .join(' ')
      .split(/\s+/)
      .filter((w) => /^[A-Za-z]{4,}$/.test(w));
    for (const w of words)
      expect(raciText, `"${w}" whole in the RACI table`).toMatch(new RegExp(`\\b${w}\\b`));
    for (const w of [a.title, a.responsible, a.successMeasure]
      .join(' ')
      .split(/\s+/)
      .filter((x) => /^[A-Za-z]{4,}$/.test(x)))
      expect(summaryText, `"${w}" whole in the summary`).toMatch(new RegExp(`\\b${w}\\b`));
  }

  // No page ends with a heading: the last line above the footer is never a section, block,
  // column or group heading.
  const headings = [
    'Summary',
    'Agenda as it ran',
    'Notes by block',
    'Appendix',
    'Decisions',
    'Actions',
    'Measures',
    'Vote results',
    // Block headings of the blocks that have a section (the rest are agenda lines, not headings).
    ...blocksWithContent(report).map(
      ({ day, block }) => `${day.number}.${block.number} ${block.title}`,
    ),
    ...report.days.flatMap((d) =>
      d.blocks.flatMap((b) =>
        b.columns.flatMap((c) => [c.title.toUpperCase(), ...c.groups.map((g) => g.name)]),
      ),
    ),
  ].map(flat);
  for (const i of pages.keys()) {
    if (i < 2) continue; // the cover and the contents
    const lines = layout[i]!.split('\n').filter((l) => l.trim() && !/Page \d+ of \d+/.test(l));
    const last = flat(lines[lines.length - 1] ?? '');
    expect(
      headings.some((h) => h && (last === h || last.startsWith(h))),
      `page ${i + 1} ends with a heading: ${last}`,
    ).toBe(false);
  }
  // No page but the cover and the last is left half blank: its text reaches past the middle.
  const filled = textDepth(file);
  expect(filled).toHaveLength(info.pages);
  for (const [i, depth] of filled.entries())
    if (i > 0 && i < filled.length - 1)
      expect(depth, `page ${i + 1} filled to ${Math.round(depth * 100)}%`).toBeGreaterThan(0.75);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'heavy-a4')]);
  console.log(`heavy session PDF and pages in ${dir}`);
});
