// Screenshots of each view for people to look at (test-results/screenshots/*.png), plus
// axe-core with no serious or critical violations on each.
import { test, expect } from './fixtures';
import { addNote, createSession, joinAs, note } from './roomFixtures';

test('console and attendee views', async ({ browser, host, look }) => {
  const consoleCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const consolePage = await consoleCtx.newPage();
  await consolePage.goto(host.consoleUrl);
  await consolePage.getByRole('button', { name: 'New session' }).click();
  await look(consolePage, 'console-new-session');
  const joinUrl = await createSession(
    consolePage,
    host.consoleUrl,
    'Product & Engineering offsite',
  );

  const attendeeCtx = await browser.newContext({ viewport: { width: 1024, height: 720 } });
  const page = await attendeeCtx.newPage();
  await page.goto(joinUrl);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await look(page, 'attendee-join');
  await joinAs(page, joinUrl, 'Mike the Marketplace Manager');
  await addNote(page, 'What would 10x growth take? Self-serve onboarding for marketplaces.');
  await addNote(page, 'Eddie the Entrepreneur needs invoices that just work 🧾');
  await expect(note(consolePage, 'invoices')).toBeVisible();
  await look(page, 'attendee-room');
  await look(consolePage, 'console-session');

  const refusedCtx = await browser.newContext();
  const refused = await refusedCtx.newPage();
  await refused.goto(`${host.localUrl}/console`);
  await look(refused, 'console-refused');
  await refusedCtx.close();
  await consoleCtx.close();
  await attendeeCtx.close();
});
