// Which board the room is on right now: the timer's current block (DESIGN.md §3) resolved to its
// board. Recomputed only when the agenda or timer change, never on note traffic.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { agendaTypes } from '../../../shared/model/agendaSchema';
import { getAgenda, getBlockOrder } from '../../../shared/model/agendaQueries';
import { readTimer } from '../../../shared/model/timerCommands';
import { currentBlockId } from '../../../shared/timer/timerState';
import { topLevelType } from './topLevelType';
import { boardFor, boardsOf, type BoardBlockInput, type BoardTarget } from './boardBlock';

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

const same = (a: RoomBoards, b: RoomBoards) => JSON.stringify(a) === JSON.stringify(b);

export function useRoomBoards(doc: Y.Doc | null): RoomBoards {
  const [state, setState] = useState<RoomBoards>(() =>
    doc ? read(doc) : { current: null, all: [] },
  );
  useEffect(() => {
    if (!doc) return;
    const watched = new Set<unknown>(Object.values(agendaTypes(doc)));
    const refresh = () => setState((prev) => (same(prev, read(doc)) ? prev : read(doc)));
    refresh();
    const onTr = (tr: Y.Transaction) => {
      for (const type of tr.changed.keys()) if (watched.has(topLevelType(type))) return refresh();
    };
    doc.on('afterTransaction', onTr);
    return () => doc.off('afterTransaction', onTr);
  }, [doc]);
  return state;
}
