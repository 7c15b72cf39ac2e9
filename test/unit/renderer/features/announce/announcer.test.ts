// The page's one polite voice: says a thing once, spaces announcements out, and never lets a
// burst pile up; on an injected clock and timers, stepped by hand.
import { describe, expect, it } from 'vitest';
import { createAnnouncer } from '#renderer/features/announce/announcer';

function fakeTime() {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const id = ++ids;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (h: unknown) => {
      const i = timers.findIndex((t) => t.id === h);
      if (i >= 0) timers.splice(i, 1);
    },
    /** Moves the clock on, running each timer that falls due, in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const t = timers[0];
        if (!t || t.at > end) break;
        timers.shift();
        now = t.at;
        t.fn();
      }
      now = end;
    },
    pending: () => timers.length,
  };
}

function setup(opts: { gapMs?: number; repeatMs?: number; maxQueue?: number } = {}) {
  const time = fakeTime();
  const a = createAnnouncer({ gapMs: 2000, repeatMs: 15_000, maxQueue: 3, ...opts, ...time });
  const heard: { text: string; at: number }[] = [];
  a.subscribe((x) => heard.push({ text: x.text, at: time.now() }));
  return { a, time, heard };
}

describe('announcer', () => {
  it('says the first thing at once', () => {
    const { a, heard } = setup();
    a.say('Voting is open.');
    expect(heard).toEqual([{ text: 'Voting is open.', at: 0 }]);
    expect(a.current()).toEqual({ text: 'Voting is open.', seq: 1 });
  });

  it('says the same text once while it is recent, and again after the repeat window', () => {
    const { a, time, heard } = setup();
    a.say('Time is up for Welcome.');
    time.advance(5000);
    a.say('Time is up for Welcome.');
    a.say('  Time is up for Welcome.  ');
    expect(heard.map((h) => h.text)).toEqual(['Time is up for Welcome.']);
    time.advance(10_000);
    a.say('Time is up for Welcome.');
    expect(heard.map((h) => h.at)).toEqual([0, 15_000]);
  });

  it('spaces announcements at least the gap apart, in the order they came', () => {
    const { a, time, heard } = setup();
    a.say('one');
    a.say('two');
    a.say('three');
    expect(heard.map((h) => h.text)).toEqual(['one']);
    time.advance(10_000);
    expect(heard).toEqual([
      { text: 'one', at: 0 },
      { text: 'two', at: 2000 },
      { text: 'three', at: 4000 },
    ]);
  });

  it('never floods: of a burst, the first is said and only the newest few wait their turn', () => {
    const { a, time, heard } = setup();
    for (let i = 1; i <= 50; i++) a.say(`Question answered: ${i}`);
    time.advance(60_000);
    expect(heard.map((h) => h.text)).toEqual([
      'Question answered: 1',
      'Question answered: 48',
      'Question answered: 49',
      'Question answered: 50',
    ]);
    // No two closer than the gap.
    for (let i = 1; i < heard.length; i++)
      expect(heard[i]!.at - heard[i - 1]!.at).toBeGreaterThanOrEqual(2000);
    expect(time.pending()).toBe(0);
  });

  it('drops a text already waiting, and ignores empty text', () => {
    const { a, time, heard } = setup();
    a.say('first');
    a.say('second');
    a.say('second');
    a.say('   ');
    time.advance(10_000);
    expect(heard.map((h) => h.text)).toEqual(['first', 'second']);
  });

  it('says something new after a quiet gap at once, and stops on dispose', () => {
    const { a, time, heard } = setup();
    a.say('one');
    time.advance(3000);
    a.say('two');
    expect(heard.at(-1)).toEqual({ text: 'two', at: 3000 });
    a.say('three');
    a.dispose();
    time.advance(10_000);
    expect(heard.map((h) => h.text)).toEqual(['one', 'two']);
    expect(time.pending()).toBe(0);
  });
});
