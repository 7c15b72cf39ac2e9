// Screenshots of the console's agenda and timer and of the projector at 1920x1080 and 1280x720
// (test-results/screenshots/*.png) for people to look at, with axe-core on each view.
import { test, expect, expectAxeClean, SCREENSHOTS } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import { agendaTab, joinAs } from './roomFixtures';

const MIN = 60_000;

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
}

// axe runs on pages without Playwright's fake clock (it stalls under it here): expectAxeClean.

interface MovableClock {
  realStart: number;
  forwardedMs: number;
}

async function movableHostClockOn(ctx: BrowserContext, state: MovableClock, base: number) {
  await ctx.route(/\/time$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ now: base + (Date.now() - state.realStart) + state.forwardedMs }),
    }),
  );
}

/** /time answers a host clock that the test moves forward together with the pages' clocks. */
async function movableHostClock(ctxs: BrowserContext[], base: number) {
  const state: MovableClock = { realStart: Date.now(), forwardedMs: 0 };
  for (const ctx of ctxs) await movableHostClockOn(ctx, state, base);
  return state;
}

test('console agenda and timer, projector and attendee views', async ({
  browser,
  host,
  openPage,
}) => {
  const base = new Date(2026, 2, 10, 9, 0, 0).getTime();
  const consoleCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const bigCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const smallCtx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const clock = await movableHostClock([consoleCtx, bigCtx, smallCtx], base);
  const consolePage = await consoleCtx.newPage();
  const big = await bigCtx.newPage();
  const small = await smallCtx.newPage();
  for (const p of [consolePage, big, small]) await p.clock.install({ time: base });
  const forward = async (ms: number) => {
    clock.forwardedMs += ms;
    for (const p of [consolePage, big, small]) await p.clock.fastForward(ms);
  };

  await consolePage.goto(host.consoleUrl);
  await consolePage.getByRole('button', { name: 'New session' }).click();
  await consolePage
    .getByRole('textbox', { name: 'Session title' })
    .fill('Product & Engineering offsite');
  await consolePage
    .getByRole('radio', { name: 'Product & Engineering strategy offsite (2 days)', exact: true })
    .check();
  await consolePage.getByRole('button', { name: 'Create session' }).click();
  const projectorHref = await consolePage
    .getByRole('link', { name: 'Open projector' })
    .getAttribute('href');
  const joinUrl = await consolePage.getByRole('link', { name: 'Join link' }).getAttribute('href');
  const projectorUrl = `${host.localUrl}${projectorHref}`;
  await big.goto(projectorUrl);
  await small.goto(projectorUrl);

  // The first block (a talk, 30 min) into its wrap-up; the projector gives it the whole stage.
  await consolePage.getByRole('button', { name: 'Start' }).click();
  await forward(25 * MIN + 30_000);
  for (const p of [consolePage, big, small])
    await expect(p.locator('.cue-badge').first()).toHaveText(/Wrap up/);
  await expect(big.getByText('Block 1 of 11')).toBeVisible();
  await expect(big.getByText(/Next: Vision: what would 10x growth take\?/)).toBeVisible();
  await shot(big, 'projector-1920-wrapup', false);
  await shot(small, 'projector-1280-wrapup', false);
  // Readable from the back of the room: digits at least a quarter of the screen's height.
  for (const [p, h] of [
    [big, 1080],
    [small, 720],
  ] as const) {
    const box = await p.getByRole('timer', { name: 'Time remaining' }).boundingBox();
    expect(box!.height).toBeGreaterThan(h / 4);
  }

  await forward(5 * MIN);
  for (const p of [consolePage, big, small])
    await expect(p.locator('.cue-badge').first()).toHaveText(/Overtime/);
  await shot(big, 'projector-1920-overtime', false);
  await shot(small, 'projector-1280-overtime', false);

  const attendee = await openPage();
  // The attendee's own clock stays real: only the host clock it syncs to is the test's.
  await movableHostClockOn(attendee.context, clock, base);
  await joinAs(attendee.page, joinUrl!, 'Eddie the Entrepreneur');
  await expect(attendee.page.locator('.cue-badge').first()).toHaveText(/Overtime/);
  await expect(
    attendee.page
      .getByRole('region', { name: 'Welcome and mission' })
      .filter({ has: attendee.page.getByRole('timer') }),
  ).toBeVisible();
  await shot(attendee.page, 'attendee-current-block');

  // On to the brainstorm: the console's ledger has the first block; the projector shares the
  // screen with the board.
  await consolePage.getByRole('button', { name: 'Next block' }).click();
  await forward(2 * MIN);
  await expect(
    consolePage.getByRole('table', { name: 'Ledger' }).getByRole('row', { name: /Welcome/ }),
    // 30:30 of forwarded time plus the real seconds the steps took (more on a loaded machine).
  ).toContainText(/30:[3-5]\d|31:\d\d/);
  await shot(consolePage, 'console-timer', false);
  await agendaTab(consolePage);
  await consolePage
    .getByRole('region', { name: 'Day 1: Where we are going', exact: true })
    .screenshot({ path: `${SCREENSHOTS}/console-agenda-day1.png` });
  await expect(big.getByText('Block 2 of 11')).toBeVisible();
  await shot(big, 'projector-1920-board-block', false);
  for (const c of [consoleCtx, bigCtx, smallCtx, attendee.context]) await c.close();
});

test('axe: console with the shortcuts overlay, projector and attendee, on real clocks', async ({
  browser,
  host,
  openPage,
}) => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(host.consoleUrl);
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Session title' }).fill('Retro');
  await page.getByRole('radio', { name: 'Retrospective', exact: true }).check();
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const projectorHref = await page
    .getByRole('link', { name: 'Open projector' })
    .getAttribute('href');
  const joinUrl = await page.getByRole('link', { name: 'Join link' }).getAttribute('href');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await shot(page, 'console-shortcuts-help', false);
  await expectAxeClean(page);
  await page.keyboard.press('Escape');
  await expectAxeClean(page);
  await agendaTab(page);
  await shot(page, 'console-agenda-tab', false);
  await expectAxeClean(page);
  await page.goto(`${host.localUrl}${projectorHref}`);
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toBeVisible();
  await expectAxeClean(page);
  const attendee = await openPage();
  await joinAs(attendee.page, joinUrl!, 'Ada');
  await expect(attendee.page.getByRole('timer', { name: 'Time remaining' })).toBeVisible();
  await expectAxeClean(attendee.page);
  await ctx.close();
  await attendee.context.close();
});
