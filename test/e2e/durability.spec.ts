// Faults the room must survive (issue 6): the host killed mid-session, a host restart, and an
// attendee who goes offline, writes, closes the tab and comes back.
import { test, expect, type HostHolder } from './fixtures';
import type { Browser, BrowserContext, Page, WebSocketRoute } from '@playwright/test';
import * as Y from 'yjs';
import { addNote, createSession, joinAs, note } from './roomFixtures';
import { facilitatorPeer } from '#kit/hubPeer';
import { SessionStore } from '../../electron/host/store/sessionStore';
import { listParkingItems } from '../../shared/model/parkingLot/read';
import { PARKING_LOT } from '../../shared/model/parkingLot/names';

/** Creates a session in a console tab (closed again) and returns its join link and id. */
async function newSession(browser: Browser, host: HostHolder, title: string) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const joinUrl = await createSession(page, host.consoleUrl, title);
  const sessionId = /\/console\/session\/([0-9a-f]{32})/.exec(page.url())![1]!;
  await ctx.close();
  return { joinUrl, sessionId };
}

const hubBadge = (page: Page) => page.getByRole('status').filter({ hasText: 'to the host' });

async function storedNoteTexts(dataDir: string, sessionId: string): Promise<Set<string>> {
  const store = new SessionStore({ dataDir });
  const stored = await store.load(sessionId);
  const doc = new Y.Doc();
  for (const u of stored?.updates ?? []) Y.applyUpdate(doc, u);
  return new Set(listParkingItems(doc).map((n) => n.text));
}

test('SIGKILL while three attendees write: nothing that reached the host is lost', async ({
  browser,
  host,
  openPage,
}) => {
  const { joinUrl, sessionId } = await newSession(browser, host, 'Kill test');
  const people = ['Ana', 'Ben', 'Cai'];
  const attendees = await Promise.all(people.map(() => openPage()));
  await Promise.all(attendees.map((a, i) => joinAs(a.page, joinUrl, people[i]!)));

  // A Node peer on the hub: a note it sees has reached the host's replica at that moment.
  const watcher = facilitatorPeer(host, sessionId);
  await watcher.synced;
  const arrived = new Map<string, number>();
  watcher.doc.getMap(PARKING_LOT).observeDeep(() => {
    for (const n of listParkingItems(watcher.doc))
      if (!arrived.has(n.text)) arrived.set(n.text, Date.now());
  });

  let writing = true;
  const written: string[] = [];
  const loops = attendees.map(async (a, i) => {
    for (let k = 0; writing; k++) {
      const text = `${people[i]} note ${k}`;
      await addNote(a.page, text);
      written.push(text);
    }
  });
  // Let the room write until some notes have been at the host for more than a second (what the
  // check below needs), however fast this machine writes.
  const settled = () => [...arrived.values()].filter((t) => Date.now() - t > 1000).length;
  await expect.poll(settled, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const killedAt = Date.now();
  await host.kill('SIGKILL');
  writing = false;
  await Promise.all(loops);
  watcher.destroy();

  const early = [...arrived].filter(([, t]) => t < killedAt - 1000).map(([text]) => text);
  expect(early.length).toBeGreaterThan(0);
  const onDisk = await storedNoteTexts(host.dataDir, sessionId);
  for (const text of early) expect(onDisk.has(text), `${text} on disk`).toBe(true);

  // Restarted on the same folder and port: the attendees' replicas fill in the rest.
  // Restarted on the same data folder and port, so clients can reconnect.
  await host.restart();
  const all = [...new Set(written)];
  for (const a of attendees) await expect(a.page.getByRole('article')).toHaveCount(all.length);
  const after = facilitatorPeer(host, sessionId);
  await after.synced;
  await expect.poll(() => listParkingItems(after.doc).length, { timeout: 15_000 }).toBe(all.length);
  expect(new Set(listParkingItems(after.doc).map((n) => n.text))).toEqual(new Set(all));
  after.destroy();
  for (const a of attendees) await a.context.close();
});

// @timing: run once the other tests are done (playwright.config.ts), not beside them.
test('after a host restart attendees reconnect by themselves within 5 seconds @timing', async ({
  browser,
  host,
  openPage,
}) => {
  const { joinUrl, sessionId } = await newSession(browser, host, 'Restart test');
  const ana = await openPage();
  const ben = await openPage();
  await joinAs(ana.page, joinUrl, 'Ana');
  await joinAs(ben.page, joinUrl, 'Ben');
  for (const p of [ana.page, ben.page])
    await expect(hubBadge(p)).toContainText('Connected to the host');

  await host.kill('SIGKILL');
  // Cut off, they say so (the mesh between them may carry on).
  for (const p of [ana.page, ben.page])
    await expect(hubBadge(p)).toContainText('Not connected to the host');
  await addNote(ana.page, 'Written while the host was down');
  await expect(note(ana.page, 'Written while the host was down')).toBeVisible();

  // Restarted on the same data folder and port, so clients can reconnect.
  await host.restart();
  for (const p of [ana.page, ben.page])
    await expect(hubBadge(p)).toContainText('Connected to the host', { timeout: 5000 });
  await expect(note(ben.page, 'Written while the host was down')).toBeVisible();
  const watcher = facilitatorPeer(host, sessionId);
  await expect
    .poll(() => listParkingItems(watcher.doc).map((n) => n.text))
    .toContain('Written while the host was down');
  watcher.destroy();
  await ana.context.close();
  await ben.context.close();
});

/**
 * Offline for real: Playwright's setOffline stops HTTP but leaves open WebSockets alone, so the
 * context's hub and signaling sockets go through a route that can cut them and refuse new ones.
 */
async function cuttableNetwork(context: BrowserContext) {
  let offline = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/(sync|signal)/, (ws) => {
    if (offline) {
      void ws.close({ code: 4000, reason: 'offline' });
      return;
    }
    const server = ws.connectToServer();
    open.add(ws);
    ws.onClose(() => {
      open.delete(ws);
      void server.close();
    });
  });
  return {
    async setOffline(value: boolean) {
      offline = value;
      await context.setOffline(value);
      if (value) for (const ws of [...open]) await ws.close({ code: 4000, reason: 'offline' });
    },
  };
}

