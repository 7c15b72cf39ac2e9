// What the projector shows besides the countdown: the current block, the next one, and where the
// day stands ("Block 3 of 9").
import type { Agenda, AgendaBlock } from '../../../shared/model/agenda/read';
import {
  currentBlockId,
  type TimerBlock,
  type TimerSnapshot,
} from '../../../shared/model/timer/timerState';

export interface ProjectorModel {
  current: AgendaBlock | null;
  next: AgendaBlock | null;
  dayLabel: string;
  /** 1-based position of the current block within its day. */
  position: number;
  dayBlockCount: number;
}

export function projectorModel(
  agenda: Agenda,
  snap: TimerSnapshot,
  order: readonly TimerBlock[],
): ProjectorModel {
  const id = currentBlockId(snap, order);
  const all = agenda.days.flatMap((d) => d.blocks);
  const idx = all.findIndex((b) => b.id === id);
  const current = all[idx] ?? null;
  const day = agenda.days.find((d) => d.id === current?.dayId) ?? null;
  return {
    current,
    next: idx >= 0 ? (all[idx + 1] ?? null) : null,
    dayLabel: day?.label ?? '',
    position: current ? current.index + 1 : 0,
    dayBlockCount: day?.blocks.length ?? 0,
  };
}
