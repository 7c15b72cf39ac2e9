// A countdown's display from the timer facts and host time: remaining time, its text and the
// wrap-up/danger/overtime cue. Every page that shows the timer reads this; the day's projection
// and typed durations (the console's) are timerMath.ts, which re-exports these.
import {
  currentBlockId,
  elapsedMs,
  type TimerBlock,
  type TimerFacts,
  type TimerRunState,
  type TimerSnapshot,
} from './timerFacts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Planned time for the current block after extensions (never negative). */
export function effectivePlannedMs(plannedMs: number, facts: TimerFacts): number {
  return Math.max(0, plannedMs + facts.extensionMs);
}

/** Remaining ms of the current block; negative in overtime. */
export function remainingMs(facts: TimerFacts, plannedMs: number, hostNow: number): number {
  return effectivePlannedMs(plannedMs, facts) - elapsedMs(facts, hostNow);
}

/**
 * `M:SS`, `H:MM:SS` from one hour, `-M:SS` in overtime. Whole seconds are rounded away from
 * zero, so the display changes at the same instants on both sides of zero: 59.9 s shows
 * `1:00`, exactly 0 shows `0:00`, and 0.1 s over shows `-0:01` (overtime counts up, never `-0:00`).
 */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  const total = Math.ceil(Math.abs(ms) / SECOND - 1e-9);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return negative ? `-${body}` : body;
}

/** Read a display a little after its text changes, never just before (timers fire a few ms early). */
export const AFTER_CHANGE_MS = 4;

/**
 * How long until a running countdown showing `remainingMs` shows another text (formatDuration's
 * next whole second), plus AFTER_CHANGE_MS: when a display should next read the time.
 */
export function msUntilTextChanges(remainingMs: number): number {
  const into = ((remainingMs % SECOND) + SECOND) % SECOND;
  // On a whole second the text holds for a second above zero, and changes at once at or below it
  // (formatDuration rounds away from zero).
  return (into === 0 ? (remainingMs > 0 ? SECOND : 0) : into) + AFTER_CHANGE_MS;
}

export type Cue = 'normal' | 'wrapup' | 'danger' | 'overtime';

/** Each cue has a shape and an icon beside its words (the page's `timer.cue`), so colour never
 * carries the meaning alone. */
export interface CueInfo {
  cue: Cue;
  /** A distinct outline per cue, for the badge next to the countdown. */
  shape: 'circle' | 'triangle' | 'diamond' | 'square';
  /** An icon name (lucide naming) for the same meaning. */
  icon: 'clock' | 'hourglass' | 'alarm-clock' | 'circle-alert';
}

export const CUES: Readonly<Record<Cue, CueInfo>> = {
  normal: { cue: 'normal', shape: 'circle', icon: 'clock' },
  wrapup: { cue: 'wrapup', shape: 'triangle', icon: 'hourglass' },
  danger: { cue: 'danger', shape: 'diamond', icon: 'alarm-clock' },
  overtime: { cue: 'overtime', shape: 'square', icon: 'circle-alert' },
};

export const DANGER_MS = MINUTE;
export const WRAPUP_MIN_MS = 2 * MINUTE;
export const WRAPUP_FRACTION = 0.2;

/**
 * When the wrap-up cue starts: at 20% of the planned time or 2 minutes left, whichever comes
 * first (the larger of the two), but never before half-time, so a 3-minute block is not in
 * wrap-up from its first second (it gets 1:30), and a 2-minute one goes straight to danger.
 */
export function wrapUpThresholdMs(effectivePlanned: number): number {
  return Math.min(
    Math.max(WRAPUP_FRACTION * effectivePlanned, WRAPUP_MIN_MS),
    effectivePlanned / 2,
  );
}

/**
 * The cue for `remaining` ms left of `effectivePlanned`: overtime once below zero. `wrapUpMs` is
 * the block's own wrap-up threshold when the facilitator set one (it replaces the automatic one).
 */
export function cueFor(remaining: number, effectivePlanned: number, wrapUpMs?: number): CueInfo {
  if (remaining < 0) return CUES.overtime;
  if (remaining <= DANGER_MS) return CUES.danger;
  if (remaining <= (wrapUpMs ?? wrapUpThresholdMs(effectivePlanned))) return CUES.wrapup;
  return CUES.normal;
}

export interface TimerDisplay {
  blockId: string | null;
  state: TimerRunState;
  remainingMs: number;
  elapsedMs: number;
  effectivePlannedMs: number;
  /** `M:SS`, `H:MM:SS` or `-M:SS`. */
  text: string;
  cue: CueInfo;
}

/** Everything a countdown needs at `hostNow`; the agenda's planned minutes come in via `order`. */
export function timerDisplay(
  snap: TimerSnapshot,
  order: readonly TimerBlock[],
  hostNow: number,
): TimerDisplay {
  const blockId = currentBlockId(snap, order);
  const block = order.find((b) => b.id === blockId);
  const planned = block?.plannedMs ?? 0;
  const effective = blockId === null ? 0 : effectivePlannedMs(planned, snap.facts);
  const elapsed = blockId === null ? 0 : elapsedMs(snap.facts, hostNow);
  const remaining = effective - elapsed;
  return {
    blockId,
    state: snap.facts.state,
    remainingMs: remaining,
    elapsedMs: elapsed,
    effectivePlannedMs: effective,
    text: formatDuration(remaining),
    cue: cueFor(remaining, effective, block?.wrapUpMs),
  };
}
