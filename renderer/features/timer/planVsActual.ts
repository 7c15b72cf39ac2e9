// Planned versus actual for the console: the day the timer is in (or the first day), projected
// against its planned start on the date it runs (nothing before it started), and its ledger rows.
import type { Agenda, AgendaDay } from '../../../shared/model/agenda/read';
import {
  formatDuration,
  runDayStartMs,
  projectDay,
  type DayProjection,
} from '../../../shared/model/timer/timerMath';
import {
  currentBlockId,
  elapsedMs,
  type TimerBlock,
  type TimerSnapshot,
} from '../../../shared/model/timer/timerState';
import { t } from '../../i18n/t';

/** What was done to a block's time, in the reader's language: "+5:00", "set to 0:12 left" or
 * "set to 0:12 left, then +1:00"; null when nothing was. */
export function timeChangeWords(time: {
  addedMs: number;
  setRemainingMs: number | null;
  extensionAtSetMs: number;
}): string | null {
  const signed = (ms: number) => `${ms > 0 ? '+' : '−'}${formatDuration(Math.abs(ms))}`;
  if (time.setRemainingMs === null) return time.addedMs === 0 ? null : signed(time.addedMs);
  const after = time.addedMs - time.extensionAtSetMs;
  const left = formatDuration(time.setRemainingMs);
  return after === 0
    ? t('timer.changeSet', { left })
    : t('timer.changeSetThen', { left, then: signed(after) });
}

/** The day's schedule in words: "Not started", "On time", "5 min behind", "3 min ahead". */
export function scheduleWords(p: DayProjection): string {
  const n = Math.max(1, Math.round(Math.abs(p.deltaMs) / 60_000));
  return t('timer.schedule', { status: p.status.replace(' ', '_'), n });
}

export interface LedgerRow {
  blockId: string;
  title: string;
  plannedMs: number;
  actualMs: number | null;
  addedMs: number;
  /** What was done to its time ("set to 0:12 left", "+5:00"), or null. */
  changed: string | null;
  overtimeMs: number;
  status: 'done' | 'running' | 'not started';
}

export interface DayReport {
  day: AgendaDay;
  projection: DayProjection;
  rows: LedgerRow[];
}

/** The day the timer is in; before anything ran, the first day; after the end, the last one run. */
export function activeDay(agenda: Agenda, snap: TimerSnapshot, order: readonly TimerBlock[]) {
  const id = currentBlockId(snap, order);
  const byBlock = (blockId: string | null) =>
    agenda.days.find((d) => d.blocks.some((b) => b.id === blockId)) ?? null;
  if (id) return byBlock(id);
  const ran = [...order].reverse().find((b) => snap.ledger[b.id]);
  return byBlock(ran?.id ?? null) ?? agenda.days[0] ?? null;
}

export function dayReport(
  agenda: Agenda,
  snap: TimerSnapshot,
  order: readonly TimerBlock[],
  hostNow: number,
): DayReport | null {
  const day = activeDay(agenda, snap, order);
  if (!day) return null;
  const dayBlocks = order.filter((b) => b.dayId === day.id);
  const starts = dayBlocks.flatMap((b) => snap.ledger[b.id]?.startedAtHostMs ?? []);
  const projection = projectDay({
    dayBlocks,
    snap,
    hostNow,
    // Behind or ahead of the day as it runs: its start time on the date it started.
    plannedStartHostMs: runDayStartMs(
      day.date,
      day.startTime,
      starts.length ? Math.min(...starts) : null,
      hostNow,
    ),
  });
  const rows = day.blocks.map((b): LedgerRow => {
    const e = snap.ledger[b.id];
    const isCurrent = snap.facts.blockId === b.id;
    const actual =
      e === undefined ? null : isCurrent ? elapsedMs(snap.facts, hostNow) : e.elapsedMs;
    const time = isCurrent ? snap.facts : (e ?? null);
    const added = isCurrent ? snap.facts.extensionMs : (e?.addedMs ?? 0);
    const planned = b.plannedMinutes * 60_000;
    return {
      blockId: b.id,
      title: b.title,
      plannedMs: planned,
      actualMs: actual,
      addedMs: added,
      changed: time
        ? timeChangeWords({
            addedMs: added,
            setRemainingMs: time.setRemainingMs,
            extensionAtSetMs: time.extensionAtSetMs,
          })
        : null,
      overtimeMs: actual === null ? 0 : Math.max(0, actual - (planned + added)),
      status:
        e === undefined
          ? // eslint-disable-next-line lingui/no-unlocalized-strings -- a state, not words
            'not started'
          : e.endedAtHostMs === null && isCurrent
            ? 'running'
            : 'done',
    };
  });
  return { day, projection, rows };
}

/** 90_000 -> "1:30", -> "—" for null. Minutes and seconds, for ledger cells. */
export function formatMinutes(ms: number | null): string {
  if (ms === null) return '—';
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
