// The room simulator's four real Chromium pages (issue 15): an attendee on a laptop, the console,
// the projector and an attendee on a phone, on the hub's session while the N simulated attendees
// are in the room. The facilitator (a Node client with the host's key) opens a board on the
// brainstorm block and reveals it; then simulated attendees add board notes, and each page's time
// is from the author's write until the page's note count includes it (the board columns' counts;
// the projector's total, as it shows only the first notes of each column).
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
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
