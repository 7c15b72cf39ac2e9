// The room simulator's four real Chromium pages (issue 15): an attendee on a laptop, the console,
// the projector and an attendee on a phone, on the hub's session while the N simulated attendees
// are in the room. The facilitator (a Node client with the host's key) opens a board on the
// brainstorm block and reveals it; then simulated attendees add board notes, and each page's time
// is from the author's write until the page's note count includes it (the board columns' counts;
// the projector's total, as it shows only the first notes of each column).
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { renameSession } from '../../shared/model/session/commands';
import { launchBrowser } from '../e2e/browser';
import type { HeadlessHost } from '#kit/headlessHost';
import { facilitatorPeer } from '#kit/hubPeer';
import { revealBrainstormBoard } from '#kit/seeds/board';
import type { Room } from './roomBench';
import { round, summarize } from './stats';

const NOTES = Number(process.env.OFFSITE_ROOM_PAGE_NOTES ?? 15);
const GAP_MS = 400;
/** Screenshots of the pages after the notes, to look at (test-results is not committed). */
const SHOTS = 'test-results/bench-room';

const PAGES: { name: string; width: number; height: number; url: (h: Hosted) => string }[] = [
  { name: 'attendee', width: 1280, height: 800, url: (h) => h.joinUrl },
  {
    name: 'console',
    width: 1440,
    height: 900,
    url: (h) => `${h.host.localUrl}/console/session/${h.sessionId}#key=${h.host.key}`,
  },
  {
    name: 'projector',
    width: 1920,
    height: 1080,
    url: (h) => `${h.host.localUrl}/projector/${h.sessionId}#key=${h.host.key}`,
  },
  { name: 'phone', width: 390, height: 844, url: (h) => h.joinUrl },
];

interface Hosted {
  host: HeadlessHost;
  sessionId: string;
  joinUrl: string;
}

/** In the page: the notes its board counts (columns' counts, or the projector's total). A
 * string: tsx adds helpers the page lacks. */
const COUNTED = `(() => {
  let sum = 0;
  for (const el of document.querySelectorAll('.board-column h3 .count'))
    sum += Number((/\\d+/.exec(el.textContent || '') || ['0'])[0]);
  const projector = document.querySelector('.projector-count');
  if (projector) sum = Math.max(sum, Number((/\\d+/.exec(projector.textContent || '') || ['0'])[0]));
  return sum;
})()`;

/** In the page: window.__arrival resolves with the machine's time when the count reaches `target`. */
const ARM = `(target) => {
  const counted = () => ${COUNTED} >= target;
  window.__arrival = new Promise((resolve) => {
    const done = () => resolve(performance.timeOrigin + performance.now());
    // A note that never shows is reported (NaN), not waited for forever.
    setTimeout(() => resolve(NaN), 30000);
    if (counted()) return done();
    const mo = new MutationObserver(() => {
      if (!counted()) return;
      mo.disconnect();
      done();
    });
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}`;

/** An author's write that never happens (an error in its thread) fails the run, not hangs it. */
function withTimeout<T>(p: Promise<T>, ms = 60_000): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms).unref(),
    ),
  ]);
}

export async function timePages(
  hosted: Hosted,
  room: Room,
  n: number,
): Promise<Record<string, number>> {
  const { host, sessionId } = hosted;
  const fac = facilitatorPeer(host, sessionId);
  const browser = await launchBrowser();
  try {
    await fac.synced;
    const { blockId } = revealBrainstormBoard(fac.doc, host.key, sessionId);

    const pages: [string, Page][] = [];
    for (const p of PAGES) {
      const ctx = await browser.newContext({ viewport: { width: p.width, height: p.height } });
      await ctx.addInitScript(({ id, name }) => localStorage.setItem(`offsite.name.${id}`, name), {
        id: sessionId,
        name: `Bench ${p.name}`,
      });
      const page = await ctx.newPage();
      await page.goto(p.url(hosted));
      await page.waitForFunction(
        () => document.querySelector('.board-column, .projector-count') !== null,
        undefined,
        { timeout: 120_000 },
      );
      pages.push([p.name, page]);
    }

    const samples = new Map<string, number[]>(pages.map(([name]) => [name, []]));
    let missed = 0;
    for (let k = 0; k < NOTES; k++) {
      await new Promise((r) => setTimeout(r, GAP_MS));
      await Promise.all(pages.map(([, page]) => page.evaluate(`(${ARM})(${k + 1})`)));
      const at = await withTimeout(
        room.author({
          id: `page-note-${k}-${Math.random().toString(36).slice(2)}`,
          kind: 'board',
          author: (k * 11 + 3) % n,
          blockId,
        }),
      );
      for (const [name, page] of pages) {
        const arrival = (await page.evaluate('window.__arrival')) as number;
        if (Number.isNaN(arrival)) missed++;
        else samples.get(name)!.push(arrival - at);
      }
    }
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, page] of pages) await page.screenshot({ path: `${SHOTS}/${n}-${name}.png` });

    const row: Record<string, number> = { pageNotesMissed: missed };
    for (const [name, s] of samples) {
      const { median, p95 } = summarize(s);
      row[`${name}PageMedianMs`] = round(median);
      row[`${name}PageP95Ms`] = round(p95);
    }
    return row;
  } finally {
    await browser.close();
    fac.provider.destroy();
  }
}

/** Where each page is ready: the room's board, or in a breakout the page's group (attendee and
 * phone, placed as late joiners by the split's rule), the groups (console) and the projector's
 * breakout screen. */
