import { describe, expect, it } from 'vitest';
import { HUB_GRACE_MS, meshRelay } from '#renderer/sync/meshRelay';
import { answersAnnounce, MAX_CONNS } from '#renderer/sync/meshLinks';

/** A hand-driven clock: timers run when the test advances time. */
function fakeClock() {
  let now = 1_000_000;
  let timers: { at: number; f: () => void }[] = [];
  return {
    now: () => now,
    setTimeout: (f: () => void, ms: number) => {
      const t = { at: now + ms, f };
      timers.push(t);
      return t;
    },
    clearTimeout: (t: unknown) => (timers = timers.filter((x) => x !== t)),
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.f();
    },
  };
}

const u = (n: number) => new Uint8Array([n]);

describe('meshRelay', () => {
  it('never relays while the hub keeps talking', () => {
    const clock = fakeClock();
    let last = clock.now();
    const sent: Uint8Array[] = [];
    const relay = meshRelay(
      { lastMessageAt: () => last, connected: () => true },
      (x) => sent.push(x),
      clock,
    );
    relay.offer(u(1));
    clock.advance(20);
    last = clock.now(); // the hub fans the same note out to us
    clock.advance(HUB_GRACE_MS);
    expect(sent).toEqual([]);
  });

  it('relays after the grace period once the hub is silent, then at once until it speaks', () => {
    const clock = fakeClock();
    let last = clock.now() - 10;
    const sent: number[] = [];
    const relay = meshRelay(
      { lastMessageAt: () => last, connected: () => true },
      (x) => sent.push(x[0]!),
      clock,
    );
    relay.offer(u(1));
    clock.advance(HUB_GRACE_MS - 1);
    expect(sent).toEqual([]);
    clock.advance(1);
    expect(sent).toEqual([1]);
    relay.offer(u(2));
    expect(sent).toEqual([1, 2]);
    // The hub is back: the next update waits for it again.
    clock.advance(100);
    last = clock.now();
    relay.offer(u(3));
    expect(sent).toEqual([1, 2]);
    last = clock.now() + 5;
    clock.advance(HUB_GRACE_MS);
    expect(sent).toEqual([1, 2]);
  });

  it('relays at once while the hub socket is closed', () => {
    const clock = fakeClock();
    const sent: number[] = [];
    const relay = meshRelay(
      { lastMessageAt: () => clock.now(), connected: () => false },
      (x) => sent.push(x[0]!),
      clock,
    );
    relay.offer(u(7));
    expect(sent).toEqual([7]);
  });
});

describe('answersAnnounce', () => {
  it('never answers at the cap, always in a room of two or three', () => {
    expect(answersAnnounce(MAX_CONNS, 1, 0)).toBe(false);
    expect(answersAnnounce(0, 1, 0.999)).toBe(true);
    expect(answersAnnounce(0, 2, 0.999)).toBe(true);
  });
  it('answers about two announces in a big room, whatever its size', () => {
    let answered = 0;
    for (let i = 0; i < 500; i++) if (answersAnnounce(0, 500, (i + 0.5) / 500)) answered++;
    expect(answered).toBe(2);
  });
});
