// The facilitator's toolkit on the console (issue 13, parts 4-8): timer presets, an exact time,
// reset and the wrap-up threshold by button and shortcut; the facilitator's own notes; a merge
// that keeps both authors, undone and redone. Driven by role and accessible name.
import { test, expect } from './fixtures';
import { brainstormSession, joinAs, note, showPart } from './roomFixtures';

test('timer presets, an exact time, reset and wrap-up, by button and by shortcut', async ({
  browser,
  host,
  look,
}) => {
  // Several pages and axe runs on a machine shared with other work.
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await brainstormSession(page, host, 'Timer toolkit');
  const timer = page.getByRole('timer', { name: 'Time remaining' });
  const planned = (await timer.textContent()) ?? '';

  await page
    .getByRole('group', { name: 'Set the time left' })
    .getByRole('button', { name: '3:00', exact: true })
    .click();
  await expect(timer).toHaveText('3:00');
  // Space after clicking a preset starts the timer; it does not press the preset again.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(timer).toHaveText(/^(3:00|2:5\d)$/);

  await page.keyboard.press('Shift+Digit5');
  await expect(timer).toHaveText('15:00');
  await page.keyboard.press('Shift+Digit1');
  await expect(timer).toHaveText('1:00');

  // T goes to the exact-time field; a bad time says how to write one and changes nothing.
  await page.keyboard.press('t');
  await expect(page.getByRole('textbox', { name: /Set time left/ })).toBeFocused();
  await page.keyboard.type('four');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('m:ss (4:30)');
  await expect(timer).toHaveText('1:00');
  await page.getByRole('textbox', { name: /Set time left/ }).fill('4:30');
  await page.keyboard.press('Enter');
  await expect(timer).toHaveText('4:30');

  // W: this block's wrap-up threshold; with 10 minutes the cue is "Wrap up" at once.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('w');
  await expect(page.getByRole('textbox', { name: /Wrap-up at/ })).toBeFocused();
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.locator('.cue-badge')).toHaveText(/Wrap up/);

  // R resets the block to its planned time (the timer keeps running).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('r');
  await expect(timer).toHaveText(new RegExp(`^(${planned}|${planned.replace(/0$/, '')}\\d)$`));
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // The help lists every shortcut.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const key of ['Shift+1', 'Shift+5', 'T', 'R', 'W']) await expect(help).toContainText(key);
  await look(page, 'toolkit-timer-help-1280', { axe: false });
  await page.keyboard.press('Escape');
  await look(page, 'toolkit-timer-console-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await look(page, 'toolkit-timer-console-1920', { axe: false });
  await ctx.close();
});