/** How many updates y-indexeddb has stored for a session in this page's origin. */
function storedLocally(page: Page, sessionId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('updates')) return resolve(0);
          const count = db.transaction('updates').objectStore('updates').count();
          count.onsuccess = () => resolve(count.result);
        };
        open.onerror = () => resolve(0);
      }),
    `offsite:${sessionId}`,
  );
}

test('an attendee writes offline, closes the tab, comes back: the notes are there and reach everyone', async ({
  browser,
  host,
  openPage,
}) => {
  const { joinUrl, sessionId } = await newSession(browser, host, 'Offline test');
  // Ada has no WebRTC, so while offline nothing she writes can leave her browser.
  const ada = await openPage({ noWebRTC: true });
  const network = await cuttableNetwork(ada.context);
  const bob = await openPage();
  await joinAs(ada.page, joinUrl, 'Ada');
  await joinAs(bob.page, joinUrl, 'Bob');
  await expect(hubBadge(ada.page)).toContainText('Connected to the host');

  await network.setOffline(true);
  await expect(hubBadge(ada.page)).toContainText('Not connected to the host');
  const before = await storedLocally(ada.page, sessionId);
  await addNote(ada.page, 'Offline idea one');
  await addNote(ada.page, 'Offline idea two');
  await expect(ada.page.getByRole('article')).toHaveCount(2);
  // Both notes are in IndexedDB before the tab goes.
  await expect.poll(() => storedLocally(ada.page, sessionId)).toBeGreaterThanOrEqual(before + 2);
  await ada.page.close();
  await expect(bob.page.getByRole('article')).toHaveCount(0);

  await network.setOffline(false);
  const again = await ada.context.newPage();
  await again.goto(joinUrl);
  await expect(note(again, 'Offline idea one')).toBeVisible();
  await expect(note(again, 'Offline idea two')).toBeVisible();
  await expect(note(bob.page, 'Offline idea one')).toBeVisible();
  await expect(note(bob.page, 'Offline idea two')).toBeVisible();
  const watcher = facilitatorPeer(host, sessionId);
  await expect.poll(() => listParkingItems(watcher.doc).length).toBe(2);
  watcher.destroy();
  await ada.context.close();
  await bob.context.close();
});
