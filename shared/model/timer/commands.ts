// The timer's one command: run one state-machine action (timerState.ts's TimerAction, the timer's
// one vocabulary: the console's controls and shortcuts name actions too) against the current
// agenda order at the host's time, and write back only what changed, in one transaction.
import type * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { agendaTypes } from '../agenda/names';
import { getBlockOrder } from '../agenda/read';
import { readTimer } from './read';
import {
  IDLE_FACTS,
  transition,
  type Ledger,
  type LedgerEntry,
  type TimerAction,
  type TimerFacts,
  type TimerSnapshot,
} from './timerState';

function sameEntry(a: LedgerEntry | undefined, b: LedgerEntry): boolean {
  return a !== undefined && (Object.keys(b) as (keyof LedgerEntry)[]).every((k) => a[k] === b[k]);
}

/** Applies `action` at host time `hostNow`; returns the new snapshot. */
export function applyTimerAction(
  doc: Y.Doc,
  action: TimerAction,
  args: { hostNow: number },
  origin: unknown = LOCAL_ORIGIN,
): TimerSnapshot {
  const { timer, ledger } = agendaTypes(doc);
  return transact(doc, origin, () => {
    const before = readTimer(doc);
    const after = transition(before, action, getBlockOrder(doc), args.hostNow);
    for (const key of Object.keys(IDLE_FACTS) as (keyof TimerFacts)[])
      if (timer.get(key) !== after.facts[key] || !timer.has(key)) timer.set(key, after.facts[key]);
    const next: Ledger = after.ledger;
    for (const [id, entry] of Object.entries(next))
      if (!sameEntry(before.ledger[id], entry)) ledger.set(id, { ...entry });
    return after;
  });
}