test('the facilitator writes a note; a merge keeps both authors; undo and redo', async ({
  browser,
  host,
  openPage,
  look,
}) => {
  // Several pages and axe runs on a machine shared with other work.
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const { joinUrl, projectorUrl } = await brainstormSession(page, host, 'Merge and undo');
  const ada = await openPage({ viewport: { width: 390, height: 844 } });
  await joinAs(ada.page, joinUrl, 'Ada');
  await ada.page.getByRole('textbox', { name: 'New note' }).fill('Ship offline mode');
  await ada.page.getByRole('button', { name: 'Add note' }).click();
  await expect(note(ada.page, 'Ship offline mode')).toBeVisible();

  await page.getByText('Write a note on this board').click();
  await page.getByRole('textbox', { name: 'New note' }).fill('Offline first, sync later');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(note(page, 'Offline first, sync later')).toHaveAccessibleName('Your note');
  await look(page, 'toolkit-facilitator-note-1280');
  await page.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(note(ada.page, 'Offline first, sync later')).toHaveAccessibleName(
    'Note by Facilitator',
  );

  await note(page, 'Ship offline mode').getByText('Edit, merge, promote').click();
  await note(page, 'Ship offline mode').getByRole('button', { name: 'Merge into…' }).click();
  await page.getByLabel('Merge into').selectOption({ label: 'Offline first, sync later' });
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  const merged = note(ada.page, 'Offline first, sync later');
  await expect(merged).toHaveAccessibleName('Note by Facilitator and Ada');
  await expect(note(page, 'Offline first, sync later')).toHaveAccessibleName('Note by You and Ada');
  await expect(ada.page.getByRole('article')).toHaveCount(1);
  await look(ada.page, 'toolkit-merged-attendee-390');
  const projector = await openPage({ viewport: { width: 1920, height: 1080 } });
  await projector.page.goto(projectorUrl);
  await expect(
    projector.page.getByRole('listitem', { name: 'Note by Facilitator and Ada' }),
  ).toBeVisible();
  await look(projector.page, 'toolkit-merged-projector-1920');

  // Undo by button gives both notes back, on every page; redo by keyboard merges again.
  await page.getByRole('button', { name: 'Undo merge' }).click();
  await expect(ada.page.getByRole('article')).toHaveCount(2);
  await expect(note(ada.page, 'Ship offline mode')).toHaveAccessibleName('Your note');
  await expect(page.getByRole('button', { name: 'Redo merge' })).toBeEnabled();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+Z');
  await expect(ada.page.getByRole('article')).toHaveCount(1);
  await page.keyboard.press('Control+Z');
  await expect(ada.page.getByRole('article')).toHaveCount(2);
  await look(page, 'toolkit-undo-console-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await look(page, 'toolkit-undo-console-1920', { axe: false });
  await ctx.close();
});

test('owners: accept opens the form prefilled; saving without a Responsible warns first', async ({
  browser,
  host,
  openPage,
  look,
}) => {
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const { joinUrl } = await brainstormSession(page, host, 'Owners');
  const grace = await openPage({ viewport: { width: 390, height: 844 } });
  await joinAs(grace.page, joinUrl, 'Grace');
  await showPart(grace.page, 'Decisions');
  await grace.page.getByRole('radio', { name: 'action' }).check();
  await grace.page.getByRole('textbox', { name: 'Your suggestion' }).fill('Write the pricing FAQ');
  await grace.page.getByRole('button', { name: 'Send suggestion' }).click();

  const panel = page.getByRole('region', { name: 'Decisions, actions and measures' });
  await panel
    .getByRole('article', { name: /Suggested action/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  const form = page.getByRole('form', { name: 'New action' });
  const owner = form.getByRole('combobox', { name: 'Responsible (owner)' });
  await expect(owner).toHaveValue('Grace');
  await expect(form.getByRole('textbox', { name: 'Action title' })).toHaveValue(
    'Write the pricing FAQ',
  );
  await expect(form.getByRole('combobox', { name: 'From block' })).toHaveValue(/.+/);
  await expect(form.getByLabel('From block').locator('option:checked')).toContainText('Brainstorm');
  // The owner list offers who is here.
  await expect(page.locator(`datalist option[value="Grace"]`)).toHaveCount(1);
  await look(page, 'toolkit-owner-form-1280');

  await owner.fill('');
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(form.getByRole('alert')).toContainText('No owner, no action');
  await expect(panel.getByRole('rowheader', { name: 'Write the pricing FAQ' })).toHaveCount(0);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await look(page, 'toolkit-owner-warning-1920', { axe: false });
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(panel.getByRole('rowheader', { name: 'Write the pricing FAQ' })).toBeVisible();
  await expect(panel.getByRole('article', { name: /Suggested action/ })).toHaveCount(0);
  await ctx.close();
});

test('board columns change at any time; notes of a removed column go to Unsorted', async ({
  browser,
  host,
  openPage,
  look,
}) => {
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const { joinUrl } = await brainstormSession(page, host, 'Columns');
  const ada = await openPage({ viewport: { width: 390, height: 844 } });
  await joinAs(ada.page, joinUrl, 'Ada');
  await page.getByText('Write a note on this board').click();
  await page.getByRole('textbox', { name: 'New note' }).fill('Parked idea');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(note(ada.page, 'Parked idea')).toBeVisible();

  await page.getByText('Board settings', { exact: true }).click();
  const editor = page.getByRole('form', { name: 'Board columns' });
  await editor.getByRole('button', { name: 'Add column' }).click();
  const titles = editor.getByRole('textbox', { name: /^Column \d+ title$/ });
  await titles.last().fill('Later');
  await editor
    .getByRole('button', { name: /^Remove column/ })
    .first()
    .click();
  await look(page, 'toolkit-columns-editor-1280');
  await editor.getByRole('button', { name: 'Save columns' }).click();

  for (const p of [page, ada.page]) {
    await expect(p.getByRole('region', { name: 'Column: Later' })).toBeVisible();
    await expect(
      p.getByRole('region', { name: 'Column: Unsorted' }).getByRole('article'),
    ).toContainText('Parked idea');
  }
  await look(ada.page, 'toolkit-columns-attendee-390');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await look(page, 'toolkit-columns-console-1920', { axe: false });

  // A column edit is one undo step: the old columns come back with the note in its own.
  await page.getByRole('button', { name: 'Undo column change' }).click();
  for (const p of [page, ada.page]) {
    await expect(p.getByRole('region', { name: 'Column: Later' })).toHaveCount(0);
    await expect(p.getByRole('region', { name: 'Column: Unsorted' })).toHaveCount(0);
    await expect(note(p, 'Parked idea')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Redo column change' }).click();
  await expect(
    ada.page.getByRole('region', { name: 'Column: Unsorted' }).getByRole('article'),
  ).toContainText('Parked idea');
  await ctx.close();
});
