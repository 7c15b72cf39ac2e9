// Read side of the agenda and timer: the resolved days and blocks, the run
// order and the timer facts plus ledger, as plain objects recomputed at most once per frame.
import type * as Y from 'yjs';
import { perSource, projectDoc, useProjection } from './projection';
import { getAgenda, getBlockOrder, type Agenda } from '../../shared/model/agenda/read';
import { readTimer } from '../../shared/model/timer/read';
import { typesWatchedBy } from '../../shared/model/schema';
import type { TimerBlock, TimerSnapshot } from '../../shared/model/timer/timerState';

export interface AgendaState {
  agenda: Agenda;
  order: TimerBlock[];
  timer: TimerSnapshot;
}

function read(doc: Y.Doc): AgendaState {
  return { agenda: getAgenda(doc), order: getBlockOrder(doc), timer: readTimer(doc) };
}

/** Only transactions that touch the agenda or timer types matter here (not every note). */
export const agendaStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => read(doc),
    schedule: 'frame',
    watch: typesWatchedBy(doc, 'agenda'),
  }),
);

export function useAgenda<T>(doc: Y.Doc, selector: (s: AgendaState) => T): T {
  return useProjection(agendaStore(doc), selector);
}
