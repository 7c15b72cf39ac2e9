// The timer as facts and a pure state machine over them plus the ledger.
// Transitions take the run order and the host time in, and return a new snapshot: no clocks here.

export type TimerRunState = 'idle' | 'running' | 'paused';

/** What the doc stores. Remaining time is always derived from these and host time. */
export interface TimerFacts {
  /** The current block; null before anything was chosen, or after the last block ended. */
  blockId: string | null;
  state: TimerRunState;
  /** Host ms when the current run segment began; null unless running. */
  startedAtHostMs: number | null;
  /** Run time of the block before the current segment (pauses excluded). */
  accumulatedMs: number;
  /** Net time added (+) or removed (−) for the current block. */
  extensionMs: number;
  /**
   * What "Set time left" last set the current block's time left to, by hand; null when it was
   * only extended. The extension carries it, but the record says what was done: "set to 0:12",
   * not "−28 min added".
   */
  setRemainingMs: number | null;
  /** The extension right after that set: what was added or taken since is the difference. */
  extensionAtSetMs: number;
}

/** Planned versus actual for one block. Written when it starts, pauses, is extended and ends. */
export interface LedgerEntry {
  blockId: string;
  plannedMs: number;
  /** Host ms of its first start. */
  startedAtHostMs: number;
  /** Host ms it last ended; null while it is the current block. */
  endedAtHostMs: number | null;
  /** Run time so far (pauses excluded), as of the last write. */
  elapsedMs: number;
  addedMs: number;
  /** Run time beyond planned + added. */
  overtimeMs: number;
  /** The time left last set by hand (TimerFacts.setRemainingMs); null when none was. */
  setRemainingMs: number | null;
  /** The extension right after that set. */
  extensionAtSetMs: number;
}

export type Ledger = Readonly<Record<string, LedgerEntry>>;

export interface TimerSnapshot {
  facts: TimerFacts;
  ledger: Ledger;
}

/** One block in run order (all days, concatenated); shared/model's getBlockOrder returns these. */
export interface TimerBlock {
  id: string;
  dayId: string;
  plannedMs: number;
  /** The facilitator's own wrap-up cue for this block (ms left); absent: the automatic one. */
  wrapUpMs?: number;
}

export type TimerAction =
  /** Start, pause or resume, whichever the timer's state calls for (the console's Space). */
  | { type: 'toggle' }
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'extend'; deltaMs: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'goTo'; blockId: string }
  /** Sets what is left of the current block (a preset or an exact time), through its extension. */
  | { type: 'setRemaining'; remainingMs: number }
  /** Starts the current block over: no run time, no extension; a running timer keeps running. */
  | { type: 'reset' };

export const IDLE_FACTS: TimerFacts = {
  blockId: null,
  state: 'idle',
  startedAtHostMs: null,
  accumulatedMs: 0,
  extensionMs: 0,
  setRemainingMs: null,
  extensionAtSetMs: 0,
};

export const EMPTY_SNAPSHOT: TimerSnapshot = { facts: IDLE_FACTS, ledger: {} };

/** Run time of the current block at `hostNow` (never negative, even with a skewed start). */
export function elapsedMs(facts: TimerFacts, hostNow: number): number {
  const segment =
    facts.state === 'running' && facts.startedAtHostMs !== null
      ? Math.max(0, hostNow - facts.startedAtHostMs)
      : 0;
  return facts.accumulatedMs + segment;
}

/** True once the last block was ended with Next. */
export function isFinished(snap: TimerSnapshot): boolean {
  return snap.facts.blockId === null && Object.keys(snap.ledger).length > 0;
}

/** The block the console shows as current: the chosen one, else the first before anything ran. */
export function currentBlockId(snap: TimerSnapshot, order: readonly TimerBlock[]): string | null {
  if (snap.facts.blockId !== null) return snap.facts.blockId;
  return isFinished(snap) ? null : (order[0]?.id ?? null);
}

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
