// The timer's read side: its facts and ledger from the doc as plain objects, tolerating
// malformed fields (a value that is not what it should be reads as its default).
import type * as Y from 'yjs';
import { agendaTypes } from '../agenda/names';
import type { LedgerEntry, TimerFacts, TimerSnapshot } from './timerState';

const num = (v: unknown, fallback = 0): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/** A time left set by hand: a non-negative number, else none. */
const setMs = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;

function readLedgerEntry(blockId: string, v: unknown): LedgerEntry | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.startedAtHostMs !== 'number') return null;
  return {
    blockId,
    plannedMs: num(o.plannedMs),
    startedAtHostMs: o.startedAtHostMs,
    endedAtHostMs: typeof o.endedAtHostMs === 'number' ? o.endedAtHostMs : null,
    elapsedMs: Math.max(0, num(o.elapsedMs)),
    addedMs: num(o.addedMs),
    overtimeMs: Math.max(0, num(o.overtimeMs)),
    setRemainingMs: setMs(o.setRemainingMs),
    extensionAtSetMs: num(o.extensionAtSetMs),
  };
}

/** The timer facts and ledger as plain objects, tolerating malformed fields. */
export function readTimer(doc: Y.Doc): TimerSnapshot {
  const { timer, ledger } = agendaTypes(doc);
  const state = timer.get('state');
  const blockId = timer.get('blockId');
  const startedAt = timer.get('startedAtHostMs');
  const facts: TimerFacts = {
    blockId: typeof blockId === 'string' ? blockId : null,
    state: state === 'running' || state === 'paused' ? state : 'idle',
    startedAtHostMs: typeof startedAt === 'number' ? startedAt : null,
    accumulatedMs: Math.max(0, num(timer.get('accumulatedMs'))),
    extensionMs: num(timer.get('extensionMs')),
    setRemainingMs: setMs(timer.get('setRemainingMs')),
    extensionAtSetMs: num(timer.get('extensionAtSetMs')),
  };
  // A running timer without a start instant cannot be derived; treat it as paused.
  if (facts.state === 'running' && facts.startedAtHostMs === null) facts.state = 'paused';
  const entries: Record<string, LedgerEntry> = {};
  ledger.forEach((v, id) => {
    const e = readLedgerEntry(id, v);
    if (e) entries[id] = e;
  });
  return { facts, ledger: entries };
}
