// "How we spent our minutes": planned versus actual per kind of block, overtime and the biggest
// overruns, computed from a SessionReport (DESIGN.md: a workshop must show where its minutes went).
import type { SessionReport } from './report';

/** Minutes in a week: the budget every workshop spends from. */
export const MINUTES_PER_WEEK = 10_080;

export interface KindMinutes {
  kind: string;
  blocks: number;
  plannedMinutes: number;
  /** Over the blocks of this kind that ran. */
  actualMinutes: number;
  /** Planned minutes of the blocks that ran, so actual compares like with like. */
  plannedRanMinutes: number;
}

export interface Overrun {
  day: number;
  blockNumber: number;
  title: string;
  plannedMinutes: number;
  actualMinutes: number;
  overMinutes: number;
}

export interface MinutesSummary {
  plannedMinutes: number;
  actualMinutes: number;
  /** Planned minutes of the blocks that ran. */
  plannedRanMinutes: number;
  overtimeMinutes: number;
  addedMinutes: number;
  blocksRun: number;
  blocksTotal: number;
  perKind: KindMinutes[];
  /** Up to three blocks that ran longest past their plan, worst first. */
  biggestOverruns: Overrun[];
  /** Actual minutes as a share of a week's 10,080, in percent (one decimal). */
  shareOfWeekPercent: number;
}

export function summarizeMinutes(report: SessionReport): MinutesSummary {
  const kinds = new Map<string, KindMinutes>();
  const overruns: Overrun[] = [];
  let planned = 0;
  let actual = 0;
  let plannedRan = 0;
  let overtime = 0;
  let added = 0;
  let run = 0;
  let total = 0;
  for (const day of report.days) {
    for (const b of day.blocks) {
      total++;
      planned += b.plannedMinutes;
      overtime += b.overtimeMinutes;
      added += b.addedMinutes;
      const k = kinds.get(b.kind) ?? {
        kind: b.kind,
        blocks: 0,
        plannedMinutes: 0,
        actualMinutes: 0,
        plannedRanMinutes: 0,
      };
      k.blocks++;
      k.plannedMinutes += b.plannedMinutes;
      if (b.actualMinutes !== null) {
        run++;
        actual += b.actualMinutes;
        plannedRan += b.plannedMinutes;
        k.actualMinutes += b.actualMinutes;
        k.plannedRanMinutes += b.plannedMinutes;
        const over = b.actualMinutes - b.plannedMinutes;
        if (over > 0)
          overruns.push({
            day: day.number,
            blockNumber: b.number,
            title: b.title,
            plannedMinutes: b.plannedMinutes,
            actualMinutes: b.actualMinutes,
            overMinutes: over,
          });
      }
      kinds.set(b.kind, k);
    }
  }
  return {
    plannedMinutes: planned,
    actualMinutes: actual,
    plannedRanMinutes: plannedRan,
    overtimeMinutes: overtime,
    addedMinutes: added,
    blocksRun: run,
    blocksTotal: total,
    perKind: [...kinds.values()].sort(
      (a, b) => b.plannedMinutes - a.plannedMinutes || (a.kind < b.kind ? -1 : 1),
    ),
    biggestOverruns: overruns
      .sort(
        (a, b) => b.overMinutes - a.overMinutes || a.day - b.day || a.blockNumber - b.blockNumber,
      )
      .slice(0, 3),
    shareOfWeekPercent: Math.round((actual / MINUTES_PER_WEEK) * 1000) / 10,
  };
}

/** `1 h 05 min`, `45 min`, `0 min`. */
export function formatMinutes(min: number): string {
  const sign = min < 0 ? '−' : '';
  const m = Math.abs(Math.round(min));
  if (m < 60) return `${sign}${m} min`;
  return `${sign}${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** `+12`, `−3`, `0` for differences in tables. */
export function formatDelta(min: number): string {
  if (min > 0) return `+${min}`;
  if (min < 0) return `−${-min}`;
  return '0';
}

/** The summary in three or four plain sentences, shared by both exports. */
export function summarySentences(s: MinutesSummary): string[] {
  if (s.blocksTotal === 0) return ['No agenda was planned.'];
  const out = [
    `We planned ${formatMinutes(s.plannedMinutes)} over ${s.blocksTotal === 1 ? '1 block' : `${s.blocksTotal} blocks`} and ran ${s.blocksRun} of ${s.blocksTotal === 1 ? 'it' : 'them'} in ${formatMinutes(s.actualMinutes)} (planned for those: ${formatMinutes(s.plannedRanMinutes)}).`,
  ];
  if (s.blocksRun > 0) {
    const diff = s.actualMinutes - s.plannedRanMinutes;
    out.push(
      diff === 0
        ? 'We finished exactly on plan.'
        : `That is ${formatMinutes(Math.abs(diff))} ${diff > 0 ? 'over' : 'under'} plan, with ${formatMinutes(s.overtimeMinutes)} of overtime and ${formatMinutes(s.addedMinutes)} added on the clock.`,
    );
    out.push(
      `The session used ${s.shareOfWeekPercent}% of a week's ${MINUTES_PER_WEEK.toLocaleString('en')} minutes.`,
    );
  }
  return out;
}

/** "1 note", "3 notes", "2 people". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
