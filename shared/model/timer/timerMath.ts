// Display math derived from the timer facts and host time: remaining time, its text, the
// wrap-up/danger/overtime cue, and the day's projected end and ahead/behind.
import {
  currentBlockId,
  elapsedMs,
  type TimerBlock,
  type TimerFacts,
  type TimerRunState,
  type TimerSnapshot,
} from './timerState';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Reads a duration typed by the facilitator: "5" (minutes), "4:30" (m:ss) or "1:05:00" (h:mm:ss).
 * Returns ms, or null when it is not one of those (or longer than 10 hours).
 */
export function parseDuration(input: string): number | null {
  const text = input.trim();
  if (/^\d{1,3}$/.test(text)) {
    const ms = Number(text) * MINUTE;
    return ms <= 600 * MINUTE ? ms : null;
  }
  const m = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/.exec(text);
  if (!m) return null;
  const [, h, min, s] = m;
  if (h !== undefined && Number(min) > 59) return null;
  const ms = (Number(h ?? 0) * 60 + Number(min)) * MINUTE + Number(s) * SECOND;
  return ms <= 600 * MINUTE ? ms : null;
}

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

export interface DayProjection {
  plannedStartHostMs: number;
  plannedEndHostMs: number;
  projectedEndHostMs: number;
  /** projected − planned end: positive means behind schedule; 0 before the day started. */
  deltaMs: number;
  /** "not started" until a block of the day has run: nobody is behind before the start. */
  status: 'ahead' | 'behind' | 'on time' | 'not started';
}

/** Within this much of the plan the console says "On time". */
export const ON_TIME_TOLERANCE_MS = 30 * SECOND;

/**
 * Projects the end of one day: blocks already run count as they ran, the current block as
 * now + what is left of it (at least zero, so an overrunning block pushes the end out live),
 * later blocks at their planned time (less what they already ran). Blocks skipped count zero.
 * `plannedStartHostMs` is the day's planned start (see runDayStartMs); without it, the plan
 * is measured from when the day actually started. Before any block of the day ran the day is
 * "not started": neither ahead nor behind.
 */
export function projectDay(args: {
  dayBlocks: readonly TimerBlock[];
  snap: TimerSnapshot;
  hostNow: number;
  plannedStartHostMs?: number;
}): DayProjection {
  const { dayBlocks, snap, hostNow } = args;
  const entries = dayBlocks.map((b) => snap.ledger[b.id]).filter((e) => e !== undefined);
  const firstStart = entries.length ? Math.min(...entries.map((e) => e.startedAtHostMs)) : null;
  const plannedStart = args.plannedStartHostMs ?? firstStart ?? hostNow;
  const plannedTotal = dayBlocks.reduce((sum, b) => sum + b.plannedMs, 0);
  const plannedEnd = plannedStart + plannedTotal;
  const future = (b: TimerBlock): number => {
    const e = snap.ledger[b.id];
    return Math.max(0, b.plannedMs + (e?.addedMs ?? 0) - (e?.elapsedMs ?? 0));
  };

  if (entries.length === 0)
    // Nothing of the day has run: the plan is all there is to say, whatever the clock says now.
    return {
      plannedStartHostMs: plannedStart,
      plannedEndHostMs: plannedEnd,
      projectedEndHostMs: plannedEnd,
      deltaMs: 0,
      status: 'not started',
    };
  const currentIdx = dayBlocks.findIndex((b) => b.id === snap.facts.blockId);
  let projected: number;
  if (currentIdx >= 0) {
    // The day is under way.
    const base = hostNow;
    const rest = currentIdx >= 0 ? dayBlocks.slice(currentIdx + 1) : dayBlocks;
    const current = dayBlocks[currentIdx];
    const currentLeft = current
      ? Math.max(0, remainingMs(snap.facts, current.plannedMs, hostNow))
      : 0;
    projected = base + currentLeft + rest.reduce((sum, b) => sum + future(b), 0);
  } else {
    // The timer has moved on to another day: this one ended when its last block did.
    projected = Math.max(...entries.map((e) => e.endedAtHostMs ?? e.startedAtHostMs + e.elapsedMs));
  }
  const deltaMs = projected - plannedEnd;
  const status =
    Math.abs(deltaMs) < ON_TIME_TOLERANCE_MS ? 'on time' : deltaMs > 0 ? 'behind' : 'ahead';
  return {
    plannedStartHostMs: plannedStart,
    plannedEndHostMs: plannedEnd,
    projectedEndHostMs: projected,
    deltaMs,
    status,
  };
}

/**
 * Epoch ms of a day's planned start in the viewer's local time zone. A day without a date is
 * taken to be the local date of `referenceMs` (usually host now).
 */
export function localDayStartMs(
  date: string | null,
  startTime: string,
  referenceMs: number,
): number {
  const [h, min] = startTime.split(':').map(Number);
  if (date) {
    const [y, mo, d] = date.split('-').map(Number);
    return new Date(y!, mo! - 1, d!, h, min).getTime();
  }
  const ref = new Date(referenceMs);
  return new Date(ref.getFullYear(), ref.getMonth(), ref.getDate(), h, min).getTime();
}

/**
 * The planned start of a day on the date it actually runs: its start time on the local date of its
 * first block's start, so a workshop dated for another day (or run again from a copy) is measured
 * against its own morning, not against a date it never ran on. Before the day started: its date,
 * or the local date of `hostNow` when it has none.
 */
export function runDayStartMs(
  date: string | null,
  startTime: string,
  firstStartHostMs: number | null,
  hostNow: number,
): number {
  return firstStartHostMs === null
    ? localDayStartMs(date, startTime, hostNow)
    : localDayStartMs(null, startTime, firstStartHostMs);
}

/** Host ms as local "HH:MM", e.g. for "Projected end 17:05". */
export function formatClockTime(hostMs: number): string {
  const d = new Date(hostMs);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
