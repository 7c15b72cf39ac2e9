// The console's board view (issue 21) on the heavy session: driven by keyboard only (the board
// view, reveal, grouping by choosing the target on the board, the group menu, voting, results,
// Space after the shortcuts overlay), its layout at 1280, 1440 and 1920 px (columns side by side,
// the first note on the first screen, nothing cut off without a "more"), and the badges of what
// arrives from the room while its panel is out of sight.
import { tabTo } from './keyboard';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { axeOn } from './axe';
import { heavyRoom } from './heavyRoom';
import { expectLayoutSound } from './layoutInvariants';
import { joinAs, note } from './roomFixtures';

const PERSONAS = 'Personas: who we build for';
const ROADMAP = /^Engineering roadmap priorities/;

async function writeNote(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'New note' }).fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(note(page, text)).toBeVisible();
}

test('the board view, driven by keyboard only', async ({ host, openPage }) => {
  test.setTimeout(120_000);
  const room = await heavyRoom(host);
  await room.goTo(PERSONAS);
  // The console sets the block's board up on sight.
  const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(room.consoleUrl);
  // An attendee writes three notes (on her own page; the console is driven by keyboard only).
  const { page: zoe } = await openPage();
  await joinAs(zoe, room.joinUrl, 'Zoë');
  await writeNote(zoe, 'Mike needs bulk edits');
  await writeNote(zoe, 'Eddie wants a free plan');
  await writeNote(zoe, 'Mike exports every Monday');
  const board = page.getByRole('region', { name: 'Board', exact: true });
  await expect(board.getByText('3 notes by others, hidden until the reveal')).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Time remaining' })).toBeVisible();

  // B: the board takes the screen; the room's panel waits behind its button.
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: 'Board view' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('complementary', { name: 'The room' })).toHaveCount(0);

  // The shortcuts overlay, opened from its button, closed with Esc: Space then pauses the timer
  // (it used to press the overlay's button again and reopen it).
  const help = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await tabTo(page, help);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Reveal the notes on the board' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(dialog).toBeHidden();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  // Esc and Space at once: the dialog's close event (and React's render after it) comes after the
  // key. Space still pauses (it was dropped: the timer read "is the overlay open" from React's
  // state, which a busy machine's CI run caught stale).
  await tabTo(page, help);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.evaluate(() => {
    document.querySelector<HTMLDialogElement>('dialog:modal')?.close();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
  });
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

  // E reveals.
  await page.keyboard.press('e');
  await expect(board.getByRole('status').filter({ hasText: /^Revealed/ })).toBeVisible();
  await expect(note(page, 'Mike needs bulk edits')).toBeVisible();

  // Group by choosing the target on the board: "Group with…", then Enter on the target.
  const mike = note(page, 'Mike needs bulk edits');
  await tabTo(page, mike.getByText('Edit, merge, promote'));
  await page.keyboard.press('Enter');
  await tabTo(page, mike.getByRole('button', { name: 'Group with…' }), 10);
  await page.keyboard.press('Enter');
  await expect(board.getByRole('group', { name: 'Placing a note' })).toContainText(
    'Group “Mike needs bulk edits” with',
  );
  // The first target has the focus; Esc cancels and gives the focus back to the note.
  await expect(page.locator('[data-pick-target]').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(board.getByRole('group', { name: 'Placing a note' })).toHaveCount(0);
  await expect(mike).toBeFocused();
  await tabTo(page, mike.getByRole('button', { name: 'Group with…' }), 10);
  await page.keyboard.press('Enter');
  const target = page.getByRole('button', { name: 'Group with this: “Mike exports every Monday”' });
  await tabTo(page, target, 20);
  await page.keyboard.press('Enter');
  const group = board.getByRole('group', { name: /^Group: / });
  await expect(group.getByRole('article')).toHaveCount(2);
  await expect(board.getByRole('group', { name: 'Placing a note' })).toHaveCount(0);

  // The focus lands on the new group's menu; Enter opens it on its first item.
  const menuButton = group.getByRole('button', { name: /^Group actions: Group: / });
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-haspopup', 'menu');
  await page.keyboard.press('Enter');
  const menu = group.getByRole('menu');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Rename group',
    'Ungroup',
    'Record decision',
    'Promote to action',
  ]);
  await expect(menu.getByRole('menuitem', { name: 'Rename group' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Promote to action' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Rename group' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  // Rename from the menu: the field takes the focus, Enter saves.
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Rename group' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(group.getByRole('textbox', { name: 'Group name' })).toBeFocused();
  await page.keyboard.type('How Mike works');
  await page.keyboard.press('Enter');
  // Named, the group is called by its name.
  await expect(
    board
      .getByRole('group', { name: 'How Mike works' })
      .getByRole('heading', { name: 'How Mike works' }),
  ).toBeVisible();

  // V opens voting, V again closes it; S goes to the results.
  await page.keyboard.press('v');
  await expect(board.getByRole('status').filter({ hasText: 'voting open' })).toBeVisible();
  await page.keyboard.press('v');
  await expect(board.getByRole('status').filter({ hasText: 'voting closed' })).toBeVisible();
  await page.keyboard.press('s');
  // In the board view the ranked results fold into one line; S opens them.
  await expect(page.locator('.results-anchor summary')).toBeFocused();
  await expect(board.getByRole('heading', { name: 'Results' })).toBeInViewport();

  // B again: the cockpit, with the room beside it.
  await page.keyboard.press('b');
  await expect(page.getByRole('complementary', { name: 'The room' })).toBeVisible();
  room.close();
});

test('the board view at 1280, 1440 and 1920 px', async ({ host, openPage, look }) => {
  test.setTimeout(180_000);
  const room = await heavyRoom(host);
  // The roadmap board: 40 notes in four columns, five groups, the vote closed with 8 results.
  await room.goTo(ROADMAP);
  // One page, resized (1280 last: it opens a menu and a panel): the heavy session loads once.
  // The board lays out by CSS and resize observers, so a resized page is laid out as a fresh one.
  const { page } = await openPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(room.consoleUrl);
  await expect(page.getByRole('region', { name: /^Column:/ }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Board view' }).click();
  for (const [width, height] of [
    [1920, 1080],
    [1440, 900],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('region', { name: /^Column:/ }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Board view' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await look(page, `console-board-view-${width}`, { fullPage: false, axe: width === 1280 });
    // For the report: how tall the page is and where the first note starts.
    const measured = await page.evaluate(() => ({
      pageHeight: document.documentElement.scrollHeight,
      firstNoteTop: Math.round(document.querySelector('.board-note')!.getBoundingClientRect().top),
    }));
    console.log(`[measure] board view ${width}×${height}: ${JSON.stringify(measured)}`);
    await expectLayoutSound(page, {
      sideBySide: '.board-column',
      onFirstScreen: '.board-column .board-note',
      boxesSayMore: true,
    });
    if (width === 1280) {
      // A group's actions are one menu button, not four buttons and a field.
      const group = page.locator('.board-group').first();
      await expect(group.locator('.group-head').getByRole('button')).toHaveCount(1);
      await expect(group.getByRole('textbox')).toHaveCount(0);
      await group.getByRole('button', { name: /^Group actions: / }).click();
      await expect(group.getByRole('menu')).toBeVisible();
      await look(page, 'console-board-view-1280-menu', { fullPage: false });
      // Every name starts with what its control shows (voice control: "click Group actions").
      const mismatched = await axeOn(page).withRules(['label-content-name-mismatch']).analyze();
      expect(mismatched.violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
      await page.keyboard.press('Escape');
      // With a panel beside the board the columns still stand side by side.
      await page.getByRole('button', { name: 'Questions' }).click();
      await expect(page.getByRole('heading', { name: /^Questions/ })).toBeVisible();
      await look(page, 'console-board-view-1280-panel', { fullPage: false });
      await expectLayoutSound(page, { sideBySide: '.board-column', boxesSayMore: true });
    }
  }
  room.close();
});

test('a long note shows its first lines and “+N more lines”', async ({ host, openPage }) => {
  const room = await heavyRoom(host);
  await room.goTo(PERSONAS);
  const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(room.consoleUrl);
  await page.getByRole('button', { name: 'Board view' }).click();
  const { page: zoe } = await openPage();
  await joinAs(zoe, room.joinUrl, 'Zoë');
  const long = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of what Mike told us.`).join(
    ' ',
  );
  await writeNote(zoe, long);
  await page.getByRole('button', { name: 'Reveal notes' }).click();
  const card = note(page, 'Line 1 of what Mike told us.');
  const more = card.getByRole('button', { name: /^\+\d+ more lines$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expectLayoutSound(page, { boxesSayMore: true });
  const clamped = (await card.locator('.note-text').boundingBox())!.height;
  await more.click();
  await expect(card.getByRole('button', { name: 'Show less' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect((await card.locator('.note-text').boundingBox())!.height).toBeGreaterThan(clamped * 2);
  await expect(card.getByText(/Line 30 of what Mike told us\.$/)).toBeInViewport();
  room.close();
});

test('what arrives from the room while its panel is closed gets a badge', async ({
  host,
  openPage,
}) => {
  const room = await heavyRoom(host);
  await room.goTo(PERSONAS);
  const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(room.consoleUrl);
  await page.getByRole('button', { name: 'Board view' }).click();
  const questionsTab = page
    .getByRole('navigation', { name: 'Panels' })
    .getByRole('button', { name: /^Questions/ });
  // Whatever the seed left waiting is seen once the panel has been open.
  await questionsTab.click();
  await expect(page.getByRole('heading', { name: /^Questions/ })).toBeVisible();
  await expect(questionsTab).toHaveAccessibleName('Questions');
  await questionsTab.click();
  await expect(page.getByRole('heading', { name: /^Questions/ })).toHaveCount(0);

  const { page: zoe } = await openPage();
  await joinAs(zoe, room.joinUrl, 'Zoë');
  await zoe.getByRole('textbox', { name: 'Your question' }).fill('Who owns the personas?');
  await zoe.getByRole('button', { name: 'Ask' }).click();
  await expect(questionsTab).toHaveAccessibleName('Questions 1 new');
  await zoe.getByRole('textbox', { name: 'Your question' }).fill('Do we test them with customers?');
  await zoe.getByRole('button', { name: 'Ask' }).click();
  await expect(questionsTab).toHaveAccessibleName('Questions 2 new');

  // Opening the panel shows them: the badge goes; a question arriving while it is open has none.
  await questionsTab.click();
  await expect(page.getByText('Do we test them with customers?', { exact: true })).toBeVisible();
  await expect(questionsTab).toHaveAccessibleName('Questions');
  await zoe.getByRole('textbox', { name: 'Your question' }).fill('When do we meet Eddie?');
  await zoe.getByRole('button', { name: 'Ask' }).click();
  await expect(page.getByText('When do we meet Eddie?', { exact: true })).toBeVisible();
  await expect(questionsTab).toHaveAccessibleName('Questions');
  room.close();
});
