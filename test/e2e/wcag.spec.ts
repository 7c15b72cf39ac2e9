// WCAG 2.2 AA checks the other specs do not make (issue 27): every control on every view at least
// 24 × 24 px (2.5.8), focus never hidden under the room's sticky bars while tabbing through a long
// board (2.4.11), nothing animated when reduced motion is asked for (2.3.3), and the room's one
// polite announcer saying the reveal, voting, a question answered and a poll's results (4.1.3).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { heavyRoom } from './heavyRoom';
import { expectLayoutSound } from './layoutInvariants';
import { agendaTab, joinAs, showPart } from './roomFixtures';
import { getAgenda } from '../../shared/model/agenda/read';
import { addBoardNote } from '../../shared/model/board';
import { createPoll, updatePoll } from '../../shared/model/polls/commands';
import { setAnswer } from '../../shared/model/questions/commands';
import { listQuestions } from '../../shared/model/questions/read';

const ROADMAP = /^Engineering roadmap priorities/;
const TARGET = { minTargetPx: 24, inlineTargetsExempt: true };

test('every control on every view is at least 24 × 24 px', async ({ host, openPage }) => {
  test.setTimeout(240_000);
  const room = await heavyRoom(host);
  await room.goTo(ROADMAP);
  const { page: lib } = await openPage({ viewport: { width: 1280, height: 800 } });
  await lib.goto(host.consoleUrl);
  await expect(lib.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await expectLayoutSound(lib, TARGET);

  const { page: cons } = await openPage({ viewport: { width: 1280, height: 800 } });
  await cons.goto(room.consoleUrl);
  await expect(cons.getByRole('region', { name: /^Column:/ }).first()).toBeVisible();
  await expectLayoutSound(cons, TARGET);
  await room.goTo('Vision: what would 10x growth take?');
  await expect(cons.getByRole('region', { name: /^Column:/ }).first()).toBeVisible();
  await expectLayoutSound(cons, TARGET);
  await agendaTab(cons);
  await expectLayoutSound(cons, TARGET);

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const { page } = await openPage({ viewport });
    await page.goto(room.joinUrl);
    await expect(page.getByRole('textbox', { name: /name/i })).toBeVisible();
    await expectLayoutSound(page, TARGET);
    await joinAs(page, room.joinUrl, `Tess ${viewport.width}`);
    for (const block of ['Vision: what would 10x growth take?', ROADMAP]) {
      await room.goTo(block);
      await expect(page.getByRole('region', { name: /^Column:|^Results$/ }).first()).toBeVisible();
      await expectLayoutSound(page, TARGET);
    }
  }
  room.close();
});

/** Tabs through the page; each focused element must be the topmost thing at its centre and
 * inner corners (elementFromPoint), never under the sticky bar or the tab bar. Returns how many
 * were checked. */
async function tabThrough(page: Page, stops: number): Promise<number> {
  const hidden: string[] = [];
  let checked = 0;
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const b = el.getBoundingClientRect();
      if (b.width === 0 || b.height === 0) return null;
      // Sample the centre and the four inner corners: none may be covered.
      const pts = [
        [b.left + b.width / 2, b.top + b.height / 2],
        [b.left + 2, b.top + 2],
        [b.right - 2, b.top + 2],
        [b.left + 2, b.bottom - 2],
        [b.right - 2, b.bottom - 2],
      ];
      const covered = pts.filter(([x, y]) => {
        if (x! < 0 || y! < 0 || x! >= innerWidth || y! >= innerHeight) return false;
        const top = document.elementFromPoint(x!, y!);
        return !!top && top !== el && !el.contains(top) && !top.contains(el);
      });
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      // What fits between the bars must be wholly clear of them; something taller than half the
      // screen (a scrolling table) cannot be, and must not be wholly hidden (2.4.11's minimum).
      const inside = pts.filter(
        ([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight,
      );
      const big = b.height > innerHeight / 2;
      const hiddenNow = big ? covered.length === inside.length : covered.length > 0;
      return { name: `<${el.tagName.toLowerCase()}> ${name}`, hidden: hiddenNow };
    });
    if (!r) continue;
    checked++;
    if (r.hidden) hidden.push(r.name);
  }
  expect(hidden, 'focused elements covered by something').toEqual([]);
  return checked;
}

