// The console's planned-versus-actual report and the projector's model, with an injected host time.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { getAgenda, getBlockOrder } from '#shared/model/agenda/read';
import { readTimer } from '#shared/model/timer/read';
import { applyTimerAction } from '#shared/model/timer/commands';
import {
  dayReport,
  formatMinutes,
  scheduleWords,
  timeChangeWords,
} from '#renderer/features/timer/planVsActual';
import { projectorModel } from '#renderer/features/projector/projectorModel';
import { shortcutFor } from '#renderer/features/timer/shortcuts';

const MIN = 60_000;

function session() {
  const doc = new Y.Doc();
  const day = addDay(doc, { label: 'Day 1', date: '2026-03-10', startTime: '09:00' }).id;
  for (const [title, m] of [
    ['Welcome', 30],
    ['Vision', 60],
    ['Break', 15],
  ] as const)
    addBlock(doc, { dayId: day, title, kind: 'talk', plannedMinutes: m });
  const nine = new Date(2026, 2, 10, 9, 0).getTime();
  return { doc, nine };
}
const report = (doc: Y.Doc, now: number) =>
  dayReport(getAgenda(doc), readTimer(doc), getBlockOrder(doc), now)!;

describe('dayReport', () => {
  it('is not started before the start (even hours late), on time at a punctual start', () => {
    const { doc, nine } = session();
    expect(report(doc, nine - 10 * MIN).projection.status).toBe('not started');
    expect(report(doc, nine + 619 * MIN).projection).toMatchObject({
      status: 'not started',
      deltaMs: 0,
    });
    applyTimerAction(doc, { type: 'start' }, { hostNow: nine });
    const r = report(doc, nine + 5 * MIN);
    expect(scheduleWords(r.projection)).toBe('On time');
    expect(r.rows[0]).toMatchObject({ title: 'Welcome', actualMs: 5 * MIN, status: 'running' });
    expect(r.rows[1]).toMatchObject({ actualMs: null, status: 'not started' });
  });

  it('counts an overrun live, and records it in the ledger once the block ends', () => {
    const { doc, nine } = session();
    applyTimerAction(doc, { type: 'start' }, { hostNow: nine });
    // Welcome runs 5 minutes over: the day is 5 minutes behind while it runs ...
    const live = report(doc, nine + 35 * MIN);
    expect(scheduleWords(live.projection)).toBe('5 min behind');
    expect(live.rows[0]!.overtimeMs).toBe(5 * MIN);
    applyTimerAction(doc, { type: 'next' }, { hostNow: nine + 35 * MIN });
    // ... and after it ended, while Vision runs on plan.
    const after = report(doc, nine + 40 * MIN);
    expect(after.rows[0]).toMatchObject({
      actualMs: 35 * MIN,
      overtimeMs: 5 * MIN,
      status: 'done',
    });
    expect(scheduleWords(after.projection)).toBe('5 min behind');
    expect(after.projection.projectedEndHostMs).toBe(nine + 110 * MIN);
  });

  it('shows added time on the current block and keeps the projection honest', () => {
    const { doc, nine } = session();
    applyTimerAction(doc, { type: 'start' }, { hostNow: nine });
    applyTimerAction(doc, { type: 'extend', deltaMs: 5 * MIN }, { hostNow: nine + MIN });
    const r = report(doc, nine + 2 * MIN);
    expect(r.rows[0]!.addedMs).toBe(5 * MIN);
    expect(scheduleWords(r.projection)).toBe('5 min behind');
  });
});

