// Which board the room is on (renderer/features/board/useRoomBoards.ts) over a real Y.Doc: the
// timer's block resolved to its board as the room moves on, every board of the agenda, the same
// object while the answer is the same, and no re-read for note traffic.
import { describe, expect, it } from 'vitest';
import { roomBoardsStore } from '#renderer/features/board/useRoomBoards';
import { applyTimerAction } from '#shared/model/timer/commands';
import { addBlock } from '#shared/model/agenda/commands';
import { checkProjection } from '../../stores/projectionCheck';
import { MIN, T0, sessionDoc, settle } from '../../stores/storeTestKit';

describe('roomBoardsStore', () => {
  it('follows the timer onto a board, and a vote block onto the brainstorm before it', async () => {
    const doc = sessionDoc();
    const store = roomBoardsStore(doc);
    expect(store.getState().current).toBeNull();
    expect(store.getState().all.map((t) => t.boardBlockId)).toEqual(['b']);
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    await settle();
    // "Welcome" is a talk: no board.
    expect(store.getState().current).toBeNull();
    applyTimerAction(doc, { type: 'next' }, { hostNow: T0 + MIN });
    await settle();
    expect(store.getState().current).toMatchObject({ boardBlockId: 'b', block: { id: 'b' } });
    applyTimerAction(doc, { type: 'next' }, { hostNow: T0 + 2 * MIN });
    await settle();
    expect(store.getState().current).toMatchObject({
      boardBlockId: 'b',
      block: { id: 'c', title: 'Pick' },
      boardBlock: { id: 'b', title: 'Ideas' },
    });
  });

  it('lists a vote block with no brainstorm before it as a board of its own', async () => {
    const doc = sessionDoc();
    addBlock(doc, {
      dayId: 'd1',
      id: 'v0',
      title: 'Warm-up vote',
      kind: 'vote',
      plannedMinutes: 5,
      index: 0,
    });
    await settle();
    expect(
      roomBoardsStore(doc)
        .getState()
        .all.map((t) => t.boardBlockId),
    ).toEqual(['v0', 'b']);
  });

  it('keeps its object while the answer is the same', async () => {
    const doc = sessionDoc();
    const store = roomBoardsStore(doc);
    const before = store.getState();
    // The timer moves (an agenda-watched write) but the room is still on no board.
    applyTimerAction(doc, { type: 'start' }, { hostNow: T0 });
    await settle();
    expect(store.getState()).toBe(before);
  });

  it('re-reads only for the agenda and timer, and is never stale', async () => {
    const { skipped } = await checkProjection('agenda', roomBoardsStore, true);
    expect(skipped).toEqual(expect.arrayContaining(['set up a board', 'add a board note']));
  });
});
