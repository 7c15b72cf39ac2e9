// The page's one estimate of the host clock: NTP-style pings to /time, re-synced
// every 30 s and whenever the page becomes visible again; hostNow() ticks with performance.now().
import { HostClock } from '../../shared/model/timer/clockSync';
import { ENDPOINTS } from '../../shared/protocol/endpoints';

export const RESYNC_MS = 30_000;
const SAMPLES = 5;

async function fetchHostTime(origin: string): Promise<number> {
  const res = await fetch(`${origin}${ENDPOINTS.time}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`GET /time: ${res.status}`);
  const body = (await res.json()) as { now?: unknown };
  if (typeof body.now !== 'number' || !Number.isFinite(body.now))
    throw new Error('GET /time: no time in the answer');
  return body.now;
}

let clock: HostClock | null = null;

function start(origin: string): HostClock {
  const c = new HostClock({
    fetchHostTime: () => fetchHostTime(origin),
    performanceNow: () => performance.now(),
    dateNow: () => Date.now(),
    samples: SAMPLES,
  });
  const sync = () =>
    c.sync().catch(() => {
      // Keep the previous estimate (or the wall clock before the first one); retry on schedule.
    });
  void sync();
  setInterval(() => void sync(), RESYNC_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void sync();
  });
  return c;
}

/** The shared clock of this page, started on first use. */
export function hostClock(origin: string = window.location.origin): HostClock {
  clock ??= start(origin);
  return clock;
}

/** Host time now (epoch ms): the wall clock until the first sync answers. */
export function hostNow(): number {
  return hostClock().hostNow();
}