describe('the day as it runs, and a time set by hand', () => {
  it('measures a day run on another date against its own start time', () => {
    const { doc } = session(); // dated 2026-03-10
    const later = new Date(2026, 11, 5, 9, 5).getTime();
    applyTimerAction(doc, { type: 'start' }, { hostNow: later });
    const p = report(doc, later + MIN).projection;
    expect(p.status).toBe('behind');
    expect(scheduleWords(p)).toBe('5 min behind');
  });

  it('records "Set time left" as what was set, in the ledger and the row', () => {
    const { doc, nine } = session();
    applyTimerAction(doc, { type: 'start' }, { hostNow: nine });
    // Two minutes into Welcome (30 min), the facilitator sets 0:12 left.
    applyTimerAction(
      doc,
      { type: 'setRemaining', remainingMs: 12_000 },
      { hostNow: nine + 2 * MIN },
    );
    const row = () => report(doc, nine + 2 * MIN + 5_000).rows[0]!;
    expect(row().changed).toBe('set to 0:12 left');
    expect(readTimer(doc).ledger[row().blockId]).toMatchObject({
      setRemainingMs: 12_000,
      addedMs: 12_000 + 2 * MIN - 30 * MIN,
    });
    applyTimerAction(doc, { type: 'extend', deltaMs: MIN }, { hostNow: nine + 2 * MIN + 6_000 });
    expect(row().changed).toBe('set to 0:12 left, then +1:00');
    // The block ends; the next one starts with nothing set, and the record stays with Welcome.
    applyTimerAction(doc, { type: 'next' }, { hostNow: nine + 4 * MIN });
    const r = report(doc, nine + 5 * MIN);
    expect(r.rows[0]!.changed).toBe('set to 0:12 left, then +1:00');
    expect(r.rows[1]!.changed).toBeNull();
    // Reset forgets the set.
    applyTimerAction(
      doc,
      { type: 'setRemaining', remainingMs: 10 * MIN },
      { hostNow: nine + 6 * MIN },
    );
    applyTimerAction(doc, { type: 'reset' }, { hostNow: nine + 7 * MIN });
    expect(report(doc, nine + 7 * MIN).rows[1]!.changed).toBeNull();
  });
});

describe('projectorModel', () => {
  it('says where the day stands and what comes next', () => {
    const { doc, nine } = session();
    const model = () => projectorModel(getAgenda(doc), readTimer(doc), getBlockOrder(doc));
    expect(model()).toMatchObject({ position: 1, dayBlockCount: 3 });
    expect(model().next?.title).toBe('Vision');
    applyTimerAction(doc, { type: 'start' }, { hostNow: nine });
    applyTimerAction(doc, { type: 'next' }, { hostNow: nine + 30 * MIN });
    applyTimerAction(doc, { type: 'next' }, { hostNow: nine + 90 * MIN });
    expect(model()).toMatchObject({ position: 3, next: null });
    expect(model().current?.title).toBe('Break');
  });
});

describe('helpers', () => {
  it('formats ledger cells', () => {
    expect(formatMinutes(null)).toBe('—');
    expect(formatMinutes(90_000)).toBe('1:30');
    expect(formatMinutes(31 * MIN + 3000)).toBe('31:03');
  });

  it('maps keys to timer shortcuts, never with modifiers', () => {
    const k = (
      key: string,
      mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
    ) =>
      shortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods })?.command ?? null;
    expect(k(' ')).toBe('toggle');
    expect(k('ArrowRight')).toBe('next');
    expect(k('ArrowLeft')).toBe('previous');
    expect(k('+')).toBe('add1');
    expect(k('-')).toBe('remove1');
    expect(k('−')).toBe('remove1');
    expect(k('?')).toBe('help');
    expect(k('ArrowRight', { altKey: true })).toBeNull();
    expect(k('+', { ctrlKey: true })).toBeNull();
    expect(k('x')).toBeNull();
  });
});

describe('timeChangeWords', () => {
  it('says a time set by hand as set, and what was added after it', () => {
    expect(timeChangeWords({ addedMs: 0, setRemainingMs: null, extensionAtSetMs: 0 })).toBeNull();
    expect(timeChangeWords({ addedMs: 5 * MIN, setRemainingMs: null, extensionAtSetMs: 0 })).toBe(
      '+5:00',
    );
    expect(timeChangeWords({ addedMs: -MIN, setRemainingMs: null, extensionAtSetMs: 0 })).toBe(
      '−1:00',
    );
    const set = { addedMs: -28 * MIN, setRemainingMs: 12 * MIN, extensionAtSetMs: -28 * MIN };
    expect(timeChangeWords(set)).toBe('set to 12:00 left');
    expect(timeChangeWords({ ...set, addedMs: -27 * MIN })).toBe('set to 12:00 left, then +1:00');
  });
});
