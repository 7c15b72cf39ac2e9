// The console's timer math: a duration the facilitator types, and the day's projected end and
// ahead/behind. A countdown's display (remaining time, its text, the cue) is countdown.ts,
// re-exported here.
import type { TimerBlock, TimerSnapshot } from './timerFacts';
import { remainingMs } from './countdown';

export * from './countdown';

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
