// Small things a room notices: a renamed session, "N of M done" counting the people actually
// here, "You are done" per block, an honest peer count, 24-hour times.
import { test, expect } from './fixtures';
import { hostApi } from '#kit/hostApi';
import {
  addNote,
  brainstormSession,
  createFromTemplate,
  createSession,
  joinAs,
  sessionIdOf,
} from './roomFixtures';

test('a session renamed in the library is renamed on open attendee pages', async ({
  host,
  openPage,
}) => {
  const { page: consolePage } = await openPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Old title');
  const { page } = await openPage();
  await joinAs(page, joinUrl, 'Ada');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Old title');
  const res = await hostApi(host).post('renameSession', {
    id: sessionIdOf(consolePage),
    title: 'New title',
  });
  expect(res.status).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New title');
  await expect(consolePage.getByRole('heading', { level: 1 })).toHaveText('New title');
  await expect(page).toHaveTitle('New title');
});

test('readiness counts the attendees online now and who is done, once each, and starts afresh on each block', async ({
  host,
  openPage,
}) => {
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 900 } });
  const joinUrl = await createFromTemplate(
    consolePage,
    host.consoleUrl,
    'Readiness',
    'Brainstorm and vote',
  );
  await consolePage.getByRole('button', { name: 'Next block' }).click();
  const ada = await openPage();
  const bob = await openPage();
  await joinAs(ada.page, joinUrl, 'Ada');
  await joinAs(bob.page, joinUrl, 'Bob');
  const count = consolePage.locator('.readiness-count');
  await expect(count).toHaveText('0 of 2 done');
  await ada.page.getByRole('button', { name: "I'm done" }).click();
  await expect(ada.page.getByText('You are done.')).toBeVisible();
  await expect(count).toHaveText('1 of 2 done');

  // Bob leaves: he is not waited for.
  await bob.context.close();
  await expect(count).toHaveText('1 of 1 done');
  // Bob comes back from another browser under the same name: counted once, as who is online.
  const bob2 = await openPage();
  await joinAs(bob2.page, joinUrl, 'Bob');
  await expect(count).toHaveText('1 of 2 done');

  // Cluster (no board), then Vote, on the brainstorm's board: nobody is done with it yet.
  await consolePage.getByRole('button', { name: 'Next block' }).click();
  await consolePage.getByRole('button', { name: 'Next block' }).click();
  await expect(ada.page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(ada.page.getByRole('button', { name: "I'm done" })).toBeVisible();
  await expect(ada.page.getByText('You are done.')).toHaveCount(0);
  await expect(count).toHaveText('0 of 2 done');

  // Ada is done and puts her phone away: she stays done ("0 of 1" before, and "0 of 0 done" once
  // everyone had done so). Then Bob leaves too: the count stays hers.
  await ada.page.getByRole('button', { name: "I'm done" }).click();
  await expect(count).toHaveText('1 of 2 done');
  await ada.context.close();
  await expect(consolePage.locator('.attendee-count')).toContainText('1 attendee');
  await expect(count).toHaveText('1 of 2 done');
  await bob2.context.close();
  await expect(consolePage.locator('.attendee-count')).toContainText('0 attendees');
  await expect(count).toHaveText('1 of 1 done');
});

test('the peer count says how many other pages this one talks to directly', async ({
  host,
  openPage,
}) => {
  const { page: consolePage } = await openPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Peers');
  const ada = await openPage();
  const bob = await openPage();
  await joinAs(ada.page, joinUrl, 'Ada');
  await joinAs(bob.page, joinUrl, 'Bob');
  const badge = ada.page.getByRole('status').filter({ hasText: 'to the host' });
  // Two other pages (console and Bob): never more.
  await expect(badge).toContainText('2 direct peers', { timeout: 20_000 });
  await bob.context.close();
  await expect(badge).toContainText('1 direct peer', { timeout: 20_000 });
  await expect(badge).not.toContainText('peers');
});

test('times are 24-hour, as in the agenda', async ({ host, openPage }) => {
  const { page: consolePage } = await openPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Clock');
  const { page } = await openPage({ locale: 'en-US' });
  await page.clock.install({ time: new Date(2026, 2, 10, 15, 7).getTime() });
  await joinAs(page, joinUrl, 'Ada');
  await addNote(page, 'An afternoon note');
  await expect(page.getByRole('article').locator('time')).toHaveText('15:07');
});

test('a removed participant counts in neither N nor M of "N of M done", on the console and the projector', async ({
  host,
  openPage,
}) => {
  test.setTimeout(90_000);
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 900 } });
  const { joinUrl, projectorUrl } = await brainstormSession(consolePage, host, 'Removed');
  const { page: projector } = await openPage({ viewport: { width: 1280, height: 720 } });
  await projector.goto(projectorUrl);
  const ada = await openPage();
  const bob = await openPage();
  await joinAs(ada.page, joinUrl, 'Ada');
  await joinAs(bob.page, joinUrl, 'Bob');
  const counts = [consolePage.locator('.readiness-count'), projector.locator('.projector-ready')];
  for (const count of counts) await expect(count).toHaveText('0 of 2 done');
  await bob.page.getByRole('button', { name: "I'm done" }).click();
  for (const count of counts) await expect(count).toHaveText('1 of 2 done');

  // The facilitator removes Bob; his page stays open (and online), his flag stays in the doc.
  const roster = consolePage.getByRole('region', { name: 'Participants' });
  await roster
    .getByRole('listitem')
    .filter({ hasText: 'Bob' })
    .getByRole('button', { name: 'Remove Bob' })
    .click();
  await expect(bob.page.getByRole('region', { name: 'You were removed' })).toBeVisible();
  for (const count of counts) await expect(count).toHaveText('0 of 1 done');
});
