// The timer as facts and a pure state machine over them plus the ledger (the facts, the ledger
// and their reads are timerFacts.ts, re-exported here).
// Transitions take the run order and the host time in, and return a new snapshot: no clocks here.

import {
  type TimerFacts,
  type LedgerEntry,
  type Ledger,
  type TimerSnapshot,
  type TimerBlock,
  type TimerAction,
  IDLE_FACTS,
  elapsedMs,
  isFinished,
  currentBlockId,
} from './timerFacts';

export * from './timerFacts';

function plannedOf(order: readonly TimerBlock[], blockId: string): number {
  return order.find((b) => b.id === blockId)?.plannedMs ?? 0;
}

/** The ledger with the current block's entry brought up to date at `now`. */
function recordCurrent(
  snap: TimerSnapshot,
  order: readonly TimerBlock[],
  now: number,
  ended: boolean,
): Ledger {
  const { facts, ledger } = snap;
  if (facts.blockId === null) return ledger;
  const prev = ledger[facts.blockId];
  const running = facts.state === 'running';
  if (!prev && !running) return ledger; // never started: nothing to record
  const plannedMs = plannedOf(order, facts.blockId) || (prev?.plannedMs ?? 0);
  const elapsed = elapsedMs(facts, now);
  const entry: LedgerEntry = {
    blockId: facts.blockId,
    plannedMs,
    startedAtHostMs: prev?.startedAtHostMs ?? facts.startedAtHostMs ?? now,
    endedAtHostMs: ended ? now : null,
    elapsedMs: elapsed,
    addedMs: facts.extensionMs,
    overtimeMs: Math.max(0, elapsed - (plannedMs + facts.extensionMs)),
    setRemainingMs: facts.setRemainingMs,
    extensionAtSetMs: facts.extensionAtSetMs,
  };
  return { ...ledger, [facts.blockId]: entry };
}

/** Makes `target` current; it picks up its own earlier run time and extension, if any. */
function enter(
  ledger: Ledger,
  order: readonly TimerBlock[],
  target: string,
  run: boolean,
  now: number,
): TimerSnapshot {
  const prev = ledger[target];
  const facts: TimerFacts = {
    blockId: target,
    state: run ? 'running' : 'idle',
    startedAtHostMs: run ? now : null,
    accumulatedMs: prev?.elapsedMs ?? 0,
    extensionMs: prev?.addedMs ?? 0,
    setRemainingMs: prev?.setRemainingMs ?? null,
    extensionAtSetMs: prev?.extensionAtSetMs ?? 0,
  };
  const snap = { facts, ledger };
  return run ? { facts, ledger: recordCurrent(snap, order, now, false) } : snap;
}

/**
 * Leaves the current block for `target` (null = the agenda is done). A running timer keeps
 * running into the target, except across a day boundary: day 2 does not start overnight.
 */
function moveTo(
  snap: TimerSnapshot,
  order: readonly TimerBlock[],
  target: TimerBlock | null,
  now: number,
): TimerSnapshot {
  const ledger = recordCurrent(snap, order, now, true);
  if (target === null) return { facts: IDLE_FACTS, ledger };
  const from = order.find((b) => b.id === snap.facts.blockId);
  const sameDay = from === undefined || from.dayId === target.dayId;
  return enter(ledger, order, target.id, snap.facts.state === 'running' && sameDay, now);
}

function step(snap: TimerSnapshot, order: readonly TimerBlock[], dir: 1 | -1, now: number) {
  const current = currentBlockId(snap, order);
  const idx = order.findIndex((b) => b.id === current);
  if (idx >= 0) {
    const target = order[idx + dir];
    if (target) return moveTo(snap, order, target, now);
    // Next from the last block ends the agenda; previous from the first does nothing.
    return dir === 1 && snap.facts.blockId !== null ? moveTo(snap, order, null, now) : snap;
  }
  if (isFinished(snap) && dir === -1) {
    const last = order[order.length - 1];
    return last ? moveTo(snap, order, last, now) : snap;
  }
  if (current === null) return snap;
  // The current block was deleted from the agenda: continue with the first block that never ran,
  // or go back to the last one that did.
  const target =
    dir === 1
      ? (order.find((b) => !snap.ledger[b.id]) ?? null)
      : ([...order].reverse().find((b) => snap.ledger[b.id]) ?? null);
  if (dir === -1 && target === null) return snap;
  return moveTo(snap, order, target, now);
}

