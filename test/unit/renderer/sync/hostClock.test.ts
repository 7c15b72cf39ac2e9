// The page's host clock (renderer/sync/hostClock.ts) against a real host's /time: it starts on
// first use from the page's origin, is synced once the pings answer, and reads the host's time.
import { expect, it } from 'vitest';
import { hostClock, hostNow } from '#renderer/sync/hostClock';
import { useClockHost } from '../timerTestKit';

useClockHost();

it('syncs with the host of the page and then reads its clock', async () => {
  const clock = hostClock();
  expect(hostClock()).toBe(clock);
  await expect.poll(() => clock.synced, { timeout: 5000 }).toBe(true);
  // Host and page share this machine's clock: the estimate is off by at most a round trip.
  const before = Date.now();
  const now = hostNow();
  expect(Math.abs(now - before)).toBeLessThan(250);
  expect(Math.abs(clock.wallClockSkewMs()!)).toBeLessThan(250);
  // Host time never goes backwards between reads.
  expect(hostNow()).toBeGreaterThanOrEqual(now);
});