const READY: Record<string, { room: string; split: string }> = {
  attendee: { room: '.board-column', split: '.breakout-room .board-column' },
  phone: { room: '.board-column', split: '.breakout-room .board-column' },
  console: { room: '.board-column', split: '.breakout-group' },
  projector: { room: '.projector-count', split: '.projector-breakout' },
};

/** The page's main thread busy time so far (Chrome's TaskDuration), in ms; with
 * OFFSITE_ROOM_PROFILE, its style, layout and script parts too (logged). */
async function busyMs(cdp: CDPSession, parts?: Record<string, number>): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  if (parts)
    for (const name of ['RecalcStyleDuration', 'LayoutDuration', 'ScriptDuration'])
      parts[name] = ms(name);
  return ms('TaskDuration');
}

/**
 * The breakout variant's pages (issue 26: "per-incoming-note cost per page unchanged"): what an
 * incoming note costs each page's main thread, in the room (every page shows every note) and with
 * the room split into groups (a page applies every note the hub carries, and shows its group's).
 * Per page: its busy time (TaskDuration) while NOTES notes from all over the room arrive, minus
 * its busy time over a quiet window as long (the countdown, presence), per note. The notes'
 * end is known by a sentinel: the facilitator renames the session after the last note, and a
 * page whose tab title shows the new name has applied every frame before it (one socket, in
 * order). OFFSITE_ROOM_PROFILE=console (or another page) writes a CPU profile of that page over
 * the notes beside the screenshots.
 */
export async function costPages(
  hosted: Hosted,
  room: Room,
  n: number,
  opts: { split: boolean; blockId: string },
): Promise<Record<string, number>> {
  const { host, sessionId } = hosted;
  const fac = facilitatorPeer(host, sessionId);
  const browser = await launchBrowser();
  const tag = opts.split ? 'groups' : 'room';
  try {
    await fac.synced;
    const pages: { name: string; page: Page; cdp: CDPSession }[] = [];
    for (const p of PAGES) {
      const ctx = await browser.newContext({ viewport: { width: p.width, height: p.height } });
      await ctx.addInitScript(({ id, name }) => localStorage.setItem(`offsite.name.${id}`, name), {
        id: sessionId,
        name: `Bench ${p.name}`,
      });
      const page = await ctx.newPage();
      await page.goto(p.url(hosted));
      const ready = READY[p.name]![opts.split ? 'split' : 'room'];
      await page.waitForSelector(ready, { timeout: 120_000 });
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      pages.push({ name: p.name, page, cdp });
    }
    const windowMs = NOTES * GAP_MS;
    const quietFrom = await Promise.all(pages.map((p) => busyMs(p.cdp)));
    const quietStart = performance.now();
    await new Promise((r) => setTimeout(r, windowMs));
    const quiet = await Promise.all(pages.map((p) => busyMs(p.cdp)));
    const quietS = (performance.now() - quietStart) / 1000;

    const profiled = pages.find((p) => p.name === process.env.OFFSITE_ROOM_PROFILE);
    const partsBefore: Record<string, number> = {};
    if (profiled) {
      await busyMs(profiled.cdp, partsBefore);
      await profiled.cdp.send('Profiler.enable');
      await profiled.cdp.send('Profiler.start');
    }
    const notesStart = performance.now();
    for (let k = 0; k < NOTES; k++) {
      await withTimeout(
        room.author({
          id: `cost-note-${k}-${Math.random().toString(36).slice(2)}`,
          kind: 'board',
          author: (k * 11 + 3) % n,
          blockId: opts.blockId,
        }),
      );
      await new Promise((r) => setTimeout(r, GAP_MS));
    }
    const sentinel = `Bench sentinel ${Math.random().toString(36).slice(2)}`;
    renameSession(fac.doc, sentinel);
    await Promise.all(
      pages.map(({ page }) =>
        page.waitForFunction((s) => document.title.includes(s), sentinel, { timeout: 60_000 }),
      ),
    );
    const partsAfter: Record<string, number> = {};
    const busy = await Promise.all(
      pages.map((p) => busyMs(p.cdp, p === profiled ? partsAfter : undefined)),
    );
    const notesS = (performance.now() - notesStart) / 1000;

    mkdirSync(SHOTS, { recursive: true });
    if (profiled) {
      const { profile } = await profiled.cdp.send('Profiler.stop');
      const file = `${SHOTS}/${n}-${tag}-${profiled.name}.cpuprofile`;
      writeFileSync(file, JSON.stringify(profile));
      console.log(`[bench] room: a CPU profile of the ${profiled.name} in ${file}`);
      for (const [name, v] of Object.entries(partsAfter))
        console.log(
          `[bench] room: ${tag} ${profiled.name} ${name} ${round((v - partsBefore[name]!) / NOTES)} ms per note (background included)`,
        );
    }
    for (const { name, page } of pages)
      await page.screenshot({ path: `${SHOTS}/${n}-${tag}-${name}.png` });
    const row: Record<string, number> = {};
    pages.forEach(({ name }, i) => {
      // The quiet window's busy time per second, scaled to the notes' window, is taken off.
      const background = ((quiet[i]! - quietFrom[i]!) / quietS) * notesS;
      row[`${tag}${name[0]!.toUpperCase()}${name.slice(1)}MsPerNote`] = round(
        Math.max(0, busy[i]! - quiet[i]! - background) / NOTES,
      );
    });
    return row;
  } finally {
    await browser.close();
    fac.provider.destroy();
  }
}
