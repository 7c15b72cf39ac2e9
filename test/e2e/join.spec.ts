// Joining every way a person tries: typing the code on the landing page (any case, with or
// without the dash), an unknown code, and a wrong code in the link fixed in the address bar.
import { test, expect } from './fixtures';
import { createSession } from './roomFixtures';
import type { Page } from '@playwright/test';

function codeOf(joinUrl: string): string {
  return decodeURIComponent(new URL(joinUrl).hash.slice(1));
}

async function typeCode(page: Page, code: string) {
  await page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await page.getByRole('button', { name: 'Join' }).click();
}

async function enterRoom(page: Page, title: string, name: string) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change name' })).toBeVisible();
}

test('a code typed on the landing page joins, in any case, with or without the dash', async ({
  host,
  openPage,
  look,
}) => {
  const { page: consolePage } = await openPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Typed code workshop');
  const code = codeOf(joinUrl);
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  const landing = new URL('/', joinUrl).href;

  const { page: ada } = await openPage({ viewport: { width: 390, height: 844 } });
  await ada.goto(landing);
  await look(ada, 'join-landing-phone');
  await typeCode(ada, code.toLowerCase().replace('-', ''));
  await enterRoom(ada, 'Typed code workshop', 'Ada');
  expect(new URL(ada.url()).pathname).toBe('/join');

  const { page: bob } = await openPage();
  await bob.goto(landing);
  await typeCode(bob, ` ${code.slice(0, 5).toLowerCase()} - ${code.slice(6)} `);
  await enterRoom(bob, 'Typed code workshop', 'Bob');
  await expect(
    consolePage.getByRole('status').filter({ hasText: 'attendees connected' }),
  ).toContainText('2 attendees connected');
});

test('an unknown or malformed code says so, and the corrected code joins', async ({
  host,
  openPage,
  look,
}) => {
  const { page: consolePage } = await openPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Wrong code workshop');
  const code = codeOf(joinUrl);
  // A well-formed code no session has: change one character.
  const wrong = `${code.slice(0, 10)}${code[10] === '9' ? '8' : '9'}`;

  const { page } = await openPage();
  await page.goto(new URL('/', joinUrl).href);
  await typeCode(page, 'abc');
  await expect(page.getByRole('alert')).toContainText('10 letters and digits');
  await typeCode(page, wrong);
  await expect(page.getByRole('heading', { level: 1, name: 'Can’t join' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('No session has that join code');
  await look(page, 'join-unknown-code');
  // The form is still there, holding what was typed, to fix it.
  await expect(page.getByRole('textbox', { name: 'Join code' })).toHaveValue(wrong);
  await typeCode(page, code);
  await enterRoom(page, 'Wrong code workshop', 'Cleo');
});

test('a wrong code in the link, corrected in the address bar, joins without a reload', async ({
  host,
  openPage,
}) => {
  const { page: consolePage } = await openPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Fixed link workshop');
  const code = codeOf(joinUrl);
  const wrong = `${code.slice(0, 10)}${code[10] === '9' ? '8' : '9'}`;
  const { page } = await openPage();

  await page.goto(joinUrl.replace(code, wrong));
  await expect(page.getByRole('alert')).toContainText('No session has that join code');
  // Only the fragment changes: the same document, as when a person edits the link.
  await page.goto(joinUrl.replace(code, code.toLowerCase()));
  await enterRoom(page, 'Fixed link workshop', 'Dev');

  // A fragment that is no code at all says what a code looks like.
  const { page: other } = await openPage();
  await other.goto(joinUrl.replace(code, 'hello'));
  await expect(other.getByRole('alert')).toContainText('is not a join code');
  await other.goto(joinUrl);
  await expect(other.getByRole('textbox', { name: 'Your name' })).toBeVisible();
});

test("the name form needs none of the room's code, and a room whose code failed while the name was typed still opens", async ({
  host,
  openPage,
}) => {
  const { page: consolePage } = await openPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Patchy Wi-Fi workshop');
  const { page } = await openPage({ viewport: { width: 390, height: 844 } });
  // The room's code loads while the name is typed; here the Wi-Fi drops every request for it.
  const ROOM_CODE = /\/assets\/room-[^/]*\.js$/;
  let refused = 0;
  await page.route(ROOM_CODE, (route) => {
    refused++;
    return route.abort('internetdisconnected');
  });
  await page.goto(joinUrl);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await expect.poll(() => refused).toBeGreaterThan(0);
  // The Wi-Fi is back as the name is sent: the room opens.
  await page.unroute(ROOM_CODE);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ada');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('button', { name: 'Change name' })).toBeVisible();
});
