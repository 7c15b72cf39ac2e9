// The projector never hides anything (issue 21): on the heavy session with 30 and with 120
// revealed notes, at 1280×720, 1920×1080 and 3840×2160, paging through the board shows every note
// (compared with what was seeded), each page holds the layout invariants (nothing cut off, no
// scroll, no text under a floor that scales with the screen); the console turns pages and puts a
// group or a note in focus; an open poll shows its question and how many answered, live; the join
// screen says how many have joined. Screenshots of each at the three sizes.
import type { Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';
import { heavyRoom, type HeavyRoom } from './heavyRoom';
import { expectLayoutSound } from './layoutInvariants';
import { joinAs } from './roomFixtures';
import { getAgenda } from '../../shared/model/agenda/read';
import { addBoardNote, groupNotes, nameGroup } from '../../shared/model/board';
import { applyTimerAction } from '../../shared/model/timer/commands';
import { createPoll, updatePoll } from '../../shared/model/polls/commands';
import { nextProjectorPage, setProjectorPageTurn } from '../../shared/model/session/projectorView';

const VISION = 'Vision: what would 10x growth take?';
const SIZES = [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const;
/** The smallest text on the projector: 1/45 of the screen's height (16 px at 720p, 24 at 1080p). */
const floorFor = (height: number) => Math.round(height / 45);

const WORDS =
  'release plan owner budget cluster search checkout partner tenant region cache queue alert runbook dashboard'.split(
    ' ',
  );

/** Note texts of varied length (one line to four), each unique. */
function noteTexts(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 3 + ((i * 7) % 23) }, (_w, k) => WORDS[(i + k * 3) % 15]);
    return `Idea ${i + 1}: ${words.join(' ')}`;
  });
}

/**
 * Fills the vision board (3 visible notes) up to `total` visible notes over its three columns,
 * with a named group of 12 (longer than a page at 720p) in the first column. Returns every note
 * text the projector should show, and the group's name and id.
 */
function fillVisionBoard(room: HeavyRoom, total: number) {
  const doc = room.doc;
  const blockId = getAgenda(doc)
    .days.flatMap((d) => d.blocks)
    .find((b) => b.title === VISION)!.id;
  const texts = noteTexts(total - 3);
  const ids = texts.map((text, i) =>
    addBoardNote(doc, {
      blockId,
      author: room.seed.facilitator,
      column: `c${(i % 3) + 1}`,
      text,
      id: `fill${i}`,
    }),
  );
  const members = ids.filter((_id, i) => i % 3 === 0).slice(0, 12);
  const [onto, ...rest] = members;
  const groupId = groupNotes(doc, { noteIds: rest, ontoId: onto!, actor: room.seed.facilitator });
  const groupName = 'Everything about the release train';
  nameGroup(doc, { blockId, groupId, name: groupName, actor: room.seed.facilitator });
  return {
    blockId,
    groupId,
    groupName,
    expected: [...room.seed.visibleNotes.slice(0, 3), ...texts],
  };
}

/** The texts of the notes on the screen now; fails if one is cut by its column. */
async function notesOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const note of document.querySelectorAll<HTMLElement>(
      '.projector-columns .projector-note',
    )) {
      if (!note.checkVisibility()) continue;
      const box = note.closest('[data-paged]')!.getBoundingClientRect();
      const r = note.getBoundingClientRect();
      if (r.top < box.top - 1 || r.bottom > box.bottom + 1)
        throw new Error(`note cut off by its column: ${note.textContent}`);
      out.push(note.querySelector('p')!.textContent!);
    }
    return out;
  });
}

