// Note latency: from Add note on one attendee page until the note is in every page's DOM,
// for N attendee pages, next to a bare Y.Array over y-webrtc measured the same way.
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { startHeadlessHost, removeDir } from '#kit/headlessHost';
import { joinAs } from '../e2e/roomFixtures';
import { hostApi, type HostAddress } from '#kit/hostApi';
import { envNumber, envNumbers, summarize } from './stats';

const NOTES = envNumber('OFFSITE_LATENCY_NOTES', 50);

const createSessionByApi = (host: HostAddress, title: string) =>
  hostApi(host).createSession({ title });

/**
 * Arms a MutationObserver in every page that resolves when an article containing the text
 * appears. Written as a string: tsx's esbuild adds `__name` helpers to functions, which do not
 * exist inside the page.
 */
const ARM = `(t) => {
  window.__arrival = new Promise((resolve) => {
    const found = () => [...document.querySelectorAll('article')].some((a) => a.textContent && a.textContent.includes(t));
    if (found()) return resolve(Date.now());
    const mo = new MutationObserver(() => {
      if (found()) { mo.disconnect(); resolve(Date.now()); }
    });
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}`;

async function arm(pages: Page[], text: string) {
  await Promise.all(pages.map((p) => p.evaluate(`(${ARM})(${JSON.stringify(text)})`)));
}

async function arrivals(pages: Page[]): Promise<number[]> {
  return Promise.all(pages.map((p) => p.evaluate('window.__arrival') as Promise<number>));
}

// The click waits a task after the input event, as a person's does: Preact (issue 23) renders the
// typed value on its next tick, so a click in the same task as the input submitted the old,
// empty field and the bench waited for a note that was never sent.
const SEND = `async (t) => {
  const ta = document.querySelector('#parking-new');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  setter.call(ta, t);
  ta.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Add to parking lot');
  const t0 = Date.now();
  button.click();
  return t0;
}`;

async function sendViaUi(page: Page, text: string): Promise<number> {
  return page.evaluate(`(${SEND})(${JSON.stringify(text)})`) as Promise<number>;
}

async function measure(pages: Page[], send: (p: Page, text: string) => Promise<number>) {
  const samples: number[] = [];
  for (let i = 0; i < NOTES; i++) {
    const text = `bench note ${i} ${Math.random().toString(36).slice(2)}`;
    await arm(pages, text);
    const t0 = await send(pages[i % pages.length]!, text);
    const times = await arrivals(pages);
    samples.push(Math.max(...times) - t0);
  }
  return summarize(samples);
}

export async function benchNoteLatency(
  browser: Browser,
  counts = envNumbers('OFFSITE_LATENCY_PAGES', [2, 8, 16]),
) {
  const host = await startHeadlessHost();
  const bare = await build({
    entryPoints: [fileURLToPath(new URL('./bareMesh.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  const bareScript = bare.outputFiles[0]!.text;
  const rows: Record<string, unknown>[] = [];
  try {
    for (const n of counts) {
      const session = await createSessionByApi(host, `Latency ${n}`);
      const contexts = await Promise.all(Array.from({ length: n }, () => browser.newContext()));
      const pages = await Promise.all(contexts.map((c) => c.newPage()));
      for (const [i, p] of pages.entries()) await joinAs(p, session.joinUrl, `Attendee ${i + 1}`);
      await waitForMesh(pages, n);
      const offsite = await measure(pages, sendViaUi);
      for (const c of contexts) await c.close();

      // Baseline: the same number of bare pages on their own room of the same signaling server.
      const baseSession = await createSessionByApi(host, `Bare ${n}`);
      const bctx = await Promise.all(
        Array.from({ length: n }, () => browser.newContext({ bypassCSP: true })),
      );
      const bpages = await Promise.all(bctx.map((c) => c.newPage()));
      const signalUrl = `${host.lanUrl.replace('http', 'ws')}/signal?token=${baseSession.joinCode}`;
      for (const p of bpages) {
        // A page of the host's origin (so the LAN is reachable as for the app), emptied; the
        // baseline script is injected, which the host's CSP would refuse without bypassCSP.
        await p.goto(`${host.lanUrl}/time`);
        await p.evaluate(() => (document.body.innerHTML = ''));
        await p.addScriptTag({ content: bareScript });
        await p.evaluate(([u, r]) => window.bareMesh.start(u!, r!), [signalUrl, baseSession.id]);
      }
      await pollUntil(async () => {
        const peers = await Promise.all(
          bpages.map((p) => p.evaluate(() => window.bareMesh.peers())),
        );
        return Math.min(...peers) >= Math.min(n - 1, 1);
      });
      const baseline = await measure(bpages, (p, text) =>
        p.evaluate((t) => window.bareMesh.add(t), text),
      );
      for (const c of bctx) await c.close();
      rows.push({
        pages: n,
        notes: NOTES,
        offsiteMedianMs: offsite.median,
        offsiteP95Ms: offsite.p95,
        bareMedianMs: baseline.median,
        bareP95Ms: baseline.p95,
        overheadRatioMedian: round2(offsite.median / Math.max(baseline.median, 0.5)),
      });
      console.log(`[bench] note latency, ${n} pages: ${JSON.stringify(rows[rows.length - 1])}`);
    }
  } finally {
    await host.stop();
    removeDir(host.dataDir);
  }
  return rows;
}

async function waitForMesh(pages: Page[], n: number) {
  // Wait until every page shows at least one direct peer (or give up after 20 s: hub-only).
  await pollUntil(async () => {
    if (n < 2) return true;
    const texts = await Promise.all(pages.map((p) => p.getByRole('status').first().textContent()));
    return texts.every((t) => t?.includes('direct peer'));
  }, 20_000).catch(() => console.log('[bench] warning: not every page found a direct peer'));
}

async function pollUntil(fn: () => Promise<boolean>, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

function round2(x: number) {
  return Math.round(x * 100) / 100;
}
