// Export timings for a session of 3,000 notes, from a real Y.Doc as the console and the host make
// them: reading the doc (fromDoc), Markdown, the actions CSV, the calendar, print HTML and PDF
// (Chromium page.pdf as the host prints it: a draft for the contents' page numbers, then the
// final print). Returns milliseconds (and sizes) keyed by measurement.
import * as Y from 'yjs';
import { envNumber } from './stats';
import { launchBrowser } from '../e2e/browser';
import { reportFromDoc } from '../../shared/export/fromDoc';
import { toMarkdown } from '../../shared/export/markdown';
import { toActionsCsv } from '../../shared/export/actionsCsv';
import { toCalendarIcs } from '../../shared/export/calendarIcs';
import { printInPage } from '../../electron/host/http/pdfRenderer';
import {
  PRINT_MARGINS,
  printFooterTemplate,
  printHeaderTemplate,
  toPrintHtml,
} from '../../shared/export/printHtml';
import { applyTemplate } from '../../shared/templates';
import { initSession, joinSession } from '../../shared/model/session/commands';
import { getAgenda } from '../../shared/model/agenda/read';
import { BOARD_KINDS } from '../../shared/model/agenda/names';
import {
  addBoardNote,
  createAuthorKey,
  createFacilitatorSecret,
  groupNotes,
  nameGroup,
  revealNotes,
  setupBoard,
  type BoardViewer,
} from '../../shared/model/board';
import { addAction, addDecision } from '../../shared/model/registers/commands';
import { setSessionDetails } from '../../shared/model/session/details';

/** The strategy offsite with its board blocks holding `noteCount` revealed notes, some grouped. */
export function makeExportDoc(noteCount: number): { doc: Y.Doc; facilitator: BoardViewer } {
  const doc = new Y.Doc();
  initSession(doc, { title: 'Strategy offsite (bench)', now: 1_700_000_000_000 });
  applyTemplate(doc, 'strategy-offsite');
  // Dates and a zone, so the calendar has the agenda's events at their times.
  setSessionDetails(doc, {
    startDate: '2026-11-26',
    endDate: '2026-11-27',
    place: 'Bench room',
    timeZone: 'Europe/Berlin',
  });
  const facilitator: BoardViewer = {
    participantId: 'facilitator',
    isFacilitator: true,
    facilitatorSecret: createFacilitatorSecret(),
    authorKey: createAuthorKey(),
  };
  const blocks = getAgenda(doc)
    .days.flatMap((d) => d.blocks)
    .filter((b) => BOARD_KINDS.includes(b.kind));
  doc.transact(() => {
    for (let p = 0; p < 40; p++) joinSession(doc, { id: `p${p}`, name: `Person ${p}`, now: p });
    for (const b of blocks) {
      const columns = b.columns.length ? b.columns : ['Notes'];
      setupBoard(doc, {
        blockId: b.id,
        facilitator,
        options: { columns: columns.map((title, i) => ({ id: `c${i + 1}`, title })) },
      });
      revealNotes(doc, { blockId: b.id, facilitator });
    }
    for (let i = 0; i < noteCount; i++) {
      const b = blocks[i % blocks.length]!;
      addBoardNote(doc, {
        blockId: b.id,
        author: { participantId: `p${i % 40}`, name: `Person ${i % 40}`, isFacilitator: false },
        id: `n${i}`,
        text: `Idea ${i}: ${['faster onboarding', 'clearer fees', 'better payouts', 'fewer tickets'][i % 4]} — with enough words to wrap onto a second line in print.`,
        column: `c${1 + (i % Math.max(1, b.columns.length))}`,
        now: 1_700_000_000_000 + i,
      });
    }
    for (let i = 0; i + 2 * blocks.length < noteCount; i += 10 * blocks.length) {
      const b = blocks[i % blocks.length]!;
      groupNotes(doc, {
        noteIds: [`n${i + blocks.length}`],
        ontoId: `n${i}`,
        actor: facilitator,
      });
      nameGroup(doc, { blockId: b.id, groupId: `g-n${i}`, name: `Theme ${i}`, actor: facilitator });
    }
    for (let i = 0; i < 30; i++) {
      addDecision(doc, {
        title: `Decision ${i}`,
        decision: 'We will.',
        now: 1_700_000_100_000 + i,
      });
      addAction(doc, {
        title: `Action ${i}`,
        responsible: `Person ${i}`,
        due: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
        successMeasure: `Measure ${i} moved`,
        sourceNoteIds: [`n${i * 7}`],
        now: 1_700_000_200_000 + i,
      });
    }
  });
  return { doc, facilitator };
}

export async function benchExport(
  noteCount = envNumber('OFFSITE_EXPORT_NOTES', 3000),
): Promise<Record<string, number>> {
  const { doc, facilitator } = makeExportDoc(noteCount);

  let t = performance.now();
  const report = reportFromDoc(doc, { viewer: facilitator, now: 1_700_001_000_000 });
  const fromDocMs = performance.now() - t;

  t = performance.now();
  const md = toMarkdown(report);
  const markdownMs = performance.now() - t;

  t = performance.now();
  const csv = toActionsCsv(report);
  const csvMs = performance.now() - t;

  t = performance.now();
  const ics = toCalendarIcs(report);
  const icsMs = performance.now() - t;

  t = performance.now();
  const html = toPrintHtml(report, { pageSize: 'A4' });
  const printHtmlMs = performance.now() - t;

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    t = performance.now();
    // As the host prints it: a draft for the contents' page numbers, then the final print.
    const pdf = Buffer.from(
      await printInPage(page, html, {
        format: 'A4',
        margins: PRINT_MARGINS,
        header: printHeaderTemplate,
        footer: printFooterTemplate,
      }),
    );
    const pdfMs = performance.now() - t;
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return {
      notes: report.noteCount,
      fromDocMs: Math.round(fromDocMs),
      markdownMs: Math.round(markdownMs),
      markdownTotalMs: Math.round(fromDocMs + markdownMs),
      markdownBytes: md.length,
      actionsCsvMs: Math.round(csvMs * 100) / 100,
      actionsCsvBytes: csv.length,
      calendarIcsMs: Math.round(icsMs * 100) / 100,
      calendarIcsBytes: ics.length,
      printHtmlMs: Math.round(printHtmlMs),
      printHtmlBytes: html.length,
      pdfMs: Math.round(pdfMs),
      pdfTotalMs: Math.round(fromDocMs + printHtmlMs + pdfMs),
      pdfBytes: pdf.length,
      pdfPages: pages,
    };
  } finally {
    await browser.close();
  }
}
