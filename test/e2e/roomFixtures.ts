// Steps a facilitator and attendees take, driven by role and accessible name.
import { expect, type Locator, type Page } from '@playwright/test';

export async function createSession(console: Page, consoleUrl: string, title: string) {
  await console.goto(consoleUrl);
  await console.getByRole('button', { name: 'New session' }).click();
  await console.getByRole('textbox', { name: 'Session title' }).fill(title);
  await console.getByRole('button', { name: 'Create session' }).click();
  await expectShown(console, console.getByRole('heading', { level: 1, name: title }));
  const joinUrl = await console.getByRole('link', { name: 'Join link' }).getAttribute('href');
  if (!joinUrl) throw new Error('no join link');
  return joinUrl;
}

/**
 * Runs `check`; if it fails, the failure also says where the page is and what it shows (a CI log
 * has no trace viewer: an alert, an error or a "Connecting…" there tells the cause).
 */
export async function explained(page: Page, check: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (err) {
    const text = await page
      .locator('body')
      .innerText({ timeout: 2000 })
      .catch((e: unknown) => `(unreadable: ${String(e)})`);
    throw new Error(
      `${err instanceof Error ? err.message : String(err)}\n--- the page at ${page.url()} shows:\n${text.slice(0, 3000)}`,
      { cause: err },
    );
  }
}

/** Waits for `what` to show, explained (above) if it never does. */
export const expectShown = (page: Page, what: Locator) =>
  explained(page, () => expect(what).toBeVisible());

export async function joinAs(page: Page, joinUrl: string, name: string) {
  await page.goto(joinUrl);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('button', { name: 'Change name' })).toBeVisible();
}

/** The widest screen on which the room shows one part at a time, behind a tab bar. */
export const PHONE_MAX_WIDTH = 760;

/**
 * Shows one part of the room (Board or Now, Polls, Questions, Parking lot, Decisions): on a
 * phone, taps its tab; wider screens show every part at once.
 */
export async function showPart(page: Page, part: string) {
  if ((page.viewportSize()?.width ?? Infinity) > PHONE_MAX_WIDTH) return;
  const tab = page
    .getByRole('navigation', { name: 'Room sections' })
    .getByRole('button', { name: new RegExp(`^${part}\\b`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-current', 'true');
}

/** Adds an item to the parking lot (open in every block; schema 2 replaced the loose notes). */
export async function addNote(page: Page, text: string) {
  await showPart(page, 'Parking lot');
  await page.getByRole('textbox', { name: 'Park a topic for later' }).fill(text);
  await page.getByRole('button', { name: 'Add to parking lot' }).click();
}

export function note(page: Page, text: string) {
  return page.getByRole('article').filter({ hasText: text });
}

/** A session from a built-in template; returns its join link. */
export async function createFromTemplate(
  page: Page,
  consoleUrl: string,
  title: string,
  template: string,
): Promise<string> {
  await page.goto(consoleUrl);
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Session title' }).fill(title);
  await page.getByRole('radio', { name: template, exact: true }).check();
  await page.getByRole('button', { name: 'Create session' }).click();
  await expectShown(page, page.getByRole('heading', { level: 1, name: title }));
  const joinUrl = await page.getByRole('link', { name: 'Join link' }).getAttribute('href');
  if (!joinUrl) throw new Error('no join link');
  return joinUrl;
}

/**
 * A session from the "Brainstorm and vote" template, moved on to its brainstorm block: its join
 * link, its projector link and its id.
 */
export async function brainstormSession(
  consolePage: Page,
  host: { consoleUrl: string; localUrl: string },
  title: string,
): Promise<{ joinUrl: string; projectorUrl: string; sessionId: string }> {
  await consolePage.goto(host.consoleUrl);
  await consolePage.getByRole('button', { name: 'New session' }).click();
  await consolePage.getByRole('textbox', { name: 'Session title' }).fill(title);
  await consolePage.getByRole('radio', { name: 'Brainstorm and vote', exact: true }).check();
  await consolePage.getByRole('button', { name: 'Create session' }).click();
  await expectShown(consolePage, consolePage.getByRole('heading', { level: 1, name: title }));
  await consolePage.getByRole('button', { name: 'Next block' }).click();
  await expect(consolePage.getByRole('button', { name: 'Reveal notes' })).toBeEnabled();
  const joinUrl = await consolePage.getByRole('link', { name: 'Join link' }).getAttribute('href');
  const projectorUrl = await consolePage
    .getByRole('link', { name: 'Open projector' })
    .getAttribute('href');
  if (!joinUrl || !projectorUrl) throw new Error('no join or projector link');
  return {
    joinUrl,
    projectorUrl: new URL(projectorUrl, host.localUrl).href,
    sessionId: sessionIdOf(consolePage),
  };
}

/** The session id of the console page's session. */
export function sessionIdOf(consolePage: Page): string {
  const id = /\/console\/session\/([0-9a-f]{32})/.exec(consolePage.url())?.[1];
  if (!id) throw new Error(`not a session console: ${consolePage.url()}`);
  return id;
}

/** Opens the session console's Agenda tab (the agenda editor, with the timer beside it). */
export async function agendaTab(consolePage: Page): Promise<void> {
  await consolePage
    .getByRole('navigation', { name: 'Session views' })
    .getByRole('link', { name: 'Agenda' })
    .click();
  await expect(consolePage.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
}

/**
 * Waits until the page's parking lot shows `count` items: all in the DOM, or, past the size at
 * which the list is virtual, its rendered window saying it is one of `count` (aria-setsize).
 */
export async function waitForParkingLot(page: Page, count: number, timeout = 20_000) {
  await page.waitForFunction(
    (n) => {
      const items = document.querySelectorAll('.parking-lot ul.notes > li');
      if (items.length === n) return true;
      const first = items[0];
      return (
        first?.getAttribute('aria-setsize') === String(n) &&
        first.querySelector('article.note') !== null
      );
    },
    count,
    { timeout, polling: 'raf' },
  );
}
