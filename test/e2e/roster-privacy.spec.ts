// Who joined from where is the facilitator's to know (issue 22): the console's roster shows each
// participant's device address, but an attendee with devtools reading their own replica of the
// session finds no address in it, neither as a field nor inside a lobby reason.
import { test, expect } from './fixtures';
import { createSession, joinAs } from './roomFixtures';
import { grabDoc, readMap } from './devtools';

/** An IPv4 or IPv6 address as the host reads it from a socket. */
const ADDRESS = /\b\d{1,3}(\.\d{1,3}){3}\b|::/;

test('an attendee with devtools cannot read where another attendee joined from', async ({
  host,
  openPage,
}) => {
  test.setTimeout(90_000);
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 900 } });
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Private room');
  const ann = await openPage();
  await joinAs(ann.page, joinUrl, 'Ann');
  const bob = await openPage();
  await joinAs(bob.page, joinUrl, 'Bob');

  // The facilitator sees where Ann joined from.
  const roster = consolePage.getByRole('region', { name: 'Participants' });
  await expect(roster.getByRole('listitem').filter({ hasText: 'Ann' })).toContainText(ADDRESS);

  // Bob opens devtools: his replica holds Ann's roster entry, and no address anywhere in it.
  await grabDoc(bob.page);
  await expect.poll(async () => Object.keys(await readMap(bob.page, 'roster')).length).toBe(2);
  const entries = Object.values(await readMap(bob.page, 'roster')) as Record<string, unknown>[];
  expect(entries.filter((e) => 'address' in e)).toEqual([]);
  expect(JSON.stringify(entries)).not.toMatch(ADDRESS);
});
