// One person with a laptop and a phone is one voice (issue 22): with the product's default
// admission (one participant per device address; every page here shares one address, so a second
// page is what a second device is) the phone would wait in the lobby as a second person. Linked
// with the code the laptop shows, it joins as Ann herself: admitted at once, one roster entry, and
// one answer between the two devices.
import { test, expect } from './fixtures';
import { createSession, joinAs, showPart } from './roomFixtures';

test.use({ hostAdmission: 'device' });

test('a phone linked to Ann’s laptop is Ann, not a second voice', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(120_000);
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 900 } });
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Friday demo');
  const polls = consolePage.getByRole('region', { name: 'Polls' });
  const form = polls.getByRole('form', { name: 'New poll' });
  await form.getByRole('textbox', { name: 'Poll question' }).fill('Keep the Friday demo?');
  await form.getByRole('textbox', { name: 'Options, one per line' }).fill('Keep\nDrop');
  await form.getByRole('button', { name: 'Create poll' }).click();
  const poll = polls.getByRole('article', { name: 'Poll: Keep the Friday demo?' });
  await poll.getByRole('button', { name: 'Open poll' }).click();

  const { page: laptop } = await openPage({ viewport: { width: 1280, height: 800 } });
  await joinAs(laptop, joinUrl, 'Ann');
  await laptop.getByRole('button', { name: 'Use on another device' }).click();
  const shownCode = laptop.getByLabel('Device code');
  await expect(shownCode).toHaveText(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  const code = (await shownCode.textContent())!;
  await look(laptop, 'device-link-laptop', { fullPage: false });

  const { page: phone } = await openPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(joinUrl);
  await phone.getByRole('button', { name: 'Use a code from my other device' }).click();
  await phone
    .getByRole('textbox', { name: 'Code from your other device' })
    .fill(code.toLowerCase());
  await look(phone, 'device-link-phone-code');
  await phone.getByRole('button', { name: 'Link this device' }).click();
  // Straight into the room as Ann: no lobby, no second roster entry.
  await expect(phone.getByRole('button', { name: 'Change name' })).toBeVisible();
  await expect(phone.getByText('You are Ann')).toBeVisible();
  await expect(phone.getByRole('region', { name: 'Waiting to be admitted' })).toHaveCount(0);
  const roster = consolePage.getByRole('region', { name: 'Participants' });
  await expect(roster.getByRole('status')).toHaveText('1 admitted');
  await expect(roster.getByRole('listitem')).toHaveCount(1);
  await expect(roster.getByRole('listitem')).toContainText('Ann');

  // One voice between the two devices: the phone answers, the laptop holds the same answer.
  await showPart(phone, 'Polls');
  const onPhone = phone.getByRole('form', { name: 'Poll: Keep the Friday demo?' });
  await onPhone.getByRole('radio', { name: 'Drop', exact: true }).check();
  await onPhone.getByRole('button', { name: 'Send answer' }).click();
  await expect(onPhone.getByRole('button', { name: 'Change answer' })).toBeVisible();
  await expect(poll).toContainText('1 answer from 1 admitted');
  const onLaptop = laptop.getByRole('form', { name: 'Poll: Keep the Friday demo?' });
  await expect(onLaptop.getByRole('button', { name: 'Change answer' })).toBeVisible();
  await expect(onLaptop.getByRole('radio', { name: 'Drop', exact: true })).toBeChecked();
  await onLaptop.getByRole('radio', { name: 'Keep', exact: true }).check();
  await onLaptop.getByRole('button', { name: 'Change answer' }).click();
  const results = poll.getByRole('list', { name: 'Results: Keep the Friday demo?' });
  await expect(results.getByRole('listitem').filter({ hasText: 'Keep' })).toContainText('1');
  await expect(results.getByRole('listitem').filter({ hasText: 'Drop' })).toContainText('0');
  await expect(poll).toContainText('1 answer from 1 admitted');
  await expect(onPhone.getByRole('radio', { name: 'Keep', exact: true })).toBeChecked();
  await look(phone, 'device-link-phone-room');

  // The code worked once: a third browser cannot use it again.
  const { page: other } = await openPage({ viewport: { width: 390, height: 844 } });
  await other.goto(joinUrl);
  await other.getByRole('button', { name: 'Use a code from my other device' }).click();
  await other.getByRole('textbox', { name: 'Code from your other device' }).fill(code);
  await other.getByRole('button', { name: 'Link this device' }).click();
  await expect(other.getByRole('alert')).toContainText('No device is waiting with that code');

  // In German: the page's own refusal (a code of the wrong shape) and the host's (by its status).
  const { page: german } = await openPage({
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
  });
  await german.goto(joinUrl);
  await german.getByRole('button', { name: 'Code von meinem anderen Gerät verwenden' }).click();
  const field = german.getByRole('textbox', { name: 'Code von Ihrem anderen Gerät' });
  await field.fill('abc');
  await german.getByRole('button', { name: 'Dieses Gerät verknüpfen' }).click();
  await expect(german.getByRole('alert')).toContainText(
    'Ein Gerätecode hat 10 Buchstaben und Ziffern, zum Beispiel ABCDE-FGHJK.',
  );
  await field.fill(code);
  await german.getByRole('button', { name: 'Dieses Gerät verknüpfen' }).click();
  await expect(german.getByRole('alert')).toContainText('Kein Gerät wartet mit diesem Code.');
});
