// One person, one voice, on real pages with the product's default admission (one participant per
// device address): every page here comes from one address, so a second attendee page is what a
// second browser on the same laptop is. It waits in the lobby, the console's roster shows why,
// the facilitator admits it, then removes it again.
import { test, expect } from './fixtures';
import { createSession, joinAs } from './roomFixtures';

test.use({ hostAdmission: 'device' });

test('a second browser on one laptop waits in the lobby until the facilitator admits it', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(90_000);
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 900 } });
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Friday demo');
  const ann = await openPage();
  await joinAs(ann.page, joinUrl, 'Ann');

  const second = await openPage({ viewport: { width: 390, height: 844 } });
  await second.page.goto(joinUrl);
  await second.page.getByRole('textbox', { name: 'Your name' }).fill('Ann again');
  await second.page.getByRole('button', { name: 'Join' }).click();
  const lobby = second.page.getByRole('region', { name: 'Waiting to be admitted' });
  await expect(lobby).toContainText('Someone has already joined from this device');
  await expect(second.page.getByRole('textbox', { name: 'Park a topic for later' })).toHaveCount(0);
  await look(second.page, 'roster-lobby-phone');
  // A third browser, in German, waits too: the reason the roster keeps in English reads in
  // German once the page has its refusals' words (they arrive after the lobby is drawn).
  const third = await openPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
  await third.page.goto(joinUrl);
  await third.page.getByRole('textbox', { name: 'Ihr Name' }).fill('Ann auf Deutsch');
  await third.page.getByRole('button', { name: 'Teilnehmen' }).click();
  await expect(third.page.getByRole('region', { name: 'Warten auf Einlass' })).toContainText(
    'Von diesem Gerät ist schon jemand beigetreten. Die Moderation entscheidet, ob Sie getrennt zählen.',
  );
  await third.page.close();

  const roster = consolePage.getByRole('region', { name: 'Participants' });
  await expect(roster.getByRole('status')).toContainText('1 admitted · 2 waiting in the lobby');
  const waiting = roster.getByRole('listitem').filter({ hasText: 'Ann again' });
  await expect(waiting).toContainText('waiting to be admitted');
  await expect(waiting).toContainText('already joined from this device');
  await expect(roster.getByRole('listitem').filter({ hasText: /^. ?Ann —/ })).toContainText(
    'admitted',
  );
  await look(consolePage, 'roster-console-lobby');

  await waiting.getByRole('button', { name: 'Admit Ann again' }).click();
  await expect(lobby).toHaveCount(0);
  await expect(second.page.getByRole('heading', { level: 1, name: 'Friday demo' })).toBeVisible();
  await expect(roster.getByRole('status')).toContainText('2 admitted · 1 waiting in the lobby');

  await roster
    .getByRole('listitem')
    .filter({ hasText: 'Ann again' })
    .getByRole('button', { name: 'Remove Ann again' })
    .click();
  await expect(second.page.getByRole('region', { name: 'You were removed' })).toBeVisible();
  await expect(roster.getByRole('listitem').filter({ hasText: 'Ann again' })).toContainText(
    'removed',
  );
  // A reload does not bring them back.
  await second.page.reload();
  await expect(second.page.getByRole('region', { name: 'You were removed' })).toBeVisible();
  await look(second.page, 'roster-removed-phone');
});
