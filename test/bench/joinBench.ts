// Issue 6 figures through the real headless host and Chromium: join time (from pressing Join to
// a parking lot of 500 and 5,000 items shown: its first screen, as the list is virtual), time to open a stored 5,000-note session
// (the host's path after a restart; store-level figures are the separate `store` bench), and the time
// from a note's creation in an attendee's page to its bytes being in the session's files on disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchBrowser } from '../e2e/browser';
import { startHeadlessHost, removeDir, type HeadlessHost } from '#kit/headlessHost';
import { joinAs, waitForParkingLot } from '../e2e/roomFixtures';
import { hostApi } from '#kit/hostApi';
import { facilitatorPeer } from '#kit/hubPeer';
import { importSession, offsiteFileWithNotes } from '#kit/seeds/notes';
import { envNumber, envNumbers, round, summarize } from './stats';

const JOIN_SIZES = envNumbers('OFFSITE_JOIN_SIZES', [500, 5000]);
const JOIN_RUNS = envNumber('OFFSITE_JOIN_RUNS', 3);
/** The stored session the host opens after a restart. */
const OPEN_NOTES = envNumber('OFFSITE_JOIN_OPEN_NOTES', 5000);
const DURABLE_SAMPLES = envNumber('OFFSITE_JOIN_DURABLE_SAMPLES', 30);

/** The parking lot showing `count` items (past 120 it is virtual: its first screen rendered). */
async function waitForNotes(page: Page, count: number): Promise<void> {
  await waitForParkingLot(page, count, 60_000);
}

/** Ms from pressing Join to `notes` notes in a fresh attendee's DOM; beside it, the same-run
 * anchor: a bare Node y-websocket client's sync of the same session from the same hub (the plain bytes,
 * and Y.applyUpdate, no page, no rendering). */
async function joinTime(
  browser: Browser,
  host: HeadlessHost,
  notes: number,
): Promise<{ page: number[]; bare: number[] }> {
  const { id, joinUrl } = await importSession(host, offsiteFileWithNotes(`Join ${notes}`, notes));
  const bare: number[] = [];
  for (let i = 0; i < JOIN_RUNS; i++) {
    const start = performance.now();
    const c = facilitatorPeer(host, id, { inflate: false });
    await c.synced;
    bare.push(performance.now() - start);
    c.provider.destroy();
  }
  const samples: number[] = [];
  for (let i = 0; i < JOIN_RUNS; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(joinUrl);
    // The room's code loads while a person types their name (seconds): as they would, the
    // bench presses Join once the page has fetched it.
    await page.waitForLoadState('networkidle');
    await page.getByRole('textbox', { name: 'Your name' }).fill(`Bench ${i}`);
    const start = Date.now();
    await page.getByRole('button', { name: 'Join' }).click();
    await waitForNotes(page, notes);
    samples.push(Date.now() - start);
    await ctx.close();
  }
  return { page: samples, bare };
}

/** The host's open of a stored 5,000-note session after a restart (load, merge, migrate). */
async function hostOpenTime(host: HeadlessHost): Promise<{ host: HeadlessHost; ms: number }> {
  const { id } = await importSession(host, offsiteFileWithNotes(`Open ${OPEN_NOTES}`, OPEN_NOTES));
  await host.stop();
  const again = await startHeadlessHost({ dataDir: host.dataDir, port: host.port });
  const start = performance.now();
  await hostApi(again).getSession({ id });
  return { host: again, ms: performance.now() - start };
}

function onDisk(dir: string, text: string): boolean {
  for (const name of ['updates.log', 'snapshot.bin']) {
    try {
      if (readFileSync(join(dir, name)).includes(text)) return true;
    } catch {
      // not there (yet)
    }
  }
  return false;
}

/** ms from a note's creation in the page to its bytes in the session's files (the log is
 * fsync'd right after the write, so this is durable give or take one fsync). */
async function durableTimes(browser: Browser, host: HeadlessHost): Promise<number[]> {
  const { id, joinUrl } = await importSession(host, offsiteFileWithNotes('Durable', 0));
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await joinAs(page, joinUrl, 'Writer');
  const samples: number[] = [];
  for (let i = 0; i < DURABLE_SAMPLES; i++) {
    const text = `durable-${i}-${Math.random().toString(36).slice(2)}`;
    await page.getByRole('textbox', { name: 'Park a topic for later' }).fill(text);
    // The note is created inside the click's handler: this is its creation time, give or take
    // the click's dispatch (which makes the figure a little pessimistic, never optimistic).
    const created = Date.now();
    await page.getByRole('button', { name: 'Add to parking lot' }).click();
    while (!onDisk(join(host.dataDir, id), text)) await new Promise((r) => setTimeout(r, 1));
    samples.push(Date.now() - created);
  }
  await ctx.close();
  return samples;
}

export async function benchJoin(): Promise<Record<string, number>> {
  const browser = await launchBrowser();
  let host = await startHeadlessHost();
  try {
    const figures: Record<string, number> = {};
    for (const n of JOIN_SIZES) {
      const j = await joinTime(browser, host, n);
      const page = summarize(j.page);
      figures[`join${n}MedianMs`] = page.median;
      figures[`join${n}MaxMs`] = page.max;
      figures[`bareSync${n}MedianMs`] = summarize(j.bare).median;
    }
    const opened = await hostOpenTime(host);
    host = opened.host;
    const durable = summarize(await durableTimes(browser, host));
    return {
      ...figures,
      [`hostOpenStored${OPEN_NOTES}Ms`]: round(opened.ms),
      noteToDiskMedianMs: durable.median,
      noteToDiskP95Ms: durable.p95,
    };
  } finally {
    await host.stop();
    removeDir(host.dataDir);
    await browser.close();
  }
}
