// Board bench: a board of 3,000 notes. (1) Time until it is rendered on a newly opened
// attendee page (from navigation until its columns count 3,000 notes and show the first ones). (2) Main-thread
// time the projector spends per incoming note: from the start of the board's read (a
// performance measure the renderer records) until the note is in the DOM, which covers the
// read, React's render and the commit. Plus the read itself in Node, full vs incremental.
import type { Page } from '@playwright/test';
import { launchBrowser } from '../e2e/browser';
import { startHeadlessHost, removeDir } from '#kit/headlessHost';
import { addBoardNote, readBoard, type BoardViewer } from '../../shared/model/board';
import { IncrementalBoardReader } from '../../shared/model/board/incrementalBoard';
import type { HubPeer } from '#kit/hubPeer';
import { author, makeBoardDoc } from '#kit/seeds/board';
import { seedRevealedBoard } from '#kit/seeds/hostedBoard';
import { envNumber, summarize } from './stats';

const NOTES = envNumber('OFFSITE_BOARD_NOTES', 3000);
const INCOMING = envNumber('OFFSITE_BOARD_INCOMING', 30);

// Function predicates, not strings: the app's CSP refuses eval.
export const boardCounted = (page: Page, n: number) =>
  page.waitForFunction(
    (m) => {
      let sum = 0;
      for (const el of document.querySelectorAll('.board-column h3 .count'))
        sum += Number(/\d+/.exec(el.textContent ?? '')?.[0] ?? 0);
      return sum >= m && document.querySelectorAll('article').length > 0;
    },
    n,
    { polling: 'raf', timeout: 120_000 },
  );

const log = (what: string, t0: number) =>
  console.log(`[bench] board: ${what} after ${Math.round(performance.now() - t0)} ms`);

/**
 * In the page: resolve with main-thread ms from the last board read's start until `marker` (the
 * projector's new note count) is in the DOM. A string: tsx adds helpers the page lacks.
 */
const ARM = `(text) => {
  // The reads come from the timeline when the note is in: a PerformanceObserver delivers later
  // than a render in the read's own task.
  performance.clearMeasures('offsite:board-read');
  if (!window.__boardObs) {
    window.__boardObs = true;
    window.__longTasks = 0;
    try {
      new PerformanceObserver((l) => { window.__longTasks += l.getEntries().length; }).observe({ type: 'longtask' });
    } catch {}
  }
  window.__arrival = new Promise((resolve) => {
    const found = () => document.body.textContent.includes(text);
    const mo = new MutationObserver(() => {
      if (!found()) return;
      mo.disconnect();
      const now = performance.now();
      const reads = performance.getEntriesByName('offsite:board-read');
      const last = reads[reads.length - 1];
      resolve({ total: last ? now - last.startTime : -1, read: last ? last.duration : -1 });
    });
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}`;

function nodeReads(): Record<string, number> {
  const { doc, blockId, facilitator } = makeBoardDoc(NOTES);
  const viewer: BoardViewer = { participantId: 'p1', isFacilitator: false };
  let t = performance.now();
  readBoard(doc, blockId, viewer);
  const full = performance.now() - t;
  const reader = new IncrementalBoardReader(doc, blockId, viewer);
  t = performance.now();
  reader.read();
  const first = performance.now() - t;
  const samples: number[] = [];
  for (let i = 0; i < INCOMING; i++) {
    addBoardNote(doc, { blockId, author: facilitator, text: `incoming ${i}`, now: 2e12 + i });
    t = performance.now();
    reader.read();
    samples.push(performance.now() - t);
  }
  reader.destroy();
  return {
    nodeReadBoardFullMs: Math.round(full * 10) / 10,
    nodeIncrementalFirstReadMs: Math.round(first * 10) / 10,
    nodeIncrementalPerNoteMedianMs: summarize(samples).median,
  };
}

export async function benchBoard(): Promise<Record<string, number>> {
  const start = performance.now();
  const figures: Record<string, number> = { notes: NOTES, ...nodeReads() };
  log('node reads', start);
  const host = await startHeadlessHost();
  const browser = await launchBrowser();
  const seeded: { seeder?: HubPeer } = {};
  try {
    const { session, seeder, blockId } = await seedRevealedBoard(host, NOTES);
    seeded.seeder = seeder;
    const doc = seeder.doc;
    log('seeded', start);

    // (1) A newly opened attendee page (name already chosen, nothing stored locally).
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(
      ([id]) => localStorage.setItem(`offsite.name.${id}`, 'Bench attendee'),
      [session.id],
    );
    const page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(session.joinUrl);
    // Long columns are virtualised (ColumnItems.tsx): ready when the columns count every note.
    await boardCounted(page, NOTES);
    figures.attendeeFullRenderMs = Date.now() - t0;
    await ctx.close();
    log('attendee rendered', start);

    // (2) The projector, per incoming note.
    const pctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const projector = await pctx.newPage();
    const t1 = Date.now();
    await projector.goto(`${host.localUrl}/projector/${session.id}#key=${host.key}`);
    await projector.waitForFunction(
      (m) => document.body.textContent?.includes(`${m} notes`) ?? false,
      String(NOTES),
      { polling: 'raf', timeout: 120_000 },
    );
    figures.projectorFullRenderMs = Date.now() - t1;
    const totals: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < INCOMING; i++) {
      const text = `incoming note ${i} ${Math.random().toString(36).slice(2)}`;
      await projector.evaluate(`(${ARM})(${JSON.stringify(`${NOTES + i + 1} notes`)})`);
      addBoardNote(doc, { blockId, author: author(i), text, now: 2e12 + i });
      const r = (await projector.evaluate('window.__arrival')) as { total: number; read: number };
      if (r.total >= 0) totals.push(r.total);
      if (r.read >= 0) reads.push(r.read);
    }
    const total = summarize(totals);
    const read = summarize(reads);
    figures.projectorPerNoteMedianMs = total.median;
    figures.projectorPerNoteP95Ms = total.p95;
    figures.projectorPerNoteMaxMs = total.max;
    figures.projectorBoardReadMedianMs = read.median;
    figures.projectorLongTasksDuringIncoming = (await projector.evaluate(
      'window.__longTasks',
    )) as number;
    await pctx.close();
  } finally {
    seeded.seeder?.provider.destroy();
    await browser.close();
    await host.stop();
    removeDir(host.dataDir);
  }
  console.log(`[bench] board: ${JSON.stringify(figures)}`);
  return figures;
}
