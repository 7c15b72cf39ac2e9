// Which board the room is on right now: the timer's current block resolved to its
// board, and every board of the agenda. Re-read only when the agenda or timer change, never on
// note traffic; the same object is kept while the answer is the same.
import type * as Y from 'yjs';
import { createStore } from 'zustand';
import { typesWatchedBy } from '../../../shared/model/schema';
import { getAgenda, getBlockOrder } from '../../../shared/model/agenda/read';
import { readTimer } from '../../../shared/model/timer/read';
import { currentBlockId } from '../../../shared/model/timer/timerFacts';
import { boardFor, boardsOf, type BoardBlockInput, type BoardTarget } from './boardBlock';
import { perSource, projectDoc, useProjection } from '../../stores/projection';

export interface RoomBoards {
  /** The board of the block the room is on, or null. */
  current: BoardTarget | null;
  /** Every board of the agenda, in run order. */
  all: BoardTarget[];
}

function read(doc: Y.Doc): RoomBoards {
  const blocks: BoardBlockInput[] = getAgenda(doc).days.flatMap((d) => d.blocks);
  const id = currentBlockId(readTimer(doc), getBlockOrder(doc));
  return { current: boardFor(blocks, id), all: boardsOf(blocks) };
}

export const roomBoardsStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => read(doc),
    schedule: 'microtask',
    watch: typesWatchedBy(doc, 'agenda'),
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  }),
);

const NO_BOARDS = createStore<RoomBoards>()(() => ({ current: null, all: [] }));

export function useRoomBoards(doc: Y.Doc | null): RoomBoards {
  return useProjection(doc ? roomBoardsStore(doc) : NO_BOARDS, (s) => s);
}
