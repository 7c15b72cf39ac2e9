// Layout invariants on the heavy session (test/fixtures/heavySession.ts), for each view and
// viewport the room uses: the console at 1280, 1440 and 1920; the projector at 1280×720 and
// 1920×1080; the attendee on a phone (390×844) and a laptop (1280×800). Screenshots of each.
import { test, expect } from './fixtures';
import { heavyRoom } from './heavyRoom';
import { expectLayoutSound } from './layoutInvariants';

const ROADMAP = /^Engineering roadmap priorities/;

test('console cockpit at 1280, 1440 and 1920 px', async ({ host, openPage, look }) => {
  test.setTimeout(150_000);
  const room = await heavyRoom(host);
  await room.goTo(ROADMAP);
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
    [1920, 1080],
  ] as const) {
    const { page } = await openPage({ viewport: { width, height } });
    await page.goto(room.consoleUrl);
    await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Column:/ }).first()).toBeVisible();
    await look(page, `layout-console-${width}`, { fullPage: false, axe: width === 1280 });
    await expectLayoutSound(page, { timerControls: true });
    await page.context().close();
  }
  room.close();
});
