// What a newcomer meets first, on every page a room opens (the heavy session): no errors in the
// browser's console and no failed requests (a favicon included), and every control's accessible
// name containing its visible label (axe's label-content-name-mismatch: voice control users say
// what they see).
import { axeOn } from './axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { heavyRoom } from './heavyRoom';
import { joinAs } from './roomFixtures';

const ROADMAP = /^Engineering roadmap priorities/;

/** Console errors and warnings, uncaught errors, failed and refused requests, as sentences. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  return problems;
}

async function labelInNameViolations(page: Page): Promise<string[]> {
  const results = await axeOn(page).withRules(['label-content-name-mismatch']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => n.html.slice(0, 160)));
}

test('every page opens without a console error, a failed request or a mismatched name', async ({
  host,
  openPage,
}) => {
  test.setTimeout(120_000);
  const room = await heavyRoom(host);
  await room.goTo(ROADMAP);

  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 800 } });
  const consoleProblems = watchProblems(consolePage);
  await consolePage.goto(room.consoleUrl);
  await expect(consolePage.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  await expect(consolePage.getByRole('region', { name: /^Column:/ }).first()).toBeVisible();
  expect(await labelInNameViolations(consolePage)).toEqual([]);
  // The registers' tables fit the column they are in (the RACI table was 930 px in 296).
  const registers = consolePage.getByRole('region', { name: 'Decisions, actions and measures' });
  await registers.getByRole('radio', { name: 'All blocks' }).check();
  await expect(registers.locator('table.raci tbody tr').first()).toBeVisible();
  const tooWide = await registers.locator('table').evaluateAll((tables) =>
    tables
      // A chart's table for screen readers takes no room on screen.
      .filter((t) => !t.closest('.visually-hidden'))
      .map((t) => [t.className, t.getBoundingClientRect().width, t.parentElement!.clientWidth])
      .filter(([, w, room]) => (w as number) > (room as number) + 1),
  );
  expect(tooWide).toEqual([]);

  const { page: library } = await openPage({ viewport: { width: 1280, height: 800 } });
  const libraryProblems = watchProblems(library);
  await library.goto(host.consoleUrl);
  await expect(library.getByRole('button', { name: 'New session' })).toBeVisible();
  expect(await labelInNameViolations(library)).toEqual([]);

  const { page: projector } = await openPage({ viewport: { width: 1280, height: 720 } });
  const projectorProblems = watchProblems(projector);
  await projector.goto(room.projectorUrl);
  await expect(projector.locator('main, [role="main"], body').first()).toBeVisible();

  const { page: landing } = await openPage({ viewport: { width: 390, height: 844 } });
  const landingProblems = watchProblems(landing);
  await landing.goto(new URL('/', room.joinUrl).href);
  await expect(landing.getByRole('textbox').first()).toBeVisible();

  const { page: phone } = await openPage({ viewport: { width: 390, height: 844 } });
  const phoneProblems = watchProblems(phone);
  await joinAs(phone, room.joinUrl, 'Zoë <b>');
  expect(await labelInNameViolations(phone)).toEqual([]);

  // Each page has had its time to settle: the phone sees the board the console shows.
  await expect(phone.getByRole('article').first()).toBeVisible();
  expect({
    console: consoleProblems,
    library: libraryProblems,
    projector: projectorProblems,
    landing: landingProblems,
    phone: phoneProblems,
  }).toEqual({ console: [], library: [], projector: [], landing: [], phone: [] });
  room.close();
});
