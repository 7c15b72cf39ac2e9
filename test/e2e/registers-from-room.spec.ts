// Issue 21: a decision from a group on the console's board goes through the decision form,
// prefilled, filed under the block the room is on (not the board's); saving records it, and an
// undo takes it away with the "Decision recorded" beside the group (read from the registers).
import { test, expect } from './fixtures';
import { heavyRoom } from './heavyRoom';

test('a group’s decision goes through its form, under the running block; undo leaves no label', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(120_000);
  const room = await heavyRoom(host);
  // The room is on the vote; the console's board is the roadmap board it votes on.
  await room.goTo('Vote on roadmap priorities');
  const { page } = await openPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(room.consoleUrl);
  const board = page.getByRole('region', { name: 'Board' });
  // The group's actions are in one menu button; 'Record decision' is an item of its menu.
  const actions = board.getByRole('button', { name: 'Group actions: Calm on-call' });
  const menu = board.getByRole('menu', { name: 'Group actions: Calm on-call' });
  const record = menu.getByRole('menuitem', { name: 'Record decision' });
  // The status sits beside the menu button (outside its span.menu-button); empty, it is not
  // drawn (display: none), so it is found hidden too.
  const status = actions.locator('xpath=../..').getByRole('status', { includeHidden: true });
  const registers = page.getByRole('region', { name: 'Decisions, actions and measures' });
  const recorded = registers.getByRole('article', { name: /^Decision D\d+: Calm on-call$/ });

  await actions.click();
  await record.click();
  await expect(menu).toBeHidden();
  const form = page.getByRole('form', { name: 'New decision' });
  await expect(form.getByRole('textbox', { name: 'Decision title' })).toHaveValue('Calm on-call');
  await expect(form.getByRole('textbox', { name: 'Decision title' })).toBeFocused();
  await expect(form.getByRole('combobox', { name: 'From block' })).toHaveValue(
    room.seed.voteBlockId,
  );
  await expect(status).toHaveText('Decision form open in the registers');
  // Nothing is recorded until the form is saved.
  await expect(recorded).toHaveCount(0);
  await form
    .getByRole('textbox', { name: 'The decision' })
    .fill('From January nobody is paged for an alert that can wait until morning.');
  await look(page, 'registers-decision-form-from-group-1440', { fullPage: false });
  await form.getByRole('button', { name: 'Add decision' }).click();
  await expect(form).toBeHidden();

  // Listed with the running block's decisions, and said beside the group.
  await expect(recorded).toBeVisible();
  await expect(status).toHaveText('Decision recorded');
  await actions.scrollIntoViewIfNeeded();
  await look(page, 'registers-decision-recorded-on-group-1440', { fullPage: false });

  await page.getByRole('button', { name: 'Undo decision change' }).click();
  await expect(recorded).toHaveCount(0);
  await expect(status).toHaveText('');
  // The group can be decided on again: its menu still offers the decision.
  await actions.click();
  await expect(record).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // What the block settled, in the facilitator's words, for the minutes.
  const outcome = registers.getByRole('textbox', {
    name: 'Outcome of “Vote on roadmap priorities” (for the minutes)',
  });
  await outcome.fill('Data layer and release train first; on-call waits for Q2.');
  await registers.getByRole('button', { name: 'Save outcome' }).click();
  await expect(registers.getByRole('button', { name: 'Save outcome' })).toBeDisabled();
  await page.reload();
  await expect(outcome).toHaveValue('Data layer and release train first; on-call waits for Q2.');
  room.close();
});
