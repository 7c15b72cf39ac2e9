// Reads the derived remaining time of two countdowns (data-remaining-ms on role=timer) at nearly
// the same moment, and how far apart they are, correcting for the time between the reads.
import type { Page } from '@playwright/test';

async function readOnce(page: Page): Promise<{ ms: number; at: number }> {
  const t0 = performance.now();
  const v = await page
    .getByRole('timer', { name: 'Time remaining' })
    .first()
    .evaluate((el) => {
      // The value as of the display's last frame, carried forward to now (same page clock) when
      // running, so the frame phase (up to ~16 ms) is not counted as disagreement.
      const ms = Number(el.getAttribute('data-remaining-ms'));
      const at = Number(el.getAttribute('data-frame-at'));
      const running = el.getAttribute('data-state') === 'running';
      return running && Number.isFinite(at) ? ms - (performance.now() - at) : ms;
    });
  const t1 = performance.now();
  return { ms: v, at: (t0 + t1) / 2 };
}

/*
 * Reads a, then b, then a again, and interpolates a at the moment b was read (a running countdown
 * falls 1 ms per ms). Returns b − a(then): the disagreement between the two displays.
 */
async function triplet(a: Page, b: Page): Promise<{ diff: number; span: number }> {
  const a1 = await readOnce(a);
  const b1 = await readOnce(b);
  const a2 = await readOnce(a);
  const span = a2.at - a1.at;
  const aAtB = span > 0 ? a1.ms + ((a2.ms - a1.ms) * (b1.at - a1.at)) / span : a1.ms;
  return { diff: b1.ms - aAtB, span };
}

/**
 * One reading: of `tries` read triplets, the one that took the least time, as NTP keeps the ping
 * with the lowest round trip (a slow read on a busy machine says nothing about the displays).
 */
export async function disagreementMs(a: Page, b: Page, tries = 3): Promise<number> {
  let best = await triplet(a, b);
  for (let i = 1; i < tries; i++) {
    const t = await triplet(a, b);
    if (t.span < best.span) best = t;
  }
  return best.diff;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
