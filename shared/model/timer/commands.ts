// Timer commands: read the timer facts and ledger from the doc, run one state-machine
// transition against the current agenda order, and write back only what changed, in one transaction.
import type * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { agendaTypes } from '../agenda/names';
import { getBlockOrder } from '../agenda/read';
import {
  IDLE_FACTS,
  transition,
  type Ledger,
  type LedgerEntry,
  type TimerAction,
  type TimerFacts,
  type TimerSnapshot,
} from './timerState';

const num = (v: unknown, fallback = 0): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

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

type At = { hostNow: number };

export const startTimer = (doc: Y.Doc, args: At, origin: unknown = LOCAL_ORIGIN) =>
  applyTimerAction(doc, { type: 'start' }, args, origin);
export const pauseTimer = (doc: Y.Doc, args: At, origin: unknown = LOCAL_ORIGIN) =>
  applyTimerAction(doc, { type: 'pause' }, args, origin);
export const resumeTimer = (doc: Y.Doc, args: At, origin: unknown = LOCAL_ORIGIN) =>
  applyTimerAction(doc, { type: 'resume' }, args, origin);
export const nextBlock = (doc: Y.Doc, args: At, origin: unknown = LOCAL_ORIGIN) =>
  applyTimerAction(doc, { type: 'next' }, args, origin);
export const previousBlock = (doc: Y.Doc, args: At, origin: unknown = LOCAL_ORIGIN) =>
  applyTimerAction(doc, { type: 'previous' }, args, origin);
export const extendTimer = (
  doc: Y.Doc,
  args: At & { deltaMs: number },
  origin: unknown = LOCAL_ORIGIN,
) => applyTimerAction(doc, { type: 'extend', deltaMs: args.deltaMs }, args, origin);
export const goToBlock = (
  doc: Y.Doc,
  args: At & { blockId: string },
  origin: unknown = LOCAL_ORIGIN,
) => applyTimerAction(doc, { type: 'goTo', blockId: args.blockId }, args, origin);
export const setRemaining = (
  doc: Y.Doc,
  args: At & { remainingMs: number },
  origin: unknown = LOCAL_ORIGIN,
) => applyTimerAction(doc, { type: 'setRemaining', remainingMs: args.remainingMs }, args, origin);
export const resetBlock = (doc: Y.Doc, args: At, origin: unknown = LOCAL_ORIGIN) =>
  applyTimerAction(doc, { type: 'reset' }, args, origin);
