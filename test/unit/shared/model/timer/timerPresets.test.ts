// Timer presets, an exact time, reset and a block's own wrap-up threshold (issue 13, part 4):
// the state machine with an injected host clock, the parser, and the commands against a Y.Doc.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  EMPTY_SNAPSHOT,
  transition,
  type TimerAction,
  type TimerBlock,
  type TimerSnapshot,
} from '#shared/model/timer/timerState';
import { cueFor, parseDuration, remainingMs, timerDisplay } from '#shared/model/timer/timerMath';
import { addBlock, addDay, setBlockWrapUp, updateBlock } from '#shared/model/agenda/commands';
import { blockWrapUpMinutes, getBlockOrder } from '#shared/model/agenda/read';
import { readTimer } from '#shared/model/timer/read';
import { applyTimerAction } from '#shared/model/timer/commands';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const ORDER: TimerBlock[] = [
  { id: 'a', dayId: 'd1', plannedMs: 10 * MIN },
  { id: 'b', dayId: 'd1', plannedMs: 5 * MIN },
];
const run = (steps: [number, TimerAction][], from: TimerSnapshot = EMPTY_SNAPSHOT) =>
  steps.reduce((s, [at, a]) => transition(s, a, ORDER, T0 + at), from);
const left = (s: TimerSnapshot, at: number) =>
  remainingMs(s.facts, ORDER.find((b) => b.id === s.facts.blockId)!.plannedMs, T0 + at);

describe('timer presets and exact times', () => {
  it('a preset sets what is left, whatever ran before, and keeps counting', () => {
    const s = run([
      [0, { type: 'start' }],
      [4 * MIN, { type: 'setRemaining', remainingMs: 3 * MIN }],
    ]);
    expect(left(s, 4 * MIN)).toBe(3 * MIN);
    expect(left(s, 5 * MIN)).toBe(2 * MIN);
    // The ledger records it as time taken away: 10 planned, 4 run, 3 left = 3 removed.
    expect(s.ledger.a).toMatchObject({ addedMs: -3 * MIN, elapsedMs: 4 * MIN });
  });

  it('sets a longer time than planned, and works before the block starts', () => {
    const s = run([[0, { type: 'setRemaining', remainingMs: 15 * MIN }]]);
    expect(s.facts).toMatchObject({ blockId: 'a', state: 'idle', extensionMs: 5 * MIN });
    expect(left(s, 0)).toBe(15 * MIN);
  });

  it('ignores a negative or non-finite time', () => {
    const s = run([[0, { type: 'start' }]]);
    expect(run([[1, { type: 'setRemaining', remainingMs: -1 }]], s)).toBe(s);
    expect(run([[1, { type: 'setRemaining', remainingMs: Number.NaN }]], s)).toBe(s);
  });

  it('reset starts the block over and keeps a running timer running', () => {
    const s = run([
      [0, { type: 'start' }],
      [3 * MIN, { type: 'extend', deltaMs: 2 * MIN }],
      [6 * MIN, { type: 'reset' }],
    ]);
    expect(s.facts).toMatchObject({
      state: 'running',
      accumulatedMs: 0,
      extensionMs: 0,
      startedAtHostMs: T0 + 6 * MIN,
    });
    expect(left(s, 7 * MIN)).toBe(9 * MIN);
    expect(s.ledger.a).toMatchObject({ elapsedMs: 0, addedMs: 0, startedAtHostMs: T0 + 6 * MIN });
  });

  it('reset of a paused block leaves it paused at its full time', () => {
    const s = run([
      [0, { type: 'start' }],
      [2 * MIN, { type: 'pause' }],
      [3 * MIN, { type: 'reset' }],
    ]);
    expect(s.facts.state).toBe('paused');
    expect(left(s, 9 * MIN)).toBe(10 * MIN);
  });

  it('parses minutes, m:ss and h:mm:ss, and refuses the rest', () => {
    expect(parseDuration('5')).toBe(5 * MIN);
    expect(parseDuration(' 4:30 ')).toBe(4.5 * MIN);
    expect(parseDuration('1:05:00')).toBe(65 * MIN);
    expect(parseDuration('0:00')).toBe(0);
    for (const bad of ['', 'five', '4:3', '4:60', '-1', '1:60:00', '601', '1.5'])
      expect(parseDuration(bad)).toBeNull();
  });
});

