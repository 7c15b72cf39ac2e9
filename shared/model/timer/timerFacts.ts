// The timer's facts as the doc stores them, the ledger, and what a page reads from them: the
// current block and its run time. The state machine over them (the console's side) is
// timerState.ts, which re-exports these; a phone loads only this.

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
