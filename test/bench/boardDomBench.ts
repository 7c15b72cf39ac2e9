// Main-thread time per incoming note on the attendee's, the console's and the projector's boards
// (issue 15), at 50 and at 3,000 notes: in real Chromium pages, from the start of the board's read
// (the renderer's `offsite:board-read` performance measure) until the counts in the DOM include
// the new note (the columns' counts; the projector's note count), which covers the read, React's
// render and the commit. Long columns are virtualised (ColumnItems.tsx), the projector draws a
// few dozen notes per column, so the two sizes should cost about the same.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchBrowser } from '../e2e/browser';
import { startHeadlessHost, removeDir } from '#kit/headlessHost';
import { addBoardNote } from '../../shared/model/board';
import { author } from '#kit/seeds/board';
import { seedRevealedBoard } from '#kit/seeds/hostedBoard';
import { envNumber, envNumbers, summarize } from './stats';

const SIZES = envNumbers('OFFSITE_BOARD_DOM_SIZES', [50, 3000]);
const INCOMING = envNumber('OFFSITE_BOARD_DOM_INCOMING', 30);

/** Where each page shows how many notes the board has (summed over the elements). */
const BOARD_COUNTS = '.board-column h3 .count';
const PROJECTOR_COUNT = '.projector-count';

/** In the page: resolves with ms from the last board read's start until the counts under
 * `selector` sum to `target` notes. The reads are taken from the timeline when the counts are
 * in (a PerformanceObserver delivers later than a render in the read's own task). A string:
 * tsx adds helpers the page lacks. */
const ARM = `(target, selector) => {
  performance.clearMeasures('offsite:board-read');
  const counted = () => {
    let sum = 0;
    for (const el of document.querySelectorAll(selector))
      sum += Number((/\\d+/.exec(el.textContent || '') || ['0'])[0]);
    return sum >= target;
  };
  window.__arrival = new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (!counted()) return;
      mo.disconnect();
      const reads = performance.getEntriesByName('offsite:board-read');
      const last = reads[reads.length - 1];
      resolve(last ? performance.now() - last.startTime : -1);
    });
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}`;

async function perNote(
  page: Page,
  selector: string,
  addOne: (i: number) => void,
  from: number,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < INCOMING; i++) {
    await page.evaluate(`(${ARM})(${from + i + 1}, ${JSON.stringify(selector)})`);
    addOne(i);
    const ms = (await page.evaluate('window.__arrival')) as number;
    if (ms >= 0) samples.push(ms);
  }
  return samples;
}

// Function predicates, not strings: the app's CSP refuses eval.
const counted = (page: Page, selector: string, n: number) =>
  page.waitForFunction(
    ([sel, m]) => {
      let sum = 0;
      for (const el of document.querySelectorAll(sel))
        sum += Number(/\d+/.exec(el.textContent ?? '')?.[0] ?? 0);
      return sum >= m && document.querySelectorAll('article, .projector-note').length > 0;
    },
    [selector, n] as const,
    { polling: 'raf', timeout: 120_000 },
  );

async function oneSize(browser: Browser, notes: number) {
  const host = await startHeadlessHost();
  const seeded: { destroy?: () => void } = {};
  try {
    const { session, seeder, blockId } = await seedRevealedBoard(host, notes);
    seeded.destroy = () => seeder.provider.destroy();
    const doc = seeder.doc;

    let added = 0;
    const addOne = () =>
      addBoardNote(doc, {
        blockId,
        author: author(added),
        text: `incoming ${added++} ${Math.random().toString(36).slice(2)}`,
        now: 2e12 + added,
      });
    const row: Record<string, number> = { notes };
    const pages: [string, string, string][] = [
      ['attendee', session.joinUrl, BOARD_COUNTS],
      ['console', `${host.localUrl}/console/session/${session.id}#key=${host.key}`, BOARD_COUNTS],
      ['projector', `${host.localUrl}/projector/${session.id}#key=${host.key}`, PROJECTOR_COUNT],
    ];
    for (const [name, url, selector] of pages) {
      const viewport =
        name === 'projector' ? { width: 1920, height: 1080 } : { width: 1280, height: 900 };
      const ctx = await browser.newContext({ viewport });
      await ctx.addInitScript(
        ([id]) => localStorage.setItem(`offsite.name.${id}`, 'Bench attendee'),
        [session.id],
      );
      const page = await ctx.newPage();
      await page.goto(url);
      await counted(page, selector, notes + added);
      // OFFSITE_BOARD_PROFILE=DIR: a Chromium CPU profile of the incoming notes, per page and size.
      const profileDir = process.env.OFFSITE_BOARD_PROFILE;
      const cdp = profileDir ? await ctx.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const s = summarize(await perNote(page, selector, addOne, notes + added));
      if (cdp && profileDir) {
        const { profile } = await cdp.send('Profiler.stop');
        mkdirSync(profileDir, { recursive: true });
        writeFileSync(join(profileDir, `${name}-${notes}.cpuprofile`), JSON.stringify(profile));
      }
      row[`${name}MedianMs`] = s.median;
      row[`${name}P95Ms`] = s.p95;
      row[`${name}DomNotes`] = (await page.evaluate(
        'document.querySelectorAll("article, .projector-note").length',
      )) as number;
      await ctx.close();
    }
    console.log(`[bench] board DOM: ${JSON.stringify(row)}`);
    return row;
  } finally {
    seeded.destroy?.();
    await host.stop();
    removeDir(host.dataDir);
  }
}

export async function benchBoardDom(): Promise<Record<string, number>[]> {
  const browser = await launchBrowser();
  try {
    const rows: Record<string, number>[] = [];
    for (const n of SIZES) rows.push(await oneSize(browser, n));
    return rows;
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('boardDomBench.ts'))
  void benchBoardDom().then((rows) => {
    console.table(rows);
    process.exit(0);
  });
