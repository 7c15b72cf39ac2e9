// Display math: countdown text at the edges, cue thresholds, and the day's projected end.
import { describe, expect, it } from 'vitest';
import {
  cueFor,
  formatDuration,
  localDayStartMs,
  msUntilTextChanges,
  AFTER_CHANGE_MS,
  projectDay,
  runDayStartMs,
  timerDisplay,
  wrapUpThresholdMs,
  CUES,
} from '#shared/model/timer/timerMath';
import {
  EMPTY_SNAPSHOT,
  transition,
  type TimerAction,
  type TimerBlock,
  type TimerSnapshot,
} from '#shared/model/timer/timerState';

const S = 1000;
const MIN = 60 * S;
const T0 = 1_700_000_000_000;

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [59_900, '1:00'],
    [59_000, '0:59'],
    [100, '0:01'],
    [60_000, '1:00'],
    [10 * MIN, '10:00'],
    [59 * MIN + 59 * S, '59:59'],
    [60 * MIN, '1:00:00'],
    [60 * MIN + 0.5 * S, '1:00:01'],
    [2 * 60 * MIN + 5 * MIN + 9 * S, '2:05:09'],
    [-100, '-0:01'],
    [-S, '-0:01'],
    [-S - 1, '-0:02'],
    [-59_900, '-1:00'],
    [-(61 * MIN), '-1:01:00'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('never shows -0:00', () => {
    for (let ms = -2000; ms <= 2000; ms += 50) expect(formatDuration(ms)).not.toBe('-0:00');
  });
});

describe('msUntilTextChanges', () => {
  // A running countdown read at each change of its text: the text holds until the delay (less the
  // margin) has passed, and has changed once it has. Both sides of zero, whole seconds, an hour.
  const samples = [5300, 5000, 4999, 1000, 999, 1, 0, -1, -300, -999, -1000, -59_999, 3_600_500];
  it.each(samples)('at %i ms left the text holds, then changes at the next read', (r) => {
    const d = msUntilTextChanges(r);
    expect(d).toBeGreaterThan(AFTER_CHANGE_MS - 1);
    expect(d).toBeLessThanOrEqual(S + AFTER_CHANGE_MS);
    if (r !== 0) expect(formatDuration(r - (d - AFTER_CHANGE_MS - 1))).toBe(formatDuration(r));
    expect(formatDuration(r - d)).not.toBe(formatDuration(r));
  });
});

describe('cues', () => {
  it('wrap-up at 20% or 2 minutes, whichever comes first, never before half-time', () => {
    expect(wrapUpThresholdMs(60 * MIN)).toBe(12 * MIN); // 20% is larger
    expect(wrapUpThresholdMs(5 * MIN)).toBe(2 * MIN); // 2 minutes is larger
    expect(wrapUpThresholdMs(3 * MIN)).toBe(1.5 * MIN); // capped at half-time
    expect(wrapUpThresholdMs(2 * MIN)).toBe(MIN); // straight to danger
  });

  it('switches exactly at the thresholds', () => {
    const p = 60 * MIN;
    expect(cueFor(12 * MIN + 1, p).cue).toBe('normal');
    expect(cueFor(12 * MIN, p).cue).toBe('wrapup');
    expect(cueFor(MIN + 1, p).cue).toBe('wrapup');
    expect(cueFor(MIN, p).cue).toBe('danger');
    expect(cueFor(0, p).cue).toBe('danger');
    expect(cueFor(-1, p).cue).toBe('overtime');
    expect(cueFor(2 * MIN, 5 * MIN).cue).toBe('wrapup');
    expect(cueFor(2 * MIN + 1, 5 * MIN).cue).toBe('normal');
  });

  it('every cue has its own shape and icon, not only a colour', () => {
    const all = Object.values(CUES);
    expect(new Set(all.map((c) => c.shape)).size).toBe(4);
    expect(new Set(all.map((c) => c.icon)).size).toBe(4);
  });
});

const ORDER: TimerBlock[] = [
  { id: 'a', dayId: 'd1', plannedMs: 30 * MIN },
  { id: 'b', dayId: 'd1', plannedMs: 15 * MIN },
  { id: 'c', dayId: 'd1', plannedMs: 45 * MIN },
  { id: 'd', dayId: 'd2', plannedMs: 60 * MIN },
];
const DAY1 = ORDER.slice(0, 3);

function run(steps: [number, TimerAction][]): TimerSnapshot {
  return steps.reduce((s, [at, a]) => transition(s, a, ORDER, T0 + at), EMPTY_SNAPSHOT);
}

describe('timerDisplay', () => {
  it('derives text and cue from the facts', () => {
    const s = run([[0, { type: 'start' }]]);
    expect(timerDisplay(s, ORDER, T0).text).toBe('30:00');
    expect(timerDisplay(s, ORDER, T0 + 25 * MIN).cue.cue).toBe('wrapup');
    expect(timerDisplay(s, ORDER, T0 + 29 * MIN + 0.1 * S)).toMatchObject({
      text: '1:00',
      cue: { cue: 'danger' },
    });
    expect(timerDisplay(s, ORDER, T0 + 31 * MIN + 5 * S)).toMatchObject({
      text: '-1:05',
      cue: { cue: 'overtime' },
    });
    expect(timerDisplay(EMPTY_SNAPSHOT, ORDER, T0)).toMatchObject({ blockId: 'a', text: '30:00' });
  });
});

