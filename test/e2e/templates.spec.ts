// The facilitator's own templates (issue 13, part 6) and the block editor's wrap-up cue: save a
// session's agenda as a template in the library, start a new session from it, export it as a
// file and import it again; bad files are refused with a clear error and change nothing.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { agendaTab, createFromTemplate } from './roomFixtures';

const TRICKY = '<script>window.__pwned = 1</script> Retro 🎯';

const templates = (page: Page) => page.getByRole('table', { name: 'Your templates' });
const templateRow = (page: Page, name: string) =>
  templates(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const sessionRow = (page: Page, title: string) =>
  page
    .getByRole('table', { name: 'Sessions' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });

async function toLibrary(page: Page) {
  await page.getByRole('link', { name: '← All sessions' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sessions' })).toBeVisible();
}

async function saveAsTemplate(page: Page, session: string, name: string) {
  await sessionRow(page, session).getByRole('button', { name: 'Save as template' }).click();
  const dialog = page.getByRole('dialog', { name: `Save “${session}” as a template` });
  await dialog.getByRole('textbox', { name: 'Template name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save template' }).click();
  return dialog;
}

async function pickTemplateFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import template file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

test('save an agenda as a template; a new session from it has the same agenda', async ({
  browser,
  host,
  look,
}) => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await createFromTemplate(page, host.consoleUrl, 'Team retro', 'Retrospective');
  await agendaTab(page);

  // The block editor sets the block's wrap-up cue: the timer's field shows the same value.
  const first = page.getByRole('listitem', { name: 'Set the stage' });
  await first.getByRole('button', { name: 'Edit' }).click();
  await first.getByRole('spinbutton', { name: 'Wrap-up cue (min left)' }).fill('500');
  await first.getByRole('button', { name: 'Save block' }).click();
  await expect(first.getByRole('alert')).toContainText('from 1 to 120');
  await first.getByRole('spinbutton', { name: 'Wrap-up cue (min left)' }).fill('4');
  await first.getByRole('textbox', { name: 'Title' }).fill('Set the stage, briefly');
  await first.getByRole('button', { name: 'Save block' }).click();
  const edited = page.getByRole('listitem', { name: 'Set the stage, briefly' });
  await expect(edited).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Wrap-up at/ })).toHaveValue('4');
  const titles = await page.locator('.block-title').allTextContents();
  expect(titles).toHaveLength(5);

  await toLibrary(page);
  await saveAsTemplate(page, 'Team retro', TRICKY);
  await expect(page.getByRole('status').filter({ hasText: 'Saved the template' })).toHaveText(
    `Saved the template “${TRICKY}”.`,
  );
  // The name is text, never markup.
  await expect(templateRow(page, TRICKY)).toContainText('1 day, 5 blocks, 1 h 20 min');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // A second template of the same name is refused in the dialog; nothing is lost.
  const again = await saveAsTemplate(page, 'Team retro', TRICKY);
  await expect(again.getByRole('alert')).toContainText('There is already a template named');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(templates(page).getByRole('row')).toHaveCount(2);
  await look(page, 'templates-library-1280');

  // New session offers every template with what it holds, the full offsite chosen at first.
  await page.getByRole('button', { name: 'New session' }).click();
  const offsite = page.getByRole('radio', {
    name: 'Product & Engineering strategy offsite (2 days)',
    exact: true,
  });
  await expect(offsite).toBeChecked();
  await expect(offsite).toHaveAccessibleDescription(/^Two full days: mission/);
  await expect(page.getByRole('radio', { name: TRICKY, exact: true })).toHaveAccessibleDescription(
    /\d+ blocks?/,
  );
  await look(page, 'templates-new-session-1280', { fullPage: false });
  await page.getByRole('button', { name: 'Cancel' }).click();
  // A saved template's Use opens the form with it chosen: the same blocks, the wrap-up cue too.
  await templates(page)
    .getByRole('button', { name: `Use template ${TRICKY}` })
    .click();
  await expect(page.getByRole('radio', { name: TRICKY, exact: true })).toBeChecked();
  await page.getByRole('textbox', { name: 'Session title' }).fill('Next retro');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Next retro' })).toBeVisible();
  await agendaTab(page);
  await expect(page.locator('.block-title')).toHaveText(titles);
  const copy = page.getByRole('listitem', { name: 'Set the stage, briefly' });
  await copy.getByRole('button', { name: 'Edit' }).click();
  await expect(copy.getByRole('spinbutton', { name: 'Wrap-up cue (min left)' })).toHaveValue('4');
  await look(page, 'templates-block-editor-1280');
  await ctx.close();
});

test('export a template as a file and import it again; bad files change nothing', async ({
  browser,
  host,
}) => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await ctx.newPage();
  await createFromTemplate(page, host.consoleUrl, 'Ideas', 'Brainstorm and vote');
  await toLibrary(page);
  await saveAsTemplate(page, 'Ideas', 'Ideas hour');
  await expect(templateRow(page, 'Ideas hour')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await templateRow(page, 'Ideas hour').getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Ideas hour template.json');
  const text = readFileSync((await file.path())!);
  expect(JSON.parse(text.toString('utf8'))).toMatchObject({
    format: 'offsite-template',
    version: 1,
    name: 'Ideas hour',
  });

  await pickTemplateFile(page, 'Ideas hour template.json', text);
  await expect(templateRow(page, 'Ideas hour (imported 2)')).toHaveCount(1);

  // Malformed and far too large files: a clear alert, the list as it was.
  await pickTemplateFile(page, 'broken.json', Buffer.from('{"format": "offsite-template",'));
  await expect(page.getByRole('alert')).toHaveText(
    'Could not import “broken.json”: This is not a template file: it is not valid JSON.',
  );
  await pickTemplateFile(page, 'huge.json', Buffer.alloc(30 * 1024 * 1024, 0x20));
  await expect(page.getByRole('alert')).toHaveText(
    'Could not import “huge.json”: the file is 30.0 MB; a template file is at most 512 KB.',
  );
  await expect(templates(page).getByRole('row')).toHaveCount(3);

  // Delete with confirmation.
  await templateRow(page, 'Ideas hour (imported 2)')
    .getByRole('button', { name: 'Delete' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Ideas hour (imported 2)”?' });
  await dialog.getByRole('button', { name: 'Delete template' }).click();
  await expect(templateRow(page, 'Ideas hour (imported 2)')).toHaveCount(0);
  await expect(templateRow(page, 'Ideas hour')).toHaveCount(1);
  await ctx.close();
});
