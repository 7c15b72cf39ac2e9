// Issue 10 in real Chromium: the facilitator key never in a URL (the console still reaches the hub
// and the mesh), "New join code" disconnects holders of the old code and shows the new one on the
// console and the projector, and a damaged log record costs one note and says so in the library.
import type { Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test, expect } from './fixtures';
import { addNote, createSession, joinAs, note } from './roomFixtures';
import { facilitatorPeer } from '#kit/hubPeer';
import { addParkingItem as addNoteToDoc } from '../../shared/model/parkingLot/commands';
import { listParkingItems } from '../../shared/model/parkingLot/read';

const hubBadge = (page: Page) => page.getByRole('status').filter({ hasText: 'to the host' });

test('the facilitator key is in no request or WebSocket URL, and the console still joins hub and mesh', async ({
  host,
  openPage,
}) => {
  const { page: consolePage } = await openPage();
  const urls: string[] = [];
  consolePage.on('request', (r) => urls.push(r.url()));
  consolePage.on('websocket', (ws) => urls.push(ws.url()));
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Key test');
  const ana = await openPage();
  await joinAs(ana.page, joinUrl, 'Ana');
  await expect(hubBadge(consolePage)).toContainText('Connected to the host');
  // The console's signaling authenticated by its first frame: a direct peer appears.
  await expect(hubBadge(consolePage)).toContainText('direct peer');
  await addNote(ana.page, 'Seen by the console');
  await expect(note(consolePage, 'Seen by the console')).toBeVisible();
  expect(urls.some((u) => u.includes('/sync'))).toBe(true);
  expect(urls.some((u) => u.includes('/signal'))).toBe(true);
  for (const u of urls) expect(u).not.toContain(host.key);
});

test('New join code disconnects the old code’s holders and shows the new code on console and projector', async ({
  host,
  openPage,
  look,
}) => {
  const { page: consolePage, context: ctx } = await openPage();
  const oldJoinUrl = await createSession(consolePage, host.consoleUrl, 'Rotate test');
  const sessionId = /\/console\/session\/([0-9a-f]{32})/.exec(consolePage.url())![1]!;
  const projector = await ctx.newPage();
  await projector.goto(`${host.localUrl}/projector/${sessionId}#key=${host.key}`);
  const qr = (page: Page, url: string) =>
    page.getByRole('img', { name: `QR code for the join link ${url}` });
  await expect(qr(projector, oldJoinUrl)).toBeVisible();
  // A second projector in another browser: no BroadcastChannel from the console reaches it.
  const { page: farProjector } = await openPage();
  await farProjector.goto(`${host.localUrl}/projector/${sessionId}#key=${host.key}`);
  await expect(qr(farProjector, oldJoinUrl)).toBeVisible();
  // Ben has no WebRTC, so once the hub drops him nothing reaches him.
  const ben = await openPage({ noWebRTC: true });
  await joinAs(ben.page, oldJoinUrl, 'Ben');
  await expect(hubBadge(ben.page)).toContainText('Connected to the host');

  consolePage.once('dialog', (d) => void d.accept());
  await consolePage.getByRole('button', { name: 'New join code' }).click();
  await expect(
    consolePage.getByRole('status').filter({ hasText: 'New join code made' }),
  ).toBeVisible();
  const newJoinUrl = await consolePage
    .getByRole('link', { name: 'Join link' })
    .getAttribute('href');
  expect(newJoinUrl).not.toBe(oldJoinUrl);
  await expect(hubBadge(ben.page)).toContainText('Not connected to the host');
  await expect(qr(consolePage, newJoinUrl!)).toBeVisible();
  await expect(qr(projector, newJoinUrl!)).toBeVisible();
  await expect(qr(farProjector, newJoinUrl!)).toBeVisible();

  const cai = await openPage();
  await joinAs(cai.page, newJoinUrl!, 'Cai');
  await addNote(cai.page, 'With the new code');
  await expect(note(consolePage, 'With the new code')).toBeVisible();
  await expect(note(ben.page, 'With the new code')).toHaveCount(0);
  await look(consolePage, 'console-new-join-code', { fullPage: false });
});

test('a damaged record mid-log costs one note, and the library says so', async ({
  host,
  openPage,
  look,
}) => {
  const first = await openPage();
  await createSession(first.page, host.consoleUrl, 'Damage test');
  const sessionId = /\/console\/session\/([0-9a-f]{32})/.exec(first.page.url())![1]!;
  await first.context.close();
  const writer = facilitatorPeer(host, sessionId);
  await writer.synced;
  for (let i = 0; i < 30; i++)
    addNoteToDoc(writer.doc, { text: `Stored note ${i}`, authorId: 'w', authorName: 'W' });
  const watcher = facilitatorPeer(host, sessionId);
  await expect.poll(() => listParkingItems(watcher.doc).length).toBe(30);
  writer.destroy();
  watcher.destroy();
  await host.stop(); // flushes the log

  const log = path.join(host.dataDir, sessionId, 'updates.log');
  const bytes = fs.readFileSync(log);
  // One byte of the record that holds note 14 flipped: a byte at a fixed share of the file lands
  // in whatever record is there, and the session's own records (roster, bindings, keys) now fill
  // the first half of the log.
  const at = bytes.indexOf(Buffer.from('Stored note 14'));
  expect(at).toBeGreaterThan(bytes.length / 3);
  bytes[at]! ^= 0x10;
  fs.writeFileSync(log, bytes);
  await host.restart();

  const { page } = await openPage();
  await page.goto(`${host.localUrl}/console/session/${sessionId}#key=${host.key}`);
  await expect(page.getByRole('article')).toHaveCount(29);
  await expect(note(page, 'Stored note 14')).toHaveCount(0);
  await page.goto(`${host.localUrl}/console#key=${host.key}`);
  await expect(page.getByRole('status').filter({ hasText: 'Damaged saved data' })).toContainText(
    'Damage test: damaged: 1 record skipped, recovered from the update log.',
  );
  await look(page, 'library-damaged', { fullPage: false });
});