export function transition(
  snap: TimerSnapshot,
  action: TimerAction,
  order: readonly TimerBlock[],
  hostNow: number,
): TimerSnapshot {
  const { facts } = snap;
  switch (action.type) {
    case 'toggle': {
      const type =
        facts.state === 'running' ? 'pause' : facts.state === 'paused' ? 'resume' : 'start';
      return transition(snap, { type }, order, hostNow);
    }
    case 'start': {
      if (facts.state === 'paused') return transition(snap, { type: 'resume' }, order, hostNow);
      if (facts.state === 'running') return snap;
      const blockId = currentBlockId(snap, order);
      if (blockId === null) return snap;
      const started: TimerSnapshot = {
        facts: { ...facts, blockId, state: 'running', startedAtHostMs: hostNow },
        ledger: snap.ledger,
      };
      return { ...started, ledger: recordCurrent(started, order, hostNow, false) };
    }
    case 'pause': {
      if (facts.state !== 'running') return snap;
      const paused: TimerSnapshot = {
        facts: {
          ...facts,
          state: 'paused',
          startedAtHostMs: null,
          accumulatedMs: elapsedMs(facts, hostNow),
        },
        ledger: snap.ledger,
      };
      return { ...paused, ledger: recordCurrent(paused, order, hostNow, false) };
    }
    case 'resume': {
      if (facts.state !== 'paused') return snap;
      return { ...snap, facts: { ...facts, state: 'running', startedAtHostMs: hostNow } };
    }
    case 'extend': {
      const blockId = currentBlockId(snap, order);
      if (blockId === null || !Number.isFinite(action.deltaMs)) return snap;
      // Never below zero planned time: planned + extension >= 0.
      const floor = -plannedOf(order, blockId);
      const extended: TimerSnapshot = {
        facts: {
          ...facts,
          blockId,
          extensionMs: Math.max(floor, facts.extensionMs + action.deltaMs),
        },
        ledger: snap.ledger,
      };
      return { ...extended, ledger: recordCurrent(extended, order, hostNow, false) };
    }
    case 'setRemaining': {
      const blockId = currentBlockId(snap, order);
      if (blockId === null || !Number.isFinite(action.remainingMs) || action.remainingMs < 0)
        return snap;
      // remaining = planned + extension - elapsed, so the extension carries the new time; the
      // facts (and the ledger) also keep what was set, so the record says "set to 0:12".
      const extensionMs =
        action.remainingMs + elapsedMs(facts, hostNow) - plannedOf(order, blockId);
      const target: TimerSnapshot = {
        facts: {
          ...facts,
          blockId,
          extensionMs,
          setRemainingMs: action.remainingMs,
          extensionAtSetMs: extensionMs,
        },
        ledger: snap.ledger,
      };
      return { ...target, ledger: recordCurrent(target, order, hostNow, false) };
    }
    case 'reset': {
      const blockId = currentBlockId(snap, order);
      if (blockId === null) return snap;
      const running = facts.state === 'running';
      const fresh: TimerSnapshot = {
        facts: {
          blockId,
          state: facts.state,
          startedAtHostMs: running ? hostNow : null,
          accumulatedMs: 0,
          extensionMs: 0,
          setRemainingMs: null,
          extensionAtSetMs: 0,
        },
        ledger: snap.ledger,
      };
      const prev = snap.ledger[blockId];
      if (!prev) return fresh;
      // The block's ledger entry starts over too (a reset block has run only since the reset).
      const ledger = {
        ...snap.ledger,
        [blockId]: {
          ...prev,
          startedAtHostMs: hostNow,
          elapsedMs: 0,
          addedMs: 0,
          overtimeMs: 0,
          setRemainingMs: null,
          extensionAtSetMs: 0,
          endedAtHostMs: null,
        },
      };
      return { ...fresh, ledger };
    }
    case 'next':
      return step(snap, order, 1, hostNow);
    case 'previous':
      return step(snap, order, -1, hostNow);
    case 'goTo': {
      const target = order.find((b) => b.id === action.blockId);
      if (!target || target.id === facts.blockId) return snap;
      return moveTo(snap, order, target, hostNow);
    }
  }
}
