// Screenshots of each view for people to look at (test-results/screenshots/*.png), plus
// axe-core with no serious or critical violations on each.
import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './browser';
import { startHeadlessHost, removeDir, type HeadlessHost } from './headlessHost';
import { addNote, createSession, joinAs, note } from './roomFixtures';

const OUT = 'test-results/screenshots';
let browser: Browser;
let host: HeadlessHost;

test.beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
  host = await startHeadlessHost();
});
test.afterAll(async () => {
  await browser.close();
  await host.stop();
  removeDir(host.dataDir);
});

async function shotAndAxe(page: Page, name: string) {
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('console and attendee views', async () => {
  const consoleCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const consolePage = await consoleCtx.newPage();
  await consolePage.goto(host.consoleUrl);
  await consolePage.getByRole('button', { name: 'New session' }).click();
  await shotAndAxe(consolePage, 'console-new-session');
  const joinUrl = await createSession(
    consolePage,
    host.consoleUrl,
    'Product & Engineering offsite',
  );

  const attendeeCtx = await browser.newContext({ viewport: { width: 1024, height: 720 } });
  const page = await attendeeCtx.newPage();
  await page.goto(joinUrl);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await shotAndAxe(page, 'attendee-join');
  await joinAs(page, joinUrl, 'Mike the Marketplace Manager');
  await addNote(page, 'What would 10x growth take? Self-serve onboarding for marketplaces.');
  await addNote(page, 'Eddie the Entrepreneur needs invoices that just work 🧾');
  await expect(note(consolePage, 'invoices')).toBeVisible();
  await shotAndAxe(page, 'attendee-room');
  await shotAndAxe(consolePage, 'console-session');

  const refusedCtx = await browser.newContext();
  const refused = await refusedCtx.newPage();
  await refused.goto(`${host.localUrl}/console`);
  await shotAndAxe(refused, 'console-refused');
  await refusedCtx.close();
  await consoleCtx.close();
  await attendeeCtx.close();
});
