// The troubleshooting card's two minutes, on an injected clock: due when the join screen has been
// up two minutes with nobody, never when someone came, restarted when the join screen comes back.
import { describe, expect, it } from 'vitest';
import { NOBODY_JOINED_MS, NobodyJoinedWatch } from '#renderer/features/venue/nobodyJoinedWatch';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the nobody-joined watch', () => {
  it('is due two minutes after the join screen went up with nobody, not a moment before', () => {
    expect(NOBODY_JOINED_MS).toBe(120_000);
    const c = clock();
    const w = new NobodyJoinedWatch(c.now);
    w.update(true, 0);
    expect(w.dueAt()).toBe(c.now() + 120_000);
    c.advance(119_999);
    w.update(true, 0);
    expect(w.stuck()).toBe(false);
    c.advance(1);
    expect(w.stuck()).toBe(true);
  });

  it('does not count while the join screen is down, and restarts when it comes back', () => {
    const c = clock();
    const w = new NobodyJoinedWatch(c.now);
    w.update(false, 0);
    c.advance(10 * 60_000);
    expect(w.stuck()).toBe(false);
    expect(w.dueAt()).toBeNull();
    w.update(true, 0);
    c.advance(90_000);
    w.update(false, 0); // the facilitator went to the live screen
    w.update(true, 0); // and back to the join screen: two minutes from now
    c.advance(90_000);
    expect(w.stuck()).toBe(false);
    c.advance(30_000);
    expect(w.stuck()).toBe(true);
  });

  it('is never due once an attendee connected while the join screen was up', () => {
    const c = clock();
    const w = new NobodyJoinedWatch(c.now);
    w.update(true, 0);
    c.advance(60_000);
    w.update(true, 1);
    c.advance(60_000);
    w.update(true, 0); // they left again: the network works, no card
    c.advance(10 * 60_000);
    expect(w.stuck()).toBe(false);
    expect(w.dueAt()).toBeNull();
  });

  it('waits as long as it is told', () => {
    const c = clock();
    const w = new NobodyJoinedWatch(c.now, 5_000);
    w.update(true, 0);
    c.advance(5_000);
    expect(w.stuck()).toBe(true);
  });
});
