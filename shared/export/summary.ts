// Where the minutes went: planned versus actual over the blocks that ran (like with like), what
// was added on the clock, the biggest overruns and what never ran, from a SessionReport.
import type { SessionReport } from './reportTypes';
import { countOf, ENGLISH_WORDS, type ExportWords } from './exportWords';

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

/** The time summary in two plain sentences, shared by both exports; the numbers add up. */
export function summarySentences(s: MinutesSummary, w: ExportWords = ENGLISH_WORDS): string[] {
  if (s.blocksTotal === 0) return [w.empty.agenda];
  const blocks = countOf(w, s.blocksTotal, 'block');
  if (s.blocksRun === 0) return [w.say.noneRunYet(blocks, formatMinutes(s.plannedMinutes))];
  const diff = s.actualMinutes - s.plannedRanMinutes;
  const ran = w.say.ran(
    s.blocksRun,
    blocks,
    formatMinutes(s.actualMinutes),
    formatMinutes(s.plannedRanMinutes),
    diff === 0 ? null : formatDelta(diff),
  );
  const added = s.addedMinutes ? w.say.addedOnClock(formatMinutes(s.addedMinutes)) : '';
  const out = [`${ran}${added}).`];
  const notRun = s.blocksTotal - s.blocksRun;
  if (notRun > 0)
    out.push(
      w.say.didNotRun(
        countOf(w, notRun, 'block'),
        formatMinutes(s.plannedMinutes - s.plannedRanMinutes),
      ),
    );
  return out;
}

/** "1 note", "3 notes", "2 people". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