/** "Page 2 of 3" as [2, 3]; [1, 1] when the board fits one page. */
async function pageOf(page: Page): Promise<[number, number]> {
  const board = page.getByRole('region', { name: 'Board' });
  const text = (await board.locator('.projector-page').count())
    ? await board.locator('.projector-page').innerText()
    : 'Page 1 of 1';
  const m = /Page (\d+) of (\d+)/.exec(text)!;
  return [Number(m[1]), Number(m[2])];
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

for (const total of [30, 120]) {
  test(`every one of ${total} notes reaches the projector by paging, at 720p, 1080p and 4K`, async ({
    host,
    openPage,
  }) => {
    test.setTimeout(240_000);
    const room = await heavyRoom(host);
    const { expected } = fillVisionBoard(room, total);
    // By hand: the test turns each page and reads it.
    setProjectorPageTurn(room.doc, 0, Date.now());
    await room.goTo(VISION);
    // One projector page, resized from screen to screen (as when its window is dragged to
    // another display): the heavy session loads once. The pages are re-counted by a resize
    // observer; two animation frames after a resize its callback has run.
    const [[firstWidth, firstHeight]] = SIZES;
    const { page } = await openPage({ viewport: { width: firstWidth, height: firstHeight } });
    await page.goto(room.projectorUrl);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const board = page.getByRole('region', { name: 'Board' });
      await expect(board.getByText(`${total} notes`)).toBeVisible();
      await expect(
        page.locator('.projector-columns .projector-note:visible').first(),
      ).toBeVisible();
      await shot(page, `projector-board-${total}-first-${width}x${height}`);
      const [first, count] = await pageOf(page);
      const seen: string[] = [];
      for (let step = 0; step < count; step++) {
        const want = ((first - 1 + step) % count) + 1;
        if (count > 1)
          await expect(board.locator('.projector-page')).toContainText(`Page ${want} of ${count}`);
        seen.push(...(await notesOnScreen(page)));
        await expectLayoutSound(page, { fixedScreen: true, minTextPx: floorFor(height) });
        if (step < 2) await shot(page, `projector-board-${total}-page${want}-${width}x${height}`);
        if (step < count - 1) nextProjectorPage(room.doc, Date.now());
      }
      // Every note exactly once over the pages.
      expect(seen.sort()).toEqual([...expected].sort());
      if (total === 120) expect(count).toBeGreaterThan(1);
    }
    room.close();
  });
}

test('pages turn by themselves, and the console turns them and puts a group or a note in focus', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(180_000);
  const room = await heavyRoom(host);
  const { groupName, expected } = fillVisionBoard(room, 120);
  await room.goTo(VISION);
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 800 } });
  await consolePage.goto(room.consoleUrl);
  const projectors: { page: Page; width: number; height: number }[] = [];
  for (const [width, height] of SIZES) {
    const { page } = await openPage({ viewport: { width, height } });
    await page.goto(room.projectorUrl);
    projectors.push({ page, width, height });
  }
  const p1080 = projectors[1]!.page;
  const pageLine = p1080.getByRole('region', { name: 'Board' }).locator('.projector-page');
  await expect(pageLine).toHaveText(/^Page \d+ of \d+$/);

  // Every 10 s, chosen on the console: the page turns without anyone touching it.
  const pages = consolePage.getByRole('group', { name: 'Projector pages' });
  await pages.getByRole('combobox').selectOption({ label: 'every 10 s' });
  const before = await pageLine.innerText();
  await expect(pageLine).not.toHaveText(before, { timeout: 15_000 });
  // By hand: Next and Previous page on the console.
  await pages.getByRole('combobox').selectOption({ label: 'by hand' });
  const [, count] = /of (\d+)/.exec(await pageLine.innerText())!.map(Number);
  const at = Number(/Page (\d+)/.exec(await pageLine.innerText())![1]);
  await pages.getByRole('button', { name: /Next page/ }).click();
  await expect(pageLine).toHaveText(`Page ${(at % count!) + 1} of ${count}`);
  await pages.getByRole('button', { name: /Previous page/ }).click();
  await expect(pageLine).toHaveText(`Page ${at} of ${count}`);
  // And by key, from the board view, where the projector card is out of sight: N and P.
  await consolePage.locator('body').focus();
  await consolePage.keyboard.press('b');
  await expect(consolePage.getByRole('button', { name: 'Board view' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await consolePage.keyboard.press('n');
  await expect(pageLine).toHaveText(`Page ${(at % count!) + 1} of ${count}`);
  await consolePage.keyboard.press('p');
  await expect(pageLine).toHaveText(`Page ${at} of ${count}`);
  await consolePage.keyboard.press('b');

  // A group in focus: its name and every one of its 12 notes, large, on every projector.
  const focusPicker = consolePage.getByRole('combobox', { name: 'In focus' });
  await focusPicker.selectOption({ label: `Group: ${groupName}` });
  await consolePage
    .locator('.projector-card')
    .screenshot({ path: `${SCREENSHOTS}/projector-console-card-1280.png` });
  for (const { page, width, height } of projectors) {
    const focus = page.getByRole('region', { name: 'In focus' });
    await expect(focus.getByRole('heading', { name: groupName })).toBeVisible();
    await expect(page.locator('.projector-columns')).toHaveCount(0);
    // The group's notes, over its pages if it has several.
    const line = focus.locator('.projector-page');
    const n = (await line.count()) ? Number(/of (\d+)/.exec(await line.innerText())![1]) : 1;
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      if (n > 1) await expect(line).toContainText(`Page ${i + 1} of ${n}`);
      for (const t of await focus.locator('.projector-note:visible p').allInnerTexts()) seen.add(t);
      if (i === 0) {
        if (width === 1920) await look(page, `projector-focus-group-${width}x${height}`);
        else await shot(page, `projector-focus-group-${width}x${height}`);
      }
      await expectLayoutSound(page, { fixedScreen: true, minTextPx: floorFor(height) });
      if (n > 1) await pages.getByRole('button', { name: /Next page/ }).click();
    }
    expect(seen.size).toBe(12);
    for (const t of seen) expect(expected).toContain(t);
  }
  // One note in focus.
  await focusPicker.selectOption({ value: 'note:fill3' });
  for (const { page, width, height } of projectors) {
    const focus = page.getByRole('region', { name: 'In focus' });
    await expect(focus.locator('.projector-focus-note')).toHaveText(/^Idea 4: /);
    await expect(focus).toContainText(`In focus · What is true at 10x · ${groupName}`);
    await expectLayoutSound(page, { fixedScreen: true, minTextPx: floorFor(height) });
    await shot(page, `projector-focus-note-${width}x${height}`);
  }
  // The whole board again.
  await focusPicker.selectOption({ label: 'The whole board' });
  await expect(p1080.locator('.projector-columns')).toBeVisible();
  room.close();
});

