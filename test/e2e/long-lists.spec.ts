// A long parking lot is virtual (renderer/features/lists/VirtualList.tsx): 1,000 items, seeded
// through a Node peer on the hub, put only a window of items in the DOM, yet every item is
// reached by scrolling (a phone), and the facilitator's keyboard walks on past the first window
// and keeps its focus when the page scrolls away (the console).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { createSession, joinAs, showPart, waitForParkingLot } from './roomFixtures';
import { addNotes, noteText } from '#kit/seeds/notes';
import { facilitatorPeer } from '#kit/hubPeer';
import { listParkingItems } from '../../shared/model/parkingLot/read';

test.use({ trace: 'off' });

const ITEMS = 1000;
const CONSOLE = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 } };

/** Scrolls the page from top to bottom a screen at a time; the items (aria-posinset) seen in the
 * DOM on the way, and the most list items the DOM held at once. */
async function scrollThrough(page: Page): Promise<{ seen: number[]; mostInDom: number }> {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const seen = new Set<number>();
    let mostInDom = 0;
    window.scrollTo(0, 0);
    for (;;) {
      await frame();
      const items = document.querySelectorAll('.parking-lot ul.notes > li');
      mostInDom = Math.max(mostInDom, items.length);
      for (const li of items) {
        const rect = li.getBoundingClientRect();
        // Seen: on screen, holding its article (not a placeholder).
        if (rect.bottom > 0 && rect.top < innerHeight && li.querySelector('article'))
          seen.add(Number(li.getAttribute('aria-posinset')));
      }
      const before = scrollY;
      window.scrollBy(0, innerHeight * 0.7);
      if (scrollY === before) break;
    }
    return { seen: [...seen].sort((a, b) => a - b), mostInDom };
  });
}

test('a 1,000-item parking lot renders a window of items, yet every one is reachable', async ({
  host,
  openPage,
  look,
}) => {
  const { page: consolePage } = await openPage(CONSOLE);
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Long lot');
  const sessionId = /\/console\/session\/([0-9a-f]{32})/.exec(consolePage.url())![1]!;
  const seeder = facilitatorPeer(host, sessionId);
  await seeder.synced;
  addNotes(seeder.doc, 0, ITEMS);
  const check = facilitatorPeer(host, sessionId);
  await expect.poll(() => listParkingItems(check.doc).length, { timeout: 20_000 }).toBe(ITEMS);
  check.destroy();
  seeder.destroy();

  // An attendee on a phone: the parking lot's tab shows a window of the 1,000, each saying where
  // it stands in the list; scrolling down the page shows every one of them, in order.
  const { page: ada } = await openPage(PHONE);
  await joinAs(ada, joinUrl, 'Ada');
  // Synced first (the block arriving picks the phone's tab), then the parking lot's tab.
  await expect(ada.locator('#parking-heading')).toHaveText(`Parking lot (${ITEMS})`);
  await showPart(ada, 'Parking lot');
  await waitForParkingLot(ada, ITEMS);
  const lot = ada.getByRole('region', { name: /^Parking lot/ });
  await expect(lot.getByRole('heading')).toHaveText(`Parking lot (${ITEMS})`);
  const items = lot.getByRole('listitem');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(ITEMS));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(items.first()).toContainText(noteText(0));
  expect(await items.count()).toBeLessThan(60);
  await look(ada, 'long-parking-lot-390', { fullPage: false });
  const { seen, mostInDom } = await scrollThrough(ada);
  expect(mostInDom).toBeLessThan(60);
  expect(seen).toEqual(Array.from({ length: ITEMS }, (_, i) => i + 1));
  await expect(lot.getByRole('article').filter({ hasText: noteText(ITEMS - 1) })).toBeVisible();

  // The facilitator's console: Tab walks item after item past the first window (5 controls each:
  // the board to move to, Move to board, Decision, Action, Close), and the focused button stays when the page
  // scrolls away from it.
  const consoleLot = consolePage.getByRole('region', { name: /^Parking lot/ });
  await expect(consoleLot.getByRole('heading')).toHaveText(`Parking lot (${ITEMS} open)`);
  const inDom = await consoleLot.getByRole('listitem').count();
  expect(inDom).toBeLessThan(120);
  const decision = (i: number) =>
    consoleLot.getByRole('button', { name: `Make “${noteText(i).slice(0, 39)}…” a decision` });
  await decision(0).focus();
  const walk = inDom + 10;
  for (let i = 1; i <= walk; i++) {
    for (let k = 0; k < 5; k++) await consolePage.keyboard.press('Tab');
    await expect(decision(i)).toBeFocused();
  }
  await consolePage.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(
    consoleLot.getByRole('article').filter({ hasText: noteText(ITEMS - 1) }),
  ).toBeVisible();
  await expect(decision(walk)).toBeFocused();
  await decision(walk).scrollIntoViewIfNeeded();
  await look(consolePage, 'long-parking-lot-console-1280', { fullPage: false });
  await consolePage.keyboard.press('Tab');
  await expect(
    consoleLot.getByRole('button', { name: `Make “${noteText(walk).slice(0, 39)}…” an action` }),
  ).toBeFocused();
});