describe("a block's own wrap-up threshold", () => {
  it('replaces the automatic one', () => {
    // Automatic for 30 min: 6 min (20%). A facilitator's 10 min starts wrap-up earlier.
    expect(cueFor(8 * MIN, 30 * MIN).cue).toBe('normal');
    expect(cueFor(8 * MIN, 30 * MIN, 10 * MIN).cue).toBe('wrapup');
    expect(cueFor(3 * MIN, 30 * MIN, 2 * MIN).cue).toBe('normal');
    expect(cueFor(30_000, 30 * MIN, 10 * MIN).cue).toBe('danger');
  });

  it('is stored on the block, read into the run order and used by the display', () => {
    const doc = new Y.Doc();
    const day = addDay(doc, { label: 'Day 1' });
    const block = addBlock(doc, {
      dayId: day.id,
      title: 'Talk',
      kind: 'talk',
      plannedMinutes: 30,
    });
    expect(getBlockOrder(doc)[0]!.wrapUpMs).toBeUndefined();
    setBlockWrapUp(doc, { blockId: block.id, minutes: 10 });
    expect(getBlockOrder(doc)[0]!.wrapUpMs).toBe(10 * MIN);
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    const snap = readTimer(doc);
    expect(timerDisplay(snap, getBlockOrder(doc), T0 + 21 * MIN).cue.cue).toBe('wrapup');
    setBlockWrapUp(doc, { blockId: block.id, minutes: null });
    expect(timerDisplay(snap, getBlockOrder(doc), T0 + 21 * MIN).cue.cue).toBe('normal');
    expect(() => setBlockWrapUp(doc, { blockId: block.id, minutes: 0 })).toThrow(/wrap-up/);
    expect(() => setBlockWrapUp(doc, { blockId: block.id, minutes: 2.5 })).toThrow(/whole/);
  });

  it('the block editor sets the same field, in one edit with the rest of the block', () => {
    const doc = new Y.Doc();
    const day = addDay(doc, {});
    const block = addBlock(doc, { dayId: day.id, title: 'A', kind: 'talk', plannedMinutes: 20 });
    updateBlock(doc, { blockId: block.id, title: 'A2', wrapUpMinutes: 6 });
    expect(blockWrapUpMinutes(doc, block.id)).toBe(6);
    expect(getBlockOrder(doc)[0]!.wrapUpMs).toBe(6 * MIN);
    // Absent leaves it; a bad value refuses the whole edit (the title stays A2).
    updateBlock(doc, { blockId: block.id, plannedMinutes: 25 });
    expect(blockWrapUpMinutes(doc, block.id)).toBe(6);
    expect(() =>
      updateBlock(doc, { blockId: block.id, title: 'Lost', wrapUpMinutes: 500 }),
    ).toThrow(/wrap-up time must be a whole number of minutes from 1 to 120/);
    expect(getBlockOrder(doc)[0]!.wrapUpMs).toBe(6 * MIN);
    expect(doc.getMap<Y.Map<unknown>>('agendaBlocks').get(block.id)!.get('title')).toBe('A2');
    updateBlock(doc, { blockId: block.id, wrapUpMinutes: null });
    expect(blockWrapUpMinutes(doc, block.id)).toBeNull();
    expect(getBlockOrder(doc)[0]!.wrapUpMs).toBeUndefined();
  });

  it('the commands write presets and reset through the doc', () => {
    const doc = new Y.Doc();
    const day = addDay(doc, {});
    addBlock(doc, { dayId: day.id, title: 'A', kind: 'talk', plannedMinutes: 20 });
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    applyTimerAction(doc, { type: 'setRemaining', remainingMs: 5 * MIN }, { hostNow: T0 + MIN });
    const order = getBlockOrder(doc);
    expect(timerDisplay(readTimer(doc), order, T0 + MIN).text).toBe('5:00');
    applyTimerAction(doc, { type: 'reset' }, { hostNow: T0 + 2 * MIN });
    expect(timerDisplay(readTimer(doc), order, T0 + 2 * MIN).text).toBe('20:00');
  });
});