describe('projectDay', () => {
  it('before the day starts, is neither ahead nor behind, however late it is', () => {
    // An hour before the planned start, and ten hours after it with nothing run (the console
    // said "619 min behind" here): the plan is all there is.
    for (const hostNow of [T0 - 60 * MIN, T0 + 600 * MIN]) {
      const p = projectDay({
        dayBlocks: DAY1,
        snap: EMPTY_SNAPSHOT,
        hostNow,
        plannedStartHostMs: T0,
      });
      expect(p).toMatchObject({
        plannedEndHostMs: T0 + 90 * MIN,
        projectedEndHostMs: T0 + 90 * MIN,
        deltaMs: 0,
        status: 'not started',
      });
    }
    // Chosen but not started (the console's first block, idle) is not started either.
    const chosen = run([[0, { type: 'goTo', blockId: 'b' }]]);
    expect(chosen.facts.state).toBe('idle');
    expect(
      projectDay({ dayBlocks: DAY1, snap: chosen, hostNow: T0 + 600 * MIN, plannedStartHostMs: T0 })
        .status,
    ).toBe('not started');
  });

  it('a day that started is measured against its start time on the date it runs', () => {
    const plannedElsewhere = localDayStartMs('2025-03-14', '09:00', 0);
    const startedAt = new Date(2026, 11, 5, 9, 10).getTime();
    // Started 10 minutes late on another date than the agenda's: 10 min behind, not days.
    expect(runDayStartMs('2025-03-14', '09:00', startedAt, startedAt)).toBe(
      new Date(2026, 11, 5, 9, 0).getTime(),
    );
    // Before it starts, its own date (or today's, when it has none).
    expect(runDayStartMs('2025-03-14', '09:00', null, startedAt)).toBe(plannedElsewhere);
    expect(runDayStartMs(null, '13:00', null, startedAt)).toBe(
      new Date(2026, 11, 5, 13, 0).getTime(),
    );
  });

  it('a late start and an overrunning block push the projected end out live', () => {
    // Started 5 minutes late; block a runs 3 minutes over and is still running.
    const s = run([[5 * MIN, { type: 'start' }]]);
    const at = (ms: number) =>
      projectDay({ dayBlocks: DAY1, snap: s, hostNow: T0 + ms, plannedStartHostMs: T0 });
    expect(at(10 * MIN).projectedEndHostMs).toBe(T0 + 95 * MIN);
    expect(at(10 * MIN)).toMatchObject({ status: 'behind', deltaMs: 5 * MIN });
    const over = at(38 * MIN); // a planned to end at 35
    expect(over.projectedEndHostMs).toBe(T0 + 38 * MIN + 60 * MIN);
    expect(over).toMatchObject({ status: 'behind', deltaMs: 8 * MIN });
  });

  it('finishing early puts the day ahead; skipped blocks count zero', () => {
    const s = run([
      [0, { type: 'start' }],
      [20 * MIN, { type: 'next' }], // a took 20 of 30
      [20 * MIN, { type: 'next' }], // b skipped immediately
    ]);
    const p = projectDay({
      dayBlocks: DAY1,
      snap: s,
      hostNow: T0 + 21 * MIN,
      plannedStartHostMs: T0,
    });
    expect(p.projectedEndHostMs).toBe(T0 + 20 * MIN + 45 * MIN);
    expect(p).toMatchObject({ status: 'ahead', deltaMs: -25 * MIN });
  });

  it('without a planned start, measures from when the day actually started', () => {
    const s = run([[7 * MIN, { type: 'start' }]]);
    const p = projectDay({ dayBlocks: DAY1, snap: s, hostNow: T0 + 8 * MIN });
    expect(p.plannedStartHostMs).toBe(T0 + 7 * MIN);
    expect(p.status).toBe('on time');
  });

  it('a finished day reports its actual end', () => {
    const s = run([
      [0, { type: 'start' }],
      [30 * MIN, { type: 'next' }],
      [45 * MIN, { type: 'next' }],
      [92 * MIN, { type: 'next' }], // rolls to day 2
    ]);
    expect(s.facts.blockId).toBe('d');
    const p = projectDay({
      dayBlocks: DAY1,
      snap: s,
      hostNow: T0 + 20 * 60 * MIN,
      plannedStartHostMs: T0,
    });
    expect(p.projectedEndHostMs).toBe(T0 + 92 * MIN);
    expect(p).toMatchObject({ status: 'behind', deltaMs: 2 * MIN });
  });

  it('localDayStartMs reads a date and a start time in local time', () => {
    const ms = localDayStartMs('2025-03-14', '09:30', 0);
    const d = new Date(ms);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
      2025, 2, 14, 9, 30,
    ]);
    const undated = new Date(localDayStartMs(null, '13:00', ms));
    expect([undated.getDate(), undated.getHours()]).toEqual([14, 13]);
  });
});
