// The walking skeleton end to end: headless host, console, two attendees on the LAN address.
import type { Page, WebSocketRoute } from '@playwright/test';
import { test, expect } from './fixtures';
import { addNote, createSession, joinAs, note } from './roomFixtures';

test('a note crosses the room and survives a reopened tab', async ({ browser, host, openPage }) => {
  const consoleCtx = await browser.newContext();
  const consolePage = await consoleCtx.newPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Strategy offsite <day 1> 🚀');
  await expect(consolePage.getByRole('img', { name: /QR code for the join link/ })).toBeVisible();
  if (process.env.OFFSITE_LAN_IP) {
    expect(joinUrl.startsWith(`http://${process.env.OFFSITE_LAN_IP}:`)).toBe(true);
  }
  expect(joinUrl).not.toContain('127.0.0.1');

  const ada = await openPage();
  const bob = await openPage();
  await joinAs(ada.page, joinUrl, 'Ada 👩‍💻');
  await joinAs(bob.page, joinUrl, '<script>alert(1)</script>');
  await expect(
    consolePage.getByRole('status').filter({ hasText: 'attendees connected' }),
  ).toHaveText(/2 attendees connected/);

  await addNote(ada.page, 'Ship the offline mode first');
  await expect(note(bob.page, 'Ship the offline mode first')).toBeVisible();
  await expect(note(consolePage, 'Ship the offline mode first')).toBeVisible();

  await addNote(bob.page, 'Multi-line\nnote with <b>html</b>');
  await expect(note(ada.page, '<b>html</b>')).toBeVisible();
  await expect(note(consolePage, '<b>html</b>')).toBeVisible();
  // The name with markup is shown as text, not run.
  await expect(note(ada.page, 'Multi-line')).toContainText('<script>alert(1)</script>');

  // Close Ada's tab and open the link again: every note is there.
  await ada.page.close();
  const again = await ada.context.newPage();
  await again.goto(joinUrl);
  await expect(again.getByRole('textbox', { name: 'Park a topic for later' })).toBeVisible();
  await expect(note(again, 'Ship the offline mode first')).toBeVisible();
  await expect(note(again, '<b>html</b>')).toBeVisible();

  // A brand-new attendee (no local replica) gets everything from the room too.
  const cleo = await openPage();
  await joinAs(cleo.page, joinUrl, 'Cleo');
  await expect(cleo.page.getByRole('article')).toHaveCount(2);

  for (const c of [consoleCtx, ada.context, bob.context, cleo.context]) await c.close();
});

/** Passes the page's /sync WebSockets through to the host until cut(): then closes both sides of
 * every open one and refuses every reconnect (the hub went away mid-session). */
async function cuttableHub(page: Page): Promise<{ cut: () => Promise<void> }> {
  let cut = false;
  const open: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/sync\//, (ws) => {
    if (cut) return void ws.close({ code: 1011, reason: 'hub cut by test' });
    ws.connectToServer();
    open.push(ws);
  });
  return {
    cut: async () => {
      cut = true;
      for (const ws of open.splice(0)) await ws.close({ code: 1011, reason: 'hub cut by test' });
    },
  };
}

// The host binds each client to its participant over the hub; the mesh takes writes only from
// bound clients (shared/model/authority/meshJudge.ts). So the scenario is the hub going away
// mid-session: both attendees joined through the hub, then the hub is cut and the mesh carries on.
test('with the hub channel cut mid-session, notes still cross through the WebRTC mesh', async ({
  browser,
  host,
  openPage,
}) => {
  const consoleCtx = await browser.newContext();
  const joinUrl = await createSession(await consoleCtx.newPage(), host.consoleUrl, 'Mesh only');
  const a = await openPage();
  const b = await openPage();
  const hubs = [await cuttableHub(a.page), await cuttableHub(b.page)];
  await joinAs(a.page, joinUrl, 'Ana');
  await joinAs(b.page, joinUrl, 'Ben');
  await addNote(a.page, 'Through the hub first');
  await expect(note(b.page, 'Through the hub first')).toBeVisible();
  await expect(a.page.getByRole('status').filter({ hasText: 'direct peer' })).toBeVisible();

  for (const hub of hubs) await hub.cut();
  await expect(
    a.page.getByRole('status').filter({ hasText: 'Not connected to the host' }),
  ).toBeVisible();
  await expect(
    b.page.getByRole('status').filter({ hasText: 'Not connected to the host' }),
  ).toBeVisible();
  await addNote(a.page, 'Through the mesh');
  await expect(note(b.page, 'Through the mesh')).toBeVisible();
  for (const c of [consoleCtx, a.context, b.context]) await c.close();
});

test('with WebRTC unavailable, notes still cross through the hub', async ({
  browser,
  host,
  openPage,
}) => {
  const consoleCtx = await browser.newContext();
  const consolePage = await consoleCtx.newPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Hub only');
  const a = await openPage({ noWebRTC: true });
  const b = await openPage({ noWebRTC: true });
  await joinAs(a.page, joinUrl, 'Ana');
  await joinAs(b.page, joinUrl, 'Ben');
  await addNote(b.page, 'Through the hub');
  await expect(note(a.page, 'Through the hub')).toBeVisible();
  await expect(note(consolePage, 'Through the hub')).toBeVisible();
  await expect(a.page.getByRole('status').filter({ hasText: 'direct peer' })).toHaveCount(0);
  for (const c of [consoleCtx, a.context, b.context]) await c.close();
});

test('the console refuses without the facilitator key', async ({ browser, host }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${host.localUrl}/console`);
  await expect(page.getByRole('alert')).toContainText('needs the facilitator key');
  await expect(page.getByRole('button', { name: 'New session' })).toHaveCount(0);
  const res = await page.request.post(`${host.localUrl}/api/listSessions`, { data: {} });
  expect(res.status()).toBe(401);
  await ctx.close();
});

test('Ctrl+C stops the host cleanly', async ({ host }) => {
  const code = await host.stop();
  expect(code).toBe(0);
  expect(host.output()).toContain('Stopping (SIGINT)');
});
