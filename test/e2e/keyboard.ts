// Reaching a control as a keyboard user does: Tab (real key presses, so the browser's own focus
// order decides), never a focus() call. Asking the page after every press cost a round trip per
// Tab (the keyboard runs press hundreds); the page instead counts, with a focusin listener, how
// many times the focus moved on since the target last had it, so the test asks once per few
// presses and steps back with Shift+Tab when it went past (one press at a time when the focus left
// the page on the way, where no focusin is counted).
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses between questions on a long way; a short way (max under 100) asks after each one. */
const BATCH = 4;

type Tally = { target: Element | null; after: number; listening?: boolean };
declare global {
  interface Window {
    __tabTally?: Tally;
  }
}

/**
 * Presses Tab until `target` has the focus; returns how many presses it took net of any
 * Shift+Tab back. Fails when it never does within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 300): Promise<number> {
  await expect(target).toBeVisible();
  const el = await target.elementHandle();
  if (!el) throw new Error(`${target.toString()} is not on the page`);
  // after: -1 while the target never had the focus, else how often the focus moved on since.
  await el.evaluate((t) => {
    const tally: Tally = window.__tabTally ?? { target: null, after: -1 };
    tally.target = t;
    tally.after = document.activeElement === t ? 0 : -1;
    if (!tally.listening) {
      tally.listening = true;
      document.addEventListener(
        'focusin',
        (e) => {
          const now = window.__tabTally!;
          if (e.target === now.target) now.after = 0;
          else if (now.after >= 0) now.after++;
        },
        true,
      );
    }
    window.__tabTally = tally;
  });
  const focused = () => el.evaluate((t) => t === document.activeElement);
  // A short way is taken one press at a time: going past and back would leave what the target
  // sits in (the board's "Group with…" mode ends when the focus leaves it).
  const batch = max < 100 ? 1 : BATCH;
  let pressed = 0;
  while (pressed <= max) {
    const after = await page.evaluate(() => window.__tabTally!.after);
    if (after >= 0) {
      for (let i = 0; i < after; i++) await page.keyboard.press('Shift+Tab');
      pressed -= after;
      if (await focused()) return pressed;
      // The focus left the page on the way (past the last control): one Tab at a time from here.
      break;
    }
    for (let i = 0; i < batch; i++) await page.keyboard.press('Tab');
    pressed += batch;
  }
  for (let n = 0; n <= max; n++) {
    if (await focused()) return pressed + n;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`);
}