test('focus never hides under the room’s sticky bars, on a phone and a laptop', async ({
  host,
  openPage,
}) => {
  test.setTimeout(240_000);
  const room = await heavyRoom(host);
  const vision = getAgenda(room.doc)
    .days.flatMap((d) => d.blocks)
    .find((b) => b.title === 'Vision: what would 10x growth take?')!;
  for (let i = 0; i < 30; i++)
    addBoardNote(room.doc, {
      blockId: vision.id,
      author: room.seed.facilitator,
      column: `c${(i % 3) + 1}`,
      text: `Long board note ${i + 1}: the platform should onboard partners in an afternoon`,
      id: `long${i}`,
    });
  await room.goTo('Vision: what would 10x growth take?');
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    const { page } = await openPage({ viewport });
    await joinAs(page, room.joinUrl, `Fay ${viewport.width}`);
    await expect(page.getByText('Long board note 30:', { exact: false })).toBeAttached();
    expect(await tabThrough(page, 120)).toBeGreaterThan(60);
    // And back up the page, where the sticky bar is in the way of what comes before.
    await page.keyboard.down('Shift');
    const back = await tabThrough(page, 60);
    await page.keyboard.up('Shift');
    expect(back).toBeGreaterThan(30);
    // Placing a note: its banner sticks too, and the targets Tab reaches scroll clear of it.
    const last = page.getByRole('article').filter({ hasText: 'Long board note 30:' });
    await last.getByRole('button', { name: 'Group with…' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Placing a note' })).toBeVisible();
    // Backwards from the last target: what comes into view does so at the top, by the banner.
    await page.locator('[data-pick-target]').last().focus();
    await page.keyboard.down('Shift');
    const targets = await tabThrough(page, 40);
    await page.keyboard.up('Shift');
    expect(targets).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
  }
  room.close();
});

test('reduced motion: nothing animates or transitions on the room, console or projector', async ({
  host,
  openPage,
}) => {
  test.setTimeout(120_000);
  const room = await heavyRoom(host);
  await room.goTo('Vision: what would 10x growth take?');
  const moving = (page: Page) =>
    page.evaluate(() => {
      const out: string[] = [];
      const secs = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) || 0));
      for (const el of document.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        if (s.animationName !== 'none' && secs(s.animationDuration) > 0)
          out.push(`${el.className}: animation ${s.animationName}`);
        if (secs(s.transitionDuration) > 0) out.push(`${el.className}: transition`);
      }
      return out;
    });
  for (const url of [room.projectorUrl, room.consoleUrl, null]) {
    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    if (url) await page.goto(url);
    else await joinAs(page, room.joinUrl, 'Rae Reduced');
    await expect(page.getByRole('timer').first()).toBeVisible();
    expect(await moving(page)).toEqual([]);
  }
  room.close();
});

test('the room’s announcer says the reveal, voting, a question answered and a poll’s results', async ({
  host,
  openPage,
}) => {
  test.setTimeout(120_000);
  const { page: cons } = await openPage({ viewport: { width: 1280, height: 800 } });
  const room = await heavyRoom(host);
  await room.goTo('Product strategy and target customers');
  const { page } = await openPage({ viewport: { width: 390, height: 844 } });
  await joinAs(page, room.joinUrl, 'Ana Announced');
  const region = page.locator('[data-announcer]');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('[aria-live]')).not.toHaveCount(0);

  await showPart(page, 'Questions');
  await page.getByRole('textbox', { name: 'Your question' }).fill('Who owns the budget?');
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect
    .poll(() => listQuestions(room.doc).find((q) => q.text === 'Who owns the budget?')?.id)
    .toBeTruthy();
  const asked = listQuestions(room.doc).find((q) => q.text === 'Who owns the budget?')!;
  setAnswer(room.doc, { questionId: asked.id, answer: 'Finance does.', now: Date.now() });
  await expect(region).toHaveText('Question answered: “Who owns the budget?”.');

  createPoll(room.doc, {
    id: 'ap1',
    question: 'Which market first?',
    kind: 'choice',
    options: ['Nordics', 'Iberia'],
    now: Date.now(),
  });
  updatePoll(room.doc, { pollId: 'ap1', state: 'open' });
  updatePoll(room.doc, { pollId: 'ap1', state: 'closed', showResults: true });
  await expect(region).toHaveText('Poll results shown: “Which market first?”.');

  // The console, on a board: the reveal and the vote, as its own clicks make them.
  await cons.goto(room.consoleUrl);
  await room.goTo('Vision: what would 10x growth take?');
  const consRegion = cons.locator('[data-announcer]');
  await expect(cons.getByRole('region', { name: /^Column:/ }).first()).toBeVisible();
  await cons.getByRole('button', { name: /^Open voting/ }).click();
  await expect(region).toHaveText('Voting is open.');
  await expect(consRegion).toHaveText('Voting is open.');
  await cons.getByRole('button', { name: /^Close voting/ }).click();
  await expect(region).toHaveText('Voting is closed: the results are in.');
  room.close();
});
