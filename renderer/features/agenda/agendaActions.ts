// Agenda edits from the console, with errors turned into messages instead of exceptions.
import type * as Y from 'yjs';
import { ValidationError } from '../../../shared/model/limits';
import { moveBlock } from '../../../shared/model/agenda/commands';
import type { Agenda } from '../../../shared/model/agenda/read';
import { t } from '../../i18n/t';
import { explain } from '../../i18n/validation';

/** Runs an edit; returns the validation message if it was refused, else null. */
export function attempt(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof ValidationError) return explain(err);
    throw err;
  }
}

/**
 * Where "move up/down" takes a block: within its day, or across to the end of the previous day /
 * the start of the next one at the day's edge. Null at the very first or last position.
 */
export function stepTarget(
  agenda: Agenda,
  blockId: string,
  dir: -1 | 1,
): { toDayId: string; toIndex: number } | null {
  const dayIdx = agenda.days.findIndex((d) => d.blocks.some((b) => b.id === blockId));
  const day = agenda.days[dayIdx];
  if (!day) return null;
  const index = day.blocks.findIndex((b) => b.id === blockId);
  const inDay = index + dir;
  if (inDay >= 0 && inDay < day.blocks.length) return { toDayId: day.id, toIndex: inDay };
  const other = agenda.days[dayIdx + dir];
  if (!other) return null;
  return { toDayId: other.id, toIndex: dir === -1 ? other.blocks.length : 0 };
}

export function stepBlock(doc: Y.Doc, agenda: Agenda, blockId: string, dir: -1 | 1): boolean {
  const target = stepTarget(agenda, blockId, dir);
  if (!target) return false;
  moveBlock(doc, { blockId, ...target });
  return true;
}

/** "7 h 30 min", "45 min", in the reader's language. */
export function formatTotal(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('agenda.minutes', { m });
  return m === 0 ? t('agenda.hours', { h }) : t('agenda.hoursMinutes', { h, m });
}
