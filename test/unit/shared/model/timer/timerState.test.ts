// The timer state machine with an injected host clock: pause, resume, extend, overtime,
// next/previous, reorder while running, and rolling from one day into the next.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SNAPSHOT,
  currentBlockId,
  elapsedMs,
  isFinished,
  transition,
  type TimerAction,
  type TimerBlock,
  type TimerSnapshot,
} from '#shared/model/timer/timerState';
import { remainingMs } from '#shared/model/timer/timerMath';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

const ORDER: TimerBlock[] = [
  { id: 'a', dayId: 'd1', plannedMs: 10 * MIN },
  { id: 'b', dayId: 'd1', plannedMs: 5 * MIN },
  { id: 'c', dayId: 'd2', plannedMs: 20 * MIN },
];

/** Runs actions at the given offsets (ms after T0) against a fixed order. */
function run(steps: [number, TimerAction][], order = ORDER, from = EMPTY_SNAPSHOT): TimerSnapshot {
  return steps.reduce((s, [at, action]) => transition(s, action, order, T0 + at), from);
}

const remaining = (s: TimerSnapshot, at: number, order = ORDER) =>
  remainingMs(s.facts, order.find((b) => b.id === s.facts.blockId)!.plannedMs, T0 + at);

describe('timer state machine', () => {
  it('starts on the first block and counts down from host time', () => {
    expect(currentBlockId(EMPTY_SNAPSHOT, ORDER)).toBe('a');
    const s = run([[0, { type: 'start' }]]);
    expect(s.facts).toMatchObject({ blockId: 'a', state: 'running', startedAtHostMs: T0 });
    expect(remaining(s, 3 * MIN)).toBe(7 * MIN);
    expect(s.ledger.a).toMatchObject({ startedAtHostMs: T0, endedAtHostMs: null });
  });

  it('pause freezes the remaining time and resume continues it', () => {
    const paused = run([
      [0, { type: 'start' }],
      [2 * MIN, { type: 'pause' }],
    ]);
    expect(paused.facts).toMatchObject({ state: 'paused', accumulatedMs: 2 * MIN });
    expect(remaining(paused, 2 * MIN)).toBe(8 * MIN);
    expect(remaining(paused, 60 * MIN)).toBe(8 * MIN);
    expect(paused.ledger.a!.elapsedMs).toBe(2 * MIN);
    const resumed = run([[30 * MIN, { type: 'resume' }]], ORDER, paused);
    expect(remaining(resumed, 31 * MIN)).toBe(7 * MIN);
    // start while paused resumes too; pause when paused is a no-op
    const viaStart = run([[30 * MIN, { type: 'start' }]], ORDER, paused);
    expect(viaStart.facts).toEqual(resumed.facts);
    expect(run([[5 * MIN, { type: 'pause' }]], ORDER, paused)).toBe(paused);
  });

  it('extends while paused, and never below zero planned time', () => {
    const s = run([
      [0, { type: 'start' }],
      [MIN, { type: 'pause' }],
      [2 * MIN, { type: 'extend', deltaMs: 5 * MIN }],
    ]);
    expect(s.facts.state).toBe('paused');
    expect(remaining(s, 9 * MIN)).toBe(14 * MIN);
    expect(s.ledger.a!.addedMs).toBe(5 * MIN);
    const cut = run([[3 * MIN, { type: 'extend', deltaMs: -60 * MIN }]], ORDER, s);
    expect(cut.facts.extensionMs).toBe(-10 * MIN); // planned 10 + (−10) = 0, not less
    expect(remaining(cut, 3 * MIN)).toBe(-MIN); // one minute already ran: overtime
  });

  it('runs into overtime and records it in the ledger', () => {
    const s = run([
      [0, { type: 'start' }],
      [12 * MIN, { type: 'next' }],
    ]);
    expect(s.ledger.a).toMatchObject({
      elapsedMs: 12 * MIN,
      overtimeMs: 2 * MIN,
      endedAtHostMs: T0 + 12 * MIN,
      plannedMs: 10 * MIN,
    });
    // Running carries over to the next block of the same day.
    expect(s.facts).toMatchObject({
      blockId: 'b',
      state: 'running',
      startedAtHostMs: T0 + 12 * MIN,
    });
    expect(s.ledger.b).toMatchObject({ startedAtHostMs: T0 + 12 * MIN, endedAtHostMs: null });
  });

  it('previous returns to a block with its own run time and extension', () => {
    const s = run([
      [0, { type: 'start' }],
      [MIN, { type: 'extend', deltaMs: MIN }],
      [4 * MIN, { type: 'next' }],
      [5 * MIN, { type: 'previous' }],
    ]);
    expect(s.facts).toMatchObject({
      blockId: 'a',
      state: 'running',
      accumulatedMs: 4 * MIN,
      extensionMs: MIN,
    });
    expect(remaining(s, 5 * MIN)).toBe(7 * MIN);
    expect(s.ledger.a).toMatchObject({ startedAtHostMs: T0, endedAtHostMs: null });
    expect(s.ledger.b).toMatchObject({ elapsedMs: MIN, endedAtHostMs: T0 + 5 * MIN });
    expect(transition(s, { type: 'previous' }, ORDER, T0 + 6 * MIN)).toBe(s); // first block
  });

  it('next while idle only moves the selection', () => {
    const s = run([[0, { type: 'next' }]]);
    expect(s.facts).toMatchObject({ blockId: 'b', state: 'idle' });
    expect(s.ledger).toEqual({});
  });

  it('keeps the running block when the agenda is reordered', () => {
    const s = run([
      [0, { type: 'start' }],
      [3 * MIN, { type: 'next' }],
    ]);
    expect(s.facts.blockId).toBe('b');
    const reordered: TimerBlock[] = [ORDER[1]!, ORDER[0]!, ORDER[2]!];
    // Nothing in the facts refers to positions, so time is unaffected.
    expect(remaining(s, 4 * MIN, reordered)).toBe(4 * MIN);
    const prev = transition(s, { type: 'previous' }, reordered, T0 + 4 * MIN);
    expect(prev).toBe(s); // b is now first
    const next = transition(s, { type: 'next' }, reordered, T0 + 4 * MIN);
    expect(next.facts.blockId).toBe('a'); // a is now after b
  });

  it('continues sensibly when the running block is deleted', () => {
    const s = run([[0, { type: 'start' }]]);
    const without = ORDER.filter((b) => b.id !== 'a');
    expect(elapsedMs(s.facts, T0 + MIN)).toBe(MIN);
    const next = transition(s, { type: 'next' }, without, T0 + MIN);
    expect(next.facts).toMatchObject({ blockId: 'b', state: 'running' });
    expect(next.ledger.a!.endedAtHostMs).toBe(T0 + MIN);
  });

  it('rolls over from the last block of day 1 to day 2 without starting it overnight', () => {
    const s = run([
      [0, { type: 'start' }],
      [10 * MIN, { type: 'next' }],
      [15 * MIN, { type: 'next' }],
    ]);
    expect(s.facts).toMatchObject({ blockId: 'c', state: 'idle', startedAtHostMs: null });
    expect(s.ledger.b!.endedAtHostMs).toBe(T0 + 15 * MIN);
    expect(s.ledger.c).toBeUndefined();
    const nextMorning = run([[16 * 60 * MIN, { type: 'start' }]], ORDER, s);
    expect(nextMorning.ledger.c!.startedAtHostMs).toBe(T0 + 16 * 60 * MIN);
  });

  it('next from the very last block finishes the agenda; previous reopens it', () => {
    const s = run([
      [0, { type: 'goTo', blockId: 'c' }],
      [MIN, { type: 'start' }],
      [21 * MIN, { type: 'next' }],
    ]);
    expect(isFinished(s)).toBe(true);
    expect(currentBlockId(s, ORDER)).toBeNull();
    expect(s.ledger.c).toMatchObject({ elapsedMs: 20 * MIN, overtimeMs: 0 });
    expect(transition(s, { type: 'start' }, ORDER, T0 + 22 * MIN)).toBe(s);
    const back = transition(s, { type: 'previous' }, ORDER, T0 + 22 * MIN);
    expect(back.facts).toMatchObject({ blockId: 'c', state: 'idle', accumulatedMs: 20 * MIN });
  });

  it('goTo jumps, keeping the timer running within a day', () => {
    const s = run([
      [0, { type: 'start' }],
      [MIN, { type: 'goTo', blockId: 'b' }],
    ]);
    expect(s.facts).toMatchObject({ blockId: 'b', state: 'running' });
    expect(transition(s, { type: 'goTo', blockId: 'missing' }, ORDER, T0)).toBe(s);
  });
});
