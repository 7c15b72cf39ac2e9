// Read side of the agenda: resolves the (possibly concurrently edited) Yjs order into plain
// objects with planned clock times. Duplicated or dangling ids are dropped here, on read.
import * as Y from 'yjs';
import {
  agendaTypes,
  dayBlockIds,
  readBlock,
  readDay,
  readWrapUpMinutes,
  type Block,
  type DayDraft,
  type Day,
  type AgendaTypes,
} from './names';

export interface ResolvedDay {
  id: string;
  map: Y.Map<unknown>;
  blockIds: Y.Array<string> | null;
  /** Visible block ids, in order. */
  visible: string[];
  /** For each visible block, its index in the raw `blockIds` array. */
  rawIndex: number[];
}

/**
 * The canonical order every replica agrees on: days in `agendaDayOrder` order (first occurrence
 * wins), and in each day the first occurrence of each existing block id, scanning days in
 * order. Two replicas moving the same block at once leave it in two places; only the first shows.
 */
export function resolveAgenda(t: AgendaTypes): ResolvedDay[] {
  const out: ResolvedDay[] = [];
  const seenDays = new Set<string>();
  const seenBlocks = new Set<string>();
  for (const dayId of t.dayOrder.toArray()) {
    if (typeof dayId !== 'string' || seenDays.has(dayId)) continue;
    const map = t.days.get(dayId);
    if (!(map instanceof Y.Map)) continue;
    seenDays.add(dayId);
    const blockIds = dayBlockIds(map);
    const visible: string[] = [];
    const rawIndex: number[] = [];
    blockIds?.toArray().forEach((blockId, i) => {
      if (typeof blockId !== 'string' || seenBlocks.has(blockId)) return;
      if (!(t.blocks.get(blockId) instanceof Y.Map)) return;
      seenBlocks.add(blockId);
      visible.push(blockId);
      rawIndex.push(i);
    });
    out.push({ id: dayId, map, blockIds, visible, rawIndex });
  }
  return out;
}

export interface AgendaBlock extends Block {
  dayId: string;
  /** Position within its day. */
  index: number;
  /** Planned start and end in minutes since the day's midnight (may pass 1440). */
  startMinutes: number;
  endMinutes: number;
  /** Planned start and end as "HH:MM" (wrapping past midnight). */
  start: string;
  end: string;
}

export interface AgendaDay extends Day {
  blocks: AgendaBlock[];
  totalMinutes: number;
  startMinutes: number;
  endMinutes: number;
  /** Planned end of the day as "HH:MM". */
  endTime: string;
}

export interface Agenda {
  days: AgendaDay[];
  totalMinutes: number;
}

/** "09:00" -> 540. Assumes a validated time. */
export function parseClock(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** 545 -> "09:05"; wraps past midnight. */
export function formatClockMinutes(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function getAgenda(doc: Y.Doc): Agenda {
  const t = agendaTypes(doc);
  let totalMinutes = 0;
  const days = resolveAgenda(t).map((rd): AgendaDay => {
    const day = readDay(rd.id, rd.map);
    const startMinutes = parseClock(day.startTime);
    let cursor = startMinutes;
    const blocks = rd.visible.map((blockId, index): AgendaBlock => {
      const block = readBlock(blockId, t.blocks.get(blockId)!);
      const b: AgendaBlock = {
        ...block,
        dayId: rd.id,
        index,
        startMinutes: cursor,
        endMinutes: cursor + block.plannedMinutes,
        start: formatClockMinutes(cursor),
        end: formatClockMinutes(cursor + block.plannedMinutes),
      };
      cursor = b.endMinutes;
      return b;
    });
    const dayTotal = cursor - startMinutes;
    totalMinutes += dayTotal;
    return {
      ...day,
      blocks,
      totalMinutes: dayTotal,
      startMinutes,
      endMinutes: cursor,
      endTime: formatClockMinutes(cursor),
    };
  });
  return { days, totalMinutes };
}

/** One block in run order, as the timer state machine needs it. */
export interface OrderedBlock {
  id: string;
  dayId: string;
  plannedMs: number;
  wrapUpMs?: number;
}

/** Every block of every day in run order (day 1's blocks, then day 2's ...). */
export function getBlockOrder(doc: Y.Doc): OrderedBlock[] {
  const t = agendaTypes(doc);
  const out: OrderedBlock[] = [];
  for (const rd of resolveAgenda(t))
    for (const id of rd.visible) {
      const m = t.blocks.get(id)!;
      const wrapUp = readWrapUpMinutes(m);
      out.push({
        id,
        dayId: rd.id,
        plannedMs: readBlock(id, m).plannedMinutes * 60_000,
        ...(wrapUp === null ? {} : { wrapUpMs: wrapUp * 60_000 }),
      });
    }
  return out;
}

/** The agenda as drafts (no ids, no timer, no board): what "Duplicate, agenda only" copies. */
export function agendaDrafts(doc: Y.Doc): DayDraft[] {
  const blocks = agendaTypes(doc).blocks;
  return getAgenda(doc).days.map((d) => ({
    label: d.label,
    date: d.date,
    startTime: d.startTime,
    blocks: d.blocks.map((b) => ({
      title: b.title,
      kind: b.kind,
      plannedMinutes: b.plannedMinutes,
      prompt: b.prompt,
      facilitatorNotes: b.facilitatorNotes,
      columns: b.columns,
      wrapUpMinutes: readWrapUpMinutes(blocks.get(b.id)!),
    })),
  }));
}

/** A block's own wrap-up cue in minutes left, or null (automatic, or no such block). */
export function blockWrapUpMinutes(doc: Y.Doc, blockId: string): number | null {
  const m = agendaTypes(doc).blocks.get(blockId);
  return m instanceof Y.Map ? readWrapUpMinutes(m) : null;
}
