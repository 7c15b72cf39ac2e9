// Timer commands against a real Y.Doc: one transaction per action, facts and ledger synced to a
// second replica, reorder while running, and tolerance of malformed timer state.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlock, addDay, moveBlock } from '#shared/model/agenda/commands';
import { getBlockOrder } from '#shared/model/agenda/read';
import { agendaTypes } from '#shared/model/agenda/names';
import { readTimer } from '#shared/model/timer/read';
import { applyTimerAction } from '#shared/model/timer/commands';
import { timerDisplay } from '#shared/model/timer/timerMath';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

function setup() {
  const doc = new Y.Doc();
  addDay(doc, { id: 'd1' });
  addBlock(doc, { dayId: 'd1', id: 'a', title: 'A', kind: 'talk', plannedMinutes: 10 });
  addBlock(doc, { dayId: 'd1', id: 'b', title: 'B', kind: 'discuss', plannedMinutes: 20 });
  addBlock(doc, { dayId: 'd1', id: 'c', title: 'C', kind: 'vote', plannedMinutes: 5 });
  return doc;
}

describe('timer commands', () => {
  it('toggle starts an idle timer, pauses a running one and resumes a paused one', () => {
    const doc = setup();
    const states: string[] = [];
    for (let i = 0; i < 3; i++) {
      applyTimerAction(doc, { type: 'toggle' }, { hostNow: T0 + i * MIN });
      states.push(readTimer(doc).facts.state);
    }
    expect(states).toEqual(['running', 'paused', 'running']);
    expect(readTimer(doc).facts.accumulatedMs).toBe(MIN);
  });

  it('each action is one transaction and replicas derive the same countdown', () => {
    const doc = setup();
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    let updates = 0;
    doc.on('update', (u: Uint8Array) => {
      updates++;
      Y.applyUpdate(replica, u);
    });
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    applyTimerAction(doc, { type: 'pause' }, { hostNow: T0 + 2 * MIN });
    applyTimerAction(doc, { type: 'extend', deltaMs: 5 * MIN }, { hostNow: T0 + 3 * MIN });
    applyTimerAction(doc, { type: 'resume' }, { hostNow: T0 + 4 * MIN });
    expect(updates).toBe(4);
    const at = T0 + 5 * MIN;
    const mine = timerDisplay(readTimer(doc), getBlockOrder(doc), at);
    const theirs = timerDisplay(readTimer(replica), getBlockOrder(replica), at);
    expect(mine).toEqual(theirs);
    expect(mine.text).toBe('12:00'); // 10 + 5 planned − 3 run
    expect(readTimer(replica).ledger.a).toMatchObject({ addedMs: 5 * MIN });
  });

  it('a no-op action writes nothing', () => {
    const doc = setup();
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    let updates = 0;
    doc.on('update', () => updates++);
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 + MIN });
    applyTimerAction(doc, { type: 'resume' }, { hostNow: T0 + MIN });
    expect(updates).toBe(0);
  });

  it('reorder while running keeps the running block and its time', () => {
    const doc = setup();
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    applyTimerAction(doc, { type: 'next' }, { hostNow: T0 + 10 * MIN }); // b running
    moveBlock(doc, { blockId: 'b', toDayId: 'd1', toIndex: 2 });
    const s = readTimer(doc);
    expect(s.facts).toMatchObject({ blockId: 'b', state: 'running' });
    expect(timerDisplay(s, getBlockOrder(doc), T0 + 15 * MIN).text).toBe('15:00');
    applyTimerAction(doc, { type: 'next' }, { hostNow: T0 + 16 * MIN }); // b is last now: the agenda ends
    expect(readTimer(doc).facts.blockId).toBeNull();
    applyTimerAction(doc, { type: 'goTo', blockId: 'c' }, { hostNow: T0 + 17 * MIN });
    expect(readTimer(doc).facts).toMatchObject({ blockId: 'c', state: 'idle' });
  });

  it('planned minutes edited while running change the countdown live', () => {
    const doc = setup();
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    agendaTypes(doc).blocks.get('a')!.set('plannedMinutes', 15);
    expect(timerDisplay(readTimer(doc), getBlockOrder(doc), T0 + MIN).text).toBe('14:00');
  });

  it('reads malformed timer state as something safe', () => {
    const doc = setup();
    const { timer, ledger } = agendaTypes(doc);
    timer.set('state', 'running');
    timer.set('blockId', 'a');
    timer.set('accumulatedMs', 'lots');
    ledger.set('a', 'garbage');
    const s = readTimer(doc);
    expect(s.facts).toMatchObject({ state: 'paused', accumulatedMs: 0 });
    expect(s.ledger).toEqual({});
  });
});
