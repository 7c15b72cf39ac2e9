// Where the room is, for the projector (renderer/features/projector/projectorModel.ts), read from
// a real doc's agenda and timer: the current and next block, the day and "Block n of m".
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { projectorModel } from '#renderer/features/projector/projectorModel';
import { getAgenda, getBlockOrder } from '#shared/model/agenda/read';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { readTimer } from '#shared/model/timer/read';
import { applyTimerAction } from '#shared/model/timer/commands';
import { MIN, T0, sessionDoc } from '../../stores/storeTestKit';

const model = (doc: Y.Doc) => projectorModel(getAgenda(doc), readTimer(doc), getBlockOrder(doc));

describe('projectorModel', () => {
  it('before the start: the first block is current, the second next', () => {
    const m = model(sessionDoc());
    expect(m.current?.title).toBe('Welcome');
    expect(m.next?.title).toBe('Ideas');
    expect([m.dayLabel, m.position, m.dayBlockCount]).toEqual(['Day 1', 1, 3]);
  });

  it('follows the timer, across days, and ends with nothing current', () => {
    const doc = sessionDoc();
    addDay(doc, { id: 'd2', label: 'Day 2' });
    addBlock(doc, { dayId: 'd2', id: 'x', title: 'Recap', kind: 'talk', plannedMinutes: 15 });
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    applyTimerAction(doc, { type: 'next' }, { hostNow: T0 + MIN });
    applyTimerAction(doc, { type: 'next' }, { hostNow: T0 + 2 * MIN });
    let m = model(doc);
    expect([m.current?.title, m.next?.title, m.position, m.dayBlockCount]).toEqual([
      'Pick',
      'Recap',
      3,
      3,
    ]);
    applyTimerAction(doc, { type: 'next' }, { hostNow: T0 + 3 * MIN });
    m = model(doc);
    expect([m.current?.title, m.next, m.dayLabel, m.position, m.dayBlockCount]).toEqual([
      'Recap',
      null,
      'Day 2',
      1,
      1,
    ]);
    applyTimerAction(doc, { type: 'next' }, { hostNow: T0 + 4 * MIN });
    m = model(doc);
    expect(m).toEqual({ current: null, next: null, dayLabel: '', position: 0, dayBlockCount: 0 });
  });
});
