// Clock-offset estimation with simulated clocks: a client wall clock 10 minutes off,
// asymmetric network delays, failures, and monotonic ticking between syncs.
import { describe, expect, it } from 'vitest';
import { estimateOffset, HostClock, MAX_HELD_BACK_MS } from '#shared/model/timer/clockSync';

/**
 * A simulated world: `real` is true time. The host's clock reads true time; the client's
 * performance clock started at an arbitrary origin; its wall clock is `skew` ms off.
 */
function world(opts: { skew: number; delays: [up: number, down: number][] }) {
  let real = 1_700_000_000_000;
  const perfOrigin = real - 12_345.678; // performance.now() = ms since page load
  let i = 0;
  return {
    advance(ms: number) {
      real += ms;
    },
    get real() {
      return real;
    },
    clock: new HostClock({
      performanceNow: () => real - perfOrigin,
      dateNow: () => real + opts.skew,
      fetchHostTime: async () => {
        const [up, down] = opts.delays[i++ % opts.delays.length]!;
        real += up;
        const hostTime = real;
        real += down;
        return hostTime;
      },
    }),
  };
}

describe('estimateOffset', () => {
  it('uses the sample with the lowest round trip', () => {
    const est = estimateOffset([
      { t0: 0, t1: 1050, t2: 200 }, // rtt 200
      { t0: 300, t1: 1310, t2: 320 }, // rtt 20
      { t0: 400, t1: 1500, t2: 500 }, // rtt 100
    ]);
    expect(est).toEqual({ offsetMs: 1310 - 310, roundTripMs: 20 });
  });

  it('ignores impossible samples and returns null when none is usable', () => {
    expect(estimateOffset([{ t0: 10, t1: 5, t2: 5 }])).toBeNull();
    expect(estimateOffset([{ t0: 0, t1: Number.NaN, t2: 5 }])).toBeNull();
    expect(estimateOffset([])).toBeNull();
  });
});

describe('HostClock', () => {
  it('agrees with the host within 100 ms although the wall clock is 10 minutes off', async () => {
    const w = world({
      skew: 10 * 60_000,
      delays: [
        [400, 60],
        [8, 4],
        [250, 250],
        [90, 10],
        [30, 30],
      ],
    });
    expect(w.clock.synced).toBe(false);
    expect(w.clock.hostNow() - w.real).toBe(10 * 60_000); // the wall clock is all there is before sync
    const est = await w.clock.sync();
    expect(est.roundTripMs).toBe(12);
    // Error is half the asymmetry of the chosen sample: (8 − 4) / 2 = 2 ms.
    expect(Math.abs(w.clock.hostNow() - w.real)).toBeLessThanOrEqual(2);
    expect(w.clock.wallClockSkewMs()! - 10 * 60_000).toBeLessThanOrEqual(2);
    w.advance(30 * 60_000);
    expect(Math.abs(w.clock.hostNow() - w.real)).toBeLessThanOrEqual(2);
  });

  it('bounds the error by half the round trip even when every path is asymmetric', async () => {
    const w = world({
      skew: -10 * 60_000,
      delays: [
        [180, 20],
        [150, 30],
        [120, 40],
      ],
    });
    const est = await w.clock.sync();
    expect(est.roundTripMs).toBe(160);
    const err = w.clock.hostNow() - w.real;
    expect(err).toBe(40); // (120 − 40) / 2 ahead: the client cannot see the asymmetry
    expect(Math.abs(err)).toBeLessThanOrEqual(est.roundTripMs / 2);
  });

  it('two clients with different skews and delays agree within 100 ms', async () => {
    const delays: [number, number][] = [
      [40, 35],
      [12, 9],
      [70, 5],
    ];
    const w = world({ skew: 0, delays });
    const console = w.clock;
    const attendee = new HostClock({
      performanceNow: () => w.real - 999_000, // a different page, a different origin
      dateNow: () => w.real + 10 * 60_000,
      fetchHostTime: async () => {
        w.advance(50);
        const t = w.real;
        w.advance(3);
        return t;
      },
    });
    await console.sync();
    await attendee.sync();
    expect(Math.abs(console.hostNow() - attendee.hostNow())).toBeLessThan(100);
  });

  it('keeps the old estimate when a sync fails, and rejects', async () => {
    let fail = false;
    let real = 5_000;
    const clock = new HostClock({
      performanceNow: () => real,
      dateNow: () => real,
      samples: 3,
      fetchHostTime: async () => {
        if (fail) throw new Error('offline');
        real += 10;
        return 1_000_000 + real;
      },
    });
    await clock.sync();
    const before = clock.estimate;
    fail = true;
    await expect(clock.sync()).rejects.toThrow('offline');
    expect(clock.estimate).toBe(before);
  });

  it('never steps back on a small correction, but applies a large one', async () => {
    let perf = 0;
    let hostAhead = 5_000;
    const clock = new HostClock({
      performanceNow: () => perf,
      dateNow: () => perf,
      samples: 1,
      fetchHostTime: async () => perf + hostAhead,
    });
    await clock.sync();
    perf = 100;
    expect(clock.hostNow()).toBe(5_100);
    hostAhead = 4_950; // re-sync says we were 50 ms fast
    await clock.sync();
    expect(clock.hostNow()).toBe(5_100); // held still instead of stepping back
    perf = 200;
    expect(clock.hostNow()).toBe(5_150);
    hostAhead = 4_950 - MAX_HELD_BACK_MS - 1; // the host's clock was changed
    await clock.sync();
    expect(clock.hostNow()).toBe(200 + hostAhead);
  });
});
