// The kind of the block the room is on (null between blocks), for pages that show a block's own
// part (the console's review block).
import type * as Y from 'yjs';
import { currentBlockId } from '../../../shared/model/timer/timerFacts';
import { useAgenda } from '../../stores/agendaStore';

export function useCurrentKind(doc: Y.Doc): string | null {
  return useAgenda(doc, (s) => {
    const id = currentBlockId(s.timer, s.order);
    if (id === null) return null;
    for (const d of s.agenda.days) for (const b of d.blocks) if (b.id === id) return b.kind;
    return null;
  });
}
