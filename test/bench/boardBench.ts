// Board bench: a board of 3,000 notes. (1) Time until it is rendered on a newly opened
// attendee page (from navigation until its columns count 3,000 notes and show the first ones). (2) Main-thread
// time the projector spends per incoming note: from the start of the board's read (a
// performance measure the renderer records) until the note is in the DOM, which covers the
// read, React's render and the commit. Plus the read itself in Node, full vs incremental.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { hubParams } from '../../shared/model/authority/signing';
import { hubProtocols } from '../../shared/protocol/hostApi';
import type { Page } from '@playwright/test';
import { launchBrowser } from '../e2e/browser';
import { startHeadlessHost, removeDir } from '../e2e/headlessHost';
import { getAgenda } from '../../shared/model/agendaQueries';
import { applyTimerAction } from '../../shared/model/timerCommands';
import {
  addBoardNote,
  deriveFacilitatorSecret,
  groupNotes,
  PALETTE,
  readBoard,
  revealNotes,
  setupBoard,
  type BoardViewer,
} from '../../shared/model/board';
import { IncrementalBoardReader } from '../../renderer/features/board/incrementalBoard';
import { makeBoardDoc } from './boardFixture';
import { envNumber, summarize } from './stats';

const NOTES = envNumber('OFFSITE_BOARD_NOTES', 3000);
const INCOMING = envNumber('OFFSITE_BOARD_INCOMING', 30);

export async function createSession(localUrl: string, key: string) {
  const res = await fetch(`${localUrl}/api/createSession`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({ title: 'Board bench', template: 'brainstorm-vote' }),
  });
  if (!res.ok) throw new Error(`createSession: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; joinCode: string; joinUrl: string };
}

export function connect(localUrl: string, sessionId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${localUrl.replace(/^http/, 'ws')}/sync`,
    sessionId,
    doc,
    {
      params: hubParams(sessionId, null, doc.clientID),
      protocols: hubProtocols(token),
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  );
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider, synced };
}

export function author(i: number): BoardViewer {
  return { participantId: `p${i % 30}`, name: `Person ${i % 30}`, isFacilitator: false };
}

export function addNotes(doc: Y.Doc, blockId: string, from: number, to: number, fac: BoardViewer) {
  doc.transact(() => {
    for (let i = from; i < to; i++)
      addBoardNote(doc, {
        blockId,
        author: author(i),
        id: `note-${i}`,
        text: `Note ${i}: ${'an idea worth discussing '.repeat(1 + (i % 4))}`,
        colour: PALETTE[i % PALETTE.length]!.id,
        now: 1_700_000_000_000 + i,
      });
    for (let i = from; i + 2 < to; i += 10)
      groupNotes(doc, {
        noteIds: [`note-${i + 1}`, `note-${i + 2}`],
        ontoId: `note-${i}`,
        actor: fac,
      });
  });
}

export async function waitFor(fn: () => boolean, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (!fn()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

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
  const seeder: { provider?: WebsocketProvider } = {};
  try {
    const session = await createSession(host.localUrl, host.key);
    const { doc, provider, synced } = connect(host.localUrl, session.id, host.key);
    seeder.provider = provider;
    await synced;
    const block = getAgenda(doc)
      .days.flatMap((d) => d.blocks)
      .find((b) => b.kind === 'brainstorm');
    if (!block) throw new Error('the template has no brainstorm block');
    const fac: BoardViewer = {
      participantId: 'facilitator',
      isFacilitator: true,
      facilitatorSecret: deriveFacilitatorSecret(host.key, session.id),
    };
    applyTimerAction(doc, { type: 'goTo', blockId: block.id }, { hostNow: Date.now() });
    setupBoard(doc, { blockId: block.id, facilitator: fac });
    revealNotes(doc, { blockId: block.id, facilitator: fac });
    for (let i = 0; i < NOTES; i += 250) addNotes(doc, block.id, i, Math.min(NOTES, i + 250), fac);
    // The host has it all once a fresh replica receives every note.
    const check = connect(host.localUrl, session.id, host.key);
    await check.synced;
    await waitFor(() => check.doc.getMap('boardNotes').size >= NOTES);
    check.provider.destroy();
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
      addBoardNote(doc, { blockId: block.id, author: author(i), text, now: 2e12 + i });
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
    seeder.provider?.destroy();
    await browser.close();
    await host.stop();
    removeDir(host.dataDir);
  }
  console.log(`[bench] board: ${JSON.stringify(figures)}`);
  return figures;
}