test('an open poll shows its question and its answers as they come; the join screen counts who joined', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(180_000);
  const room = await heavyRoom(host);
  await room.goTo('Product strategy and target customers');
  const projectors: { page: Page; width: number; height: number }[] = [];
  for (const [width, height] of SIZES) {
    const { page } = await openPage({ viewport: { width, height } });
    await page.goto(room.projectorUrl);
    projectors.push({ page, width, height });
  }
  const each = async (name: string, ready: (p: Page) => Promise<void>) => {
    for (const { page, width, height } of projectors) {
      await ready(page);
      await expectLayoutSound(page, { fixedScreen: true, minTextPx: floorFor(height) });
      if (width === 1920) await look(page, `projector-${name}-${width}x${height}`);
      else await shot(page, `projector-${name}-${width}x${height}`);
    }
  };

  // The join screen: eight people joined in the seed; one more joins.
  room.show('join');
  await each('join', (p) => expect(p.getByRole('status')).toHaveText('8 people have joined'));
  const { page: phone } = await openPage({ viewport: { width: 390, height: 844 } });
  await joinAs(phone, room.joinUrl, 'Nia Newcomer');
  for (const { page } of projectors)
    await expect(page.getByRole('status')).toHaveText('9 people have joined');

  // An open poll, results not shown: its question and the count, live.
  room.show('live');
  createPoll(room.doc, {
    id: 'proj-poll',
    question: 'Which market do we open first?',
    kind: 'choice',
    options: ['Nordics', 'Iberia', 'Benelux'],
    now: Date.now(),
  });
  updatePoll(room.doc, { pollId: 'proj-poll', state: 'open' });
  const card = (p: Page) =>
    p.getByRole('region', { name: 'Polls' }).getByLabel('Poll: Which market do we open first?');
  await each('poll-open', async (p) => {
    await expect(card(p)).toContainText('Which market do we open first?');
    await expect(card(p).getByRole('status')).toHaveText('Poll open · 0 answers so far');
  });
  const form = phone.getByRole('form', { name: 'Poll: Which market do we open first?' });
  await form.getByRole('radio', { name: 'Iberia' }).check();
  await form.getByRole('button', { name: 'Send answer' }).click();
  for (const { page } of projectors)
    await expect(card(page).getByRole('status')).toHaveText('Poll open · 1 answer so far');
  await shot(projectors[1]!.page, 'projector-poll-answered-1920x1080');

  // The break screen and a paused countdown, at every size.
  updatePoll(room.doc, { pollId: 'proj-poll', state: 'closed' });
  await room.goTo('Afternoon break');
  await each('break', (p) =>
    expect(p.getByRole('heading', { level: 1, name: /^Back at \d\d:\d\d$/ })).toBeVisible(),
  );
  await room.goTo('Product strategy and target customers');
  applyTimerAction(room.doc, { type: 'pause' }, { hostNow: Date.now() });
  await each('paused', (p) => expect(p.getByText('Paused', { exact: true })).toBeVisible());
  room.close();
});
