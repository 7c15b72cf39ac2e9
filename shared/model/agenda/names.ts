// The agenda's Yjs layout, record types, limits and tolerant readers (the field validators are
// cleanFields.ts). Days, their order and blocks live in their own top-level types, declared here
// (facilitator-only) and gathered by the schema registry (shared/model/schema.ts).
import * as Y from 'yjs';
import { LEDGER, TIMER } from '../timer/names';
import { facilitatorType, type TypeSpec } from '../typeSpec';

/**
 * Top-level names in the session's Y.Doc. Top-level types (not maps nested under one key) so
 * that two replicas initialising the agenda at once merge instead of one overwriting the other.
 *
 * - `agendaDays`: Y.Map dayId -> Y.Map { id, label, date, startTime, blockIds: Y.Array<string> }
 * - `agendaDayOrder`: Y.Array<string> of day ids
 * - `agendaBlocks`: Y.Map blockId -> Y.Map { id, title, kind, plannedMinutes, prompt,
 *   facilitatorNotes, columns: string[] }
 * The timer's facts and ledger are the timer's own types (timer/names.ts); agendaTypes() hands
 * them out beside the agenda's because every agenda reader needs them.
 */
export const AGENDA_DAYS = 'agendaDays';
export const AGENDA_DAY_ORDER = 'agendaDayOrder';
export const AGENDA_BLOCKS = 'agendaBlocks';

export const AGENDA_TYPES: readonly TypeSpec[] = [
  facilitatorType(AGENDA_DAYS, 'days', ['agenda']),
  facilitatorType(AGENDA_DAY_ORDER, 'day order', ['agenda'], { kind: 'array' }),
  facilitatorType(AGENDA_BLOCKS, 'agenda blocks', ['agenda']),
];
/** `review`: "Review commitments" (issue 25), the carried actions of the series, one by one. */
export const BLOCK_KINDS = ['talk', 'brainstorm', 'vote', 'discuss', 'break', 'review'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
/** Kinds that put a board in front of the room, so they may have columns. */
export const BOARD_KINDS: readonly BlockKind[] = ['brainstorm', 'vote'];

export const MIN_PLANNED_MINUTES = 1;
export const MAX_PLANNED_MINUTES = 600;
export const PROMPT_MAX_CHARS = 1000;
export const FACILITATOR_NOTES_MAX_CHARS = 4000;
export const DAY_LABEL_MAX_CHARS = 80;
export const COLUMN_MAX_CHARS = 60;
export const MAX_COLUMNS = 8;
export const DEFAULT_START_TIME = '09:00';

export interface AgendaTypes {
  days: Y.Map<Y.Map<unknown>>;
  dayOrder: Y.Array<string>;
  blocks: Y.Map<Y.Map<unknown>>;
  timer: Y.Map<unknown>;
  ledger: Y.Map<unknown>;
}

export function agendaTypes(doc: Y.Doc): AgendaTypes {
  return {
    days: doc.getMap(AGENDA_DAYS),
    dayOrder: doc.getArray(AGENDA_DAY_ORDER),
    blocks: doc.getMap(AGENDA_BLOCKS),
    timer: doc.getMap(TIMER),
    ledger: doc.getMap(LEDGER),
  };
}

export interface DayFields {
  label: string;
  /** ISO yyyy-mm-dd, or null when the day has no date yet. */
  date: string | null;
  /** Local wall-clock start, "HH:MM" (24 h). */
  startTime: string;
}

export interface BlockFields {
  title: string;
  kind: BlockKind;
  plannedMinutes: number;
  /** Shown to the room (projector and attendees). */
  prompt: string;
  /** Shown on the console only. Note: every replica still holds it (a doc has no per-reader parts). */
  facilitatorNotes: string;
  /** Board columns, e.g. ["Went well", "To improve"]; only for brainstorm and vote blocks. */
  columns: string[];
}

export interface Block extends BlockFields {
  id: string;
}

export interface Day extends DayFields {
  id: string;
}

/** A block or day as written by a template or `replaceAgenda` (no ids yet). */
export type BlockDraft = Omit<BlockFields, 'prompt' | 'facilitatorNotes' | 'columns'> &
  Partial<Pick<BlockFields, 'prompt' | 'facilitatorNotes' | 'columns'>> & {
    /** The block's own wrap-up cue (WRAP_UP_FIELD); absent or null: the automatic one. */
    wrapUpMinutes?: number | null;
  };
export interface DayDraft extends Partial<DayFields> {
  blocks: BlockDraft[];
}

// ---- tolerant readers: older or hostile peers may have written anything ----

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

export function readDay(id: string, m: Y.Map<unknown>): Day {
  const date = m.get('date');
  const startTime = str(m.get('startTime'));
  return {
    id,
    label: str(m.get('label')),
    date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    startTime: /^([01]\d|2[0-3]):[0-5]\d$/.test(startTime) ? startTime : DEFAULT_START_TIME,
  };
}

export function readBlock(id: string, m: Y.Map<unknown>): Block {
  const kind = m.get('kind');
  const minutes = m.get('plannedMinutes');
  const columns = m.get('columns');
  return {
    id,
    title: str(m.get('title')),
    kind: (BLOCK_KINDS as readonly unknown[]).includes(kind) ? (kind as BlockKind) : 'discuss',
    plannedMinutes:
      typeof minutes === 'number' && Number.isFinite(minutes)
        ? Math.min(MAX_PLANNED_MINUTES, Math.max(MIN_PLANNED_MINUTES, Math.round(minutes)))
        : MIN_PLANNED_MINUTES,
    prompt: str(m.get('prompt')),
    facilitatorNotes: str(m.get('facilitatorNotes')),
    columns: Array.isArray(columns)
      ? columns.filter((c): c is string => typeof c === 'string')
      : [],
  };
}

/**
 * A block's own wrap-up threshold in minutes left (a field beside BlockFields, written by
 * `setBlockWrapUp`); null when the block uses the automatic one (shared/timer/timerMath.ts).
 */
export const WRAP_UP_FIELD = 'wrapUpMinutes';
export const MAX_WRAP_UP_MINUTES = 120;

export function readWrapUpMinutes(m: Y.Map<unknown>): number | null {
  const v = m.get(WRAP_UP_FIELD);
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_WRAP_UP_MINUTES
    ? v
    : null;
}

/** The block ids array of a day, or null if the day's map is malformed. */
export function dayBlockIds(m: Y.Map<unknown>): Y.Array<string> | null {
  const ids = m.get('blockIds');
  return ids instanceof Y.Array ? (ids as Y.Array<string>) : null;
}
