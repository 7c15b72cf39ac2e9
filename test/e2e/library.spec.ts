// The session library in the console (issue 6): list, open, rename, duplicate, delete with
// confirmation, export and import (file picker and drag and drop); bad files change nothing;
// a data folder that cannot be written shows a warning while the session keeps running.
import { test, expect, expectAxeClean } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addNote, createSession, joinAs, note } from './roomFixtures';
import { offsiteFileWithNotes } from '#kit/seeds/notes';

const rows = (page: Page) => page.getByRole('table').getByRole('row');
const row = (page: Page, title: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });

async function pickFile(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import session file…' }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

async function dropFile(page: Page, name: string, bytes: Uint8Array) {
  const data = await page.evaluateHandle(
    ([n, b]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], n, { type: 'application/octet-stream' }));
      return dt;
    },
    [name, [...bytes]] as const,
  );
  const zone = page.getByTestId('library-drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer: data });
  await zone.dispatchEvent('drop', { dataTransfer: data });
}

test('the library lists, renames, duplicates, exports, imports and deletes sessions', async ({
  browser,
  host,
}) => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await ctx.newPage();
  await createSession(page, host.consoleUrl, 'Strategy offsite');
  await page.getByRole('link', { name: '← All sessions' }).click();

  await expect(rows(page)).toHaveCount(2); // header + one session
  const strategy = row(page, 'Strategy offsite');
  await expect(strategy.getByRole('cell').nth(2)).toHaveText(/\d+(\.\d)? (B|KB)/);

  // Rename in place.
  await strategy.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'New title for Strategy offsite' }).fill('Strategy 2027');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed' })).toHaveText(
    'Renamed to “Strategy 2027”.',
  );
  await expect(row(page, 'Strategy 2027')).toHaveCount(1);

  // Duplicate.
  await row(page, 'Strategy 2027').getByRole('button', { name: 'Duplicate' }).click();
  await expect(row(page, 'Strategy 2027 (copy)')).toHaveCount(1);

  // Export: a browser download of an .offsite file.
  const download = page.waitForEvent('download');
  await row(page, 'Strategy 2027').getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/Strategy 2027\.offsite$/);
  const bytes = new Uint8Array(readFileSync((await file.path())!));
  expect(Buffer.from(bytes.subarray(0, 7)).toString()).toBe('OFFSITE');

  // Delete with confirmation: cancelling keeps it, confirming removes it.
  await row(page, 'Strategy 2027 (copy)').getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Strategy 2027 (copy)”?' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'test-results/library-delete.png' });
  await expectAxeClean(page);
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows(page)).toHaveCount(3);
  await row(page, 'Strategy 2027 (copy)').getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete session' }).click();
  await expect(row(page, 'Strategy 2027 (copy)')).toHaveCount(0);
  await expect(rows(page)).toHaveCount(2);

  // Import through the file picker and by dropping the file onto the library.
  await pickFile(page, 'strategy.offsite', bytes);
  // The file of a session still in the library comes in as "(imported 2)", not a second twin.
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported “Strategy 2027 (imported 2)”.',
  );
  await expect(row(page, 'Strategy 2027 (imported 2)')).toHaveCount(1);
  await dropFile(page, 'seeded.offsite', offsiteFileWithNotes('Dropped retro', 3));
  await expect(row(page, 'Dropped retro')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/library.png', fullPage: true });
  await expectAxeClean(page);

  // Opening an imported session shows its notes.
  await row(page, 'Dropped retro').getByRole('link', { name: 'Dropped retro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dropped retro' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  await ctx.close();
});

test('bad session files get a clear error and change nothing', async ({ browser, host }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await createSession(page, host.consoleUrl, 'Keep me');
  await page.getByRole('link', { name: '← All sessions' }).click();
  await expect(rows(page)).toHaveCount(2);
  const good = offsiteFileWithNotes('Good', 2);
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty.offsite', new Uint8Array(0), /This file is empty/],
    ['cut.offsite', good.subarray(0, good.length - 20), /incomplete/],
    [
      'photo.offsite',
      new TextEncoder().encode('\x89PNG\r\n\x1a\n not a session'),
      /not an Offsite session file/,
    ],
    ['future.offsite', offsiteFileWithNotes('From the future', 1, 99), /newer version of Offsite/],
  ];
  for (const [name, bytes, message] of cases) {
    await pickFile(page, name, bytes);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`Could not import “${name}”`);
    await expect(alert).toContainText(message);
    await expect(rows(page)).toHaveCount(2);
  }
  // By drag and drop too.
  await dropFile(page, 'cut2.offsite', good.subarray(0, 30));
  await expect(page.getByRole('alert')).toContainText('Could not import “cut2.offsite”');
  // And over the API, with the same words.
  for (const [, bytes, message] of cases) {
    const res = await page.request.post(`${host.localUrl}/api/importSession`, {
      headers: { Authorization: `Bearer ${host.key}`, 'Content-Type': 'application/octet-stream' },
      data: Buffer.from(bytes),
    });
    expect(res.status()).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  }
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
  await ctx.close();
});

test('a full data folder shows a warning while the session keeps running in memory', async ({
  browser,
  host,
  openPage,
}) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const joinUrl = await createSession(page, host.consoleUrl, 'Disk fills up');
  await ctx.close();
  // The same data folder, now full (test-only fault switch of the CLI).
  await host.restart({ env: { OFFSITE_FAULT: 'enospc' } });
  const console2 = await (await browser.newContext()).newPage();
  await console2.goto(host.consoleUrl);
  await row(console2, 'Disk fills up').getByRole('link').click();
  await expect(console2.getByRole('heading', { level: 1, name: 'Disk fills up' })).toBeVisible();
  const ada = await openPage();
  await joinAs(ada.page, joinUrl, 'Ada');
  await addNote(ada.page, 'Written while the disk is full');
  await expect(note(console2, 'Written while the disk is full')).toBeVisible();
  await expect(console2.getByRole('alert')).toContainText(
    /Not saving\..*the disk is full \(ENOSPC\).*keeps running in memory/,
  );
  await console2.getByRole('link', { name: '← All sessions' }).click();
  await expect(console2.getByRole('alert')).toContainText('the disk is full');
  await ada.context.close();
  await console2.context().close();
});
