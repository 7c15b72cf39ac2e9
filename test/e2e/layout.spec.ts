// Layout invariants on the heavy session (test/fixtures/heavySession.ts), for each view and
// viewport the room uses: the console at 1280, 1440 and 1920; the projector at 1280×720 and
// 1920×1080; the attendee on a phone (390×844) and a laptop (1280×800). Screenshots of each.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { heavyRoom } from './heavyRoom';
import { expectLayoutSound } from './layoutInvariants';
import { agendaTab, joinAs } from './roomFixtures';
import { createPoll, updatePoll } from '../../shared/model/polls/commands';

const ROADMAP = /^Engineering roadmap priorities/;

const CONSOLE_SIZES = [
  [1920, 1080],
  [1440, 900],
  [1280, 800],
] as const;

test('console cockpit at 1280, 1440 and 1920 px', async ({ host, openPage, look }) => {
  test.setTimeout(240_000);
  const room = await heavyRoom(host);
  await room.goTo(ROADMAP);
  // One page, resized: the heavy session loads once. The console lays out by CSS and resize
  // observers (no width read once at start), so a resized page is laid out as a fresh one.
  const { page } = await openPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(room.consoleUrl);
  const registers = page.getByRole('region', { name: 'Decisions, actions and measures' });
  for (const [width, height] of CONSOLE_SIZES) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Column:/ }).first()).toBeVisible();
    // The registers list this block's rows; the others are counted and one click away.
    await expect(registers.getByRole('status')).toHaveText('2 from other blocks not listed');
    await expect(
      registers.getByRole('button', {
        name: 'Edit decision No custom builds for single customers in Q1',
      }),
    ).toHaveCount(0);
    await look(page, `layout-console-${width}`, { fullPage: false, axe: width === 1280 });
    await expectLayoutSound(page, { timerControls: true });
  }
  // At 1280 (the last size above).
  await registers.getByRole('radio', { name: 'All blocks' }).check();
  await expect(
    registers.getByRole('button', {
      name: 'Edit decision No custom builds for single customers in Q1',
    }),
  ).toBeVisible();
  await expect(registers.getByRole('status')).toHaveCount(0);
  // Paused says so in words, apart from the cue colours, and keeps every control in view.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await look(page, 'layout-console-1280-paused', { fullPage: false });
  await expectLayoutSound(page, { timerControls: true });
  await page.getByRole('button', { name: 'Resume' }).click();
  // The Agenda tab keeps the timer in a narrower aside: its presets and fields stay inside.
  await agendaTab(page);
  for (const [width, height] of [...CONSOLE_SIZES].reverse()) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
    // axe once: the other widths are the same view.
    await look(page, `layout-console-agenda-${width}`, { fullPage: false, axe: width === 1280 });
    await expectLayoutSound(page, { timerControls: true });
  }
  room.close();
});

const PROJECTOR_SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

