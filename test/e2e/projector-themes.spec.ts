// The projector's three themes (issue 27): dark, light for daylight and high contrast, chosen on
// the console and kept in the session. In each theme, at 1280×720 and 1920×1080, on the board, an
// open poll and a closed one with its results, and the countdown alone, axe's colour-contrast
// finds nothing (WCAG AA at the projector's own type sizes; at 1080p every other rule too, at
// every impact) and a screenshot is taken to look at.
// Forced colours keep the bars' fills, and a screen asking for more contrast gets the main ink on
// secondary text.
import type { Page } from '@playwright/test';
import { axeOn } from './axe';
import { test, expect, SCREENSHOTS } from './fixtures';
import { heavyRoom } from './heavyRoom';
import { createPoll, updatePoll } from '../../shared/model/polls/commands';
import { setProjectorTheme, type ProjectorTheme } from '../../shared/model/session/projectorView';

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;
const THEMES: ProjectorTheme[] = ['dark', 'light', 'contrast'];

/** Axe's colour-contrast, or (`all`) every rule, at every impact. */
async function contrastViolations(page: Page, all = false): Promise<string[]> {
  const axe = axeOn(page);
  const r = await (all ? axe : axe.withRules(['color-contrast'])).analyze();
  return r.violations.flatMap((v) =>
    v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  );
}

const themeOf = (page: Page) =>
  page.locator('.projector-theme').getAttribute('data-theme', { timeout: 15_000 });

test('three projector themes, chosen on the console and kept, each passing colour contrast at 720p and 1080p', async ({
  host,
  openPage,
}) => {
  test.setTimeout(300_000);
  const room = await heavyRoom(host, { answered: true });
  const projectors: { page: Page; width: number; height: number }[] = [];
  for (const [width, height] of SIZES) {
    const { page } = await openPage({ viewport: { width, height } });
    await page.goto(room.projectorUrl);
    projectors.push({ page, width, height });
  }
  // The console's choice reaches every projector, and a reloaded projector keeps it.
  const { page: consolePage } = await openPage({ viewport: { width: 1440, height: 900 } });
  await consolePage.goto(room.consoleUrl);
  const colours = consolePage.getByRole('group', { name: 'Projector colours' });
  await colours.getByRole('radio', { name: 'Light (daylight)' }).check();
  for (const { page } of projectors) await expect.poll(() => themeOf(page)).toBe('light');
  await projectors[0]!.page.reload();
  await expect.poll(() => themeOf(projectors[0]!.page)).toBe('light');
  await colours.getByRole('radio', { name: 'Dark' }).check();
  for (const { page } of projectors) await expect.poll(() => themeOf(page)).toBe('dark');

  createPoll(room.doc, {
    id: 'theme-poll',
    question: 'Which market do we open first?',
    kind: 'choice',
    options: ['Nordics', 'Iberia', 'Benelux'],
    now: Date.now(),
  });
  const views: { name: string; show: () => Promise<void>; ready: (p: Page) => Promise<void> }[] = [
    {
      name: 'board',
      show: () => room.goTo('Vision: what would 10x growth take?'),
      ready: (p) => expect(p.locator('.projector-columns')).toBeVisible(),
    },
    {
      name: 'poll-open',
      show: async () => {
        await room.goTo('Product strategy and target customers');
        updatePoll(room.doc, { pollId: 'theme-poll', state: 'open' });
      },
      ready: (p) => expect(p.getByText('Poll open · 0 answers so far')).toBeVisible(),
    },
    {
      name: 'poll-results',
      show: async () => {
        updatePoll(room.doc, { pollId: 'theme-poll', state: 'closed', showResults: true });
        updatePoll(room.doc, { pollId: 'hp1', showResults: true });
      },
      ready: (p) =>
        expect(p.getByText('How confident are we in sharding first? (closed)')).toBeVisible(),
    },
    {
      name: 'timer',
      show: async () => {
        updatePoll(room.doc, { pollId: 'theme-poll', showResults: false });
        updatePoll(room.doc, { pollId: 'hp1', showResults: false });
        await room.goTo('Welcome and mission');
      },
      ready: async (p) => {
        await expect(p.locator('.projector-polls')).toHaveCount(0);
        await expect(p.locator('.countdown-digits')).toBeVisible();
      },
    },
  ];
  const failures: string[] = [];
  for (const view of views) {
    await view.show();
    for (const theme of THEMES) {
      setProjectorTheme(room.doc, theme);
      for (const { page, width, height } of projectors) {
        await expect.poll(() => themeOf(page)).toBe(theme);
        await view.ready(page);
        for (const v of await contrastViolations(page, width === 1920))
          failures.push(`${view.name} ${theme} ${width}x${height}: ${v}`);
        await page.screenshot({
          path: `${SCREENSHOTS}/projector-theme-${theme}-${view.name}-${width}x${height}.png`,
        });
      }
    }
  }
  expect(failures).toEqual([]);
  room.close();
});

test('forced colours keep the bars filled; a screen asking for more contrast gets the main ink', async ({
  host,
  openPage,
}) => {
  test.setTimeout(120_000);
  const room = await heavyRoom(host);
  await room.goTo('Welcome and mission');
  const { page } = await openPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(room.projectorUrl);
  const fill = page.locator('.progress-bar > div');
  await expect(fill).toBeVisible();
  const colours = () =>
    page.evaluate(() => {
      const css = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return {
        fill: css('.progress-bar > div').backgroundColor,
        stage: css('.projector').backgroundColor,
        ink: css('.projector').color,
        day: css('.projector-day').color,
      };
    });
  const plain = await colours();
  expect(plain.day).not.toBe(plain.ink);

  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await colours();
  // The fill is drawn in the system's text colour, never the stage's background.
  expect(forced.fill).toBe(forced.ink);
  expect(forced.fill).not.toBe(forced.stage);
  await page.screenshot({ path: `${SCREENSHOTS}/projector-forced-colours-1280x720.png` });

  await page.emulateMedia({ forcedColors: 'none', contrast: 'more' });
  for (const theme of THEMES) {
    setProjectorTheme(room.doc, theme);
    await expect.poll(() => themeOf(page)).toBe(theme);
    const more = await colours();
    expect(more.day, theme).toBe(more.ink);
  }
  room.close();
});
