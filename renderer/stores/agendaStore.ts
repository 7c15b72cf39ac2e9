// Read side of the agenda and timer (DESIGN.md §1, §3): the resolved days and blocks, the run
// order and the timer facts plus ledger, as plain objects recomputed at most once per frame.
import { createStore, useStore, type StoreApi } from 'zustand';
import * as Y from 'yjs';
import { getAgenda, getBlockOrder, type Agenda } from '../../shared/model/agendaQueries';
import { readTimer } from '../../shared/model/timerCommands';
import { agendaTypes } from '../../shared/model/agendaSchema';
import type { TimerBlock, TimerSnapshot } from '../../shared/timer/timerState';

export interface AgendaState {
  agenda: Agenda;
  order: TimerBlock[];
  timer: TimerSnapshot;
}

function read(doc: Y.Doc): AgendaState {
  return { agenda: getAgenda(doc), order: getBlockOrder(doc), timer: readTimer(doc) };
}

const stores = new WeakMap<Y.Doc, StoreApi<AgendaState>>();

export function agendaStore(doc: Y.Doc): StoreApi<AgendaState> {
  const existing = stores.get(doc);
  if (existing) return existing;
  const s = createStore<AgendaState>()(() => read(doc));
  const watched = new Set<unknown>(Object.values(agendaTypes(doc)));
  let scheduled = false;
  const refresh = () => {
    scheduled = false;
    s.setState(read(doc), true);
  };
  // Only transactions that touch the agenda or timer types matter here (not every note).
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (scheduled) return;
    let touched = false;
    for (const type of tr.changed.keys()) {
      // Walk up from a nested type (a day's block ids, a block's map) to its top-level type.
      let t: unknown = type;
      while (t instanceof Y.AbstractType && t._item) t = t._item.parent;
      if (watched.has(t)) {
        touched = true;
        break;
      }
    }
    if (!touched) return;
    scheduled = true;
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible')
      requestAnimationFrame(refresh);
    else setTimeout(refresh, 0);
  });
  stores.set(doc, s);
  return s;
}

export function useAgenda<T>(doc: Y.Doc, selector: (s: AgendaState) => T): T {
  return useStore(agendaStore(doc), selector);
}