test('projector: board, results, discussion, break, join and hold screens', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(240_000);
  const room = await heavyRoom(host, { answered: true });
  const pages: { page: Page; width: number; height: number }[] = [];
  for (const [width, height] of [...PROJECTOR_SIZES, [3840, 2160] as const]) {
    const { page } = await openPage({ viewport: { width, height } });
    await page.goto(room.projectorUrl);
    pages.push({ page, width, height });
  }
  const check = async (
    name: string,
    ready: (p: (typeof pages)[number]['page']) => Promise<void>,
  ) => {
    for (const { page, width, height } of pages) {
      await ready(page);
      await look(page, `layout-projector-${name}-${width}x${height}`, {
        fullPage: false,
        axe: width === 1920,
      });
      // The smallest text 1/45 of the screen's height (16 px at 720p, 24 px at 1080p).
      await expectLayoutSound(page, { fixedScreen: true, minTextPx: Math.round(height / 45) });
    }
  };

  // Vision board: revealed notes in columns; the note text is at least 28 px at 1080p.
  await room.goTo('Vision: what would 10x growth take?');
  await check('notes', (p) =>
    expect(p.getByRole('region', { name: /^Column:/ }).first()).toBeVisible(),
  );
  const size = await pages[1]!.page
    .locator('.projector-note p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);

  // Roadmap board after the vote: 8 ranked results, what does not fit counted.
  await room.goTo(ROADMAP);
  await check('results', (p) => expect(p.getByRole('heading', { name: 'Results' })).toBeVisible());

  // A discussion with three long decisions, five actions and three measures.
  await room.goTo('Product strategy and target customers');
  await check('discuss', (p) =>
    expect(p.getByRole('region', { name: 'Decisions, actions and measures' })).toBeVisible(),
  );

  // Two polls' results up in the discussion: the decisions keep a row (they took none, their
  // heading cut), and each poll's chart is whole.
  createPoll(room.doc, {
    id: 'market',
    question: 'Which market do we open first?',
    kind: 'choice',
    options: ['Nordics', 'Iberia', 'Benelux'],
    now: Date.now(),
  });
  updatePoll(room.doc, { pollId: 'market', state: 'closed', showResults: true });
  updatePoll(room.doc, { pollId: 'hp1', showResults: true });
  await check('discuss-polls', async (p) => {
    await expect(p.getByText('Which market do we open first? (closed)')).toBeVisible();
    await expect(p.getByText('How confident are we in sharding first? (closed)')).toBeVisible();
    // hp1's anonymous answers, given through the host by their people (heavyRoom's `answered`).
    await expect(p.getByText('5 answers from 8 admitted · average 4.0 · 1 below 3')).toBeVisible();
    // A whole decision shows beside the polls: on whichever page the projector has turned to
    // (its page counter turns on its own), at least one item lies wholly inside the list's box.
    await expect
      .poll(() =>
        p.evaluate(() => {
          const box = document.querySelector('.projector-registers')?.getBoundingClientRect();
          if (!box) return 0;
          return [...document.querySelectorAll('.projector-registers .pr-item')].filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              r.height > 0 && r.top >= box.top && r.bottom <= Math.min(box.bottom, innerHeight)
            );
          }).length;
        }),
      )
      .toBeGreaterThan(0);
  });
  updatePoll(room.doc, { pollId: 'market', showResults: false });
  updatePoll(room.doc, { pollId: 'hp1', showResults: false });

  // A break says when the room is back.
  await room.goTo('Afternoon break');
  await check('break', (p) =>
    expect(p.getByRole('heading', { level: 1, name: /^Back at \d\d:\d\d$/ })).toBeVisible(),
  );

  // The facilitator's choices: the join screen, then hold.
  room.show('join');
  await check('join', (p) => expect(p.locator('.join-screen-code')).toBeVisible());
  const code = pages[1]!.page.locator('.join-screen-code');
  await expect(code).toHaveText(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  // Letters about a sixth of the screen's height: legible from 10 m on a 3 m wide screen.
  expect((await code.boundingBox())!.height).toBeGreaterThan(1080 / 8);
  room.show('hold');
  await check('hold', (p) => expect(p.locator('.projector-hold')).toBeVisible());
  room.close();
});

test('the console chooses what the projector shows', async ({ host, openPage }) => {
  const room = await heavyRoom(host);
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 800 } });
  await consolePage.goto(room.consoleUrl);
  const { page: projector } = await openPage({ viewport: { width: 1280, height: 720 } });
  await projector.goto(room.projectorUrl);
  await expect(projector.locator('.projector-title')).toBeVisible();
  const picker = consolePage.getByRole('group', { name: 'The projector shows' });
  await picker.getByRole('radio', { name: /^Join screen/ }).check();
  await expect(projector.locator('.join-screen-code')).toBeVisible();
  await picker.getByRole('radio', { name: /^Hold/ }).check();
  await expect(projector.locator('.projector-hold')).toBeVisible();
  await expect(projector.getByRole('timer')).toHaveCount(0);
  await picker.getByRole('radio', { name: /^The room/ }).check();
  await expect(projector.getByRole('timer', { name: 'Time remaining' })).toBeVisible();
  room.close();
});

test('attendee on a phone (390×844) and a laptop (1280×800)', async ({ host, openPage, look }) => {
  test.setTimeout(180_000);
  const room = await heavyRoom(host);
  // One attendee page, resized between the two (the phone layout is CSS: a media query), so the
  // room loads and the block moves once for both sizes.
  const { page } = await openPage({ viewport: { width: 390, height: 844 } });
  await joinAs(page, room.joinUrl, 'Zoë 🚀 Okafor');
  for (const [name, block, ready] of [
    ['notes', 'Vision: what would 10x growth take?', /^Column:/],
    ['results', ROADMAP, /^Results$/],
    ['discuss', 'Product strategy and target customers', /^Decisions/],
  ] as const) {
    await room.goTo(block);
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      // Each look from the top of the page (the last size left it scrolled to the bottom).
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.getByRole('region', { name: ready }).first()).toBeVisible();
      await look(page, `layout-attendee-${name}-${width}`, {
        fullPage: false,
        axe: name !== 'notes' || width === 390,
      });
      // On the phone, every control is a thumb's target.
      await expectLayoutSound(page, width === 390 ? { minTargetPx: 44 } : {});
      // The countdown and the block's title stay in view as the page scrolls.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(page.getByRole('timer', { name: 'Time remaining' })).toBeInViewport();
    }
  }
  room.close();
});
