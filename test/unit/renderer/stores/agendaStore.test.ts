// The agenda and timer projection (renderer/stores/agendaStore.ts) over a real Y.Doc: the days,
// run order and timer facts the commands wrote, and no re-read for notes, polls or registers.
import { describe, expect, it } from 'vitest';
import { agendaStore } from '#renderer/stores/agendaStore';
import { applyTimerAction } from '#shared/model/timer/commands';
import { checkProjection } from './projectionCheck';
import { T0, sessionDoc, settle } from './storeTestKit';

describe('agendaStore', () => {
  it('reads the days, the run order and the timer', async () => {
    const doc = sessionDoc();
    const p = agendaStore(doc);
    const first = p.getState();
    expect(first.agenda.days.map((d) => [d.label, d.blocks.map((b) => b.title)])).toEqual([
      ['Day 1', ['Welcome', 'Ideas', 'Pick']],
    ]);
    expect(first.order.map((b) => [b.id, b.plannedMs])).toEqual([
      ['a', 10 * 60_000],
      ['b', 20 * 60_000],
      ['c', 5 * 60_000],
    ]);
    expect(first.timer.facts.state).toBe('idle');
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    await settle();
    expect(p.getState().timer.facts).toMatchObject({
      blockId: 'a',
      state: 'running',
      startedAtHostMs: T0,
    });
  });

  it('re-reads only for the agenda and timer, and is never stale', async () => {
    const { reread, skipped } = await checkProjection('agenda', agendaStore);
    expect(reread).toEqual(['start the timer', 'next block', 'add a block']);
    expect(skipped).toEqual(expect.arrayContaining(['add a board note', 'ask a question']));
  });
});
