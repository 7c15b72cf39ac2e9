// The agenda's fields as the facilitator (or a template file) gives them, checked: each validator
// returns the clean value or throws a ValidationError with a readable message. Apart from
// names.ts (what the agenda's types hold, and their tolerant readers) so that a phone, which
// never writes the agenda, does not load them.
import { cleanText, TITLE_MAX_CHARS } from '../limits';
import { invalid } from '../refusals';
import {
  BLOCK_KINDS,
  BOARD_KINDS,
  COLUMN_MAX_CHARS,
  DAY_LABEL_MAX_CHARS,
  DEFAULT_START_TIME,
  FACILITATOR_NOTES_MAX_CHARS,
  MAX_COLUMNS,
  MAX_PLANNED_MINUTES,
  MAX_WRAP_UP_MINUTES,
  MIN_PLANNED_MINUTES,
  PROMPT_MAX_CHARS,
  type BlockDraft,
  type BlockFields,
  type BlockKind,
  type DayFields,
} from './names';

export function cleanStartTime(input: unknown): string {
  if (typeof input !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.trim()))
    throw invalid('agenda.startTime');
  return input.trim();
}

export function cleanDate(input: unknown): string | null {
  if (input === null || input === undefined || input === '') return null;
  if (typeof input !== 'string') throw invalid('agenda.dateText');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.trim());
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (
    !m ||
    probe.getUTCFullYear() !== y ||
    probe.getUTCMonth() !== mo - 1 ||
    probe.getUTCDate() !== d
  )
    throw invalid('agenda.date');
  return input.trim();
}

export function cleanKind(input: unknown): BlockKind {
  if (typeof input === 'string' && (BLOCK_KINDS as readonly string[]).includes(input))
    return input as BlockKind;
  throw invalid('agenda.blockKind', { kinds: BLOCK_KINDS.join(', ') });
}

export function cleanPlannedMinutes(input: unknown): number {
  if (
    typeof input !== 'number' ||
    !Number.isInteger(input) ||
    input < MIN_PLANNED_MINUTES ||
    input > MAX_PLANNED_MINUTES
  )
    throw invalid('agenda.plannedMinutes', { min: MIN_PLANNED_MINUTES, max: MAX_PLANNED_MINUTES });
  return input;
}

export function cleanColumns(input: unknown, kind: BlockKind): string[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) throw invalid('agenda.columnsList');
  if (input.length > 0 && !BOARD_KINDS.includes(kind)) throw invalid('agenda.columnsKind');
  if (input.length > MAX_COLUMNS) throw invalid('agenda.columnsMax', { max: MAX_COLUMNS });
  return input.map((c) => cleanText(c, 'A column name', COLUMN_MAX_CHARS));
}

export function cleanDayFields(input: Partial<DayFields>, fallbackLabel: string): DayFields {
  return {
    label: cleanText(input.label ?? fallbackLabel, "The day's label", DAY_LABEL_MAX_CHARS),
    date: cleanDate(input.date),
    startTime: cleanStartTime(input.startTime ?? DEFAULT_START_TIME),
  };
}

export function cleanBlockFields(input: BlockDraft): BlockFields {
  const kind = cleanKind(input.kind);
  return {
    title: cleanText(input.title, "The block's title", TITLE_MAX_CHARS),
    kind,
    plannedMinutes: cleanPlannedMinutes(input.plannedMinutes),
    prompt: cleanText(input.prompt ?? '', 'The prompt', PROMPT_MAX_CHARS, true),
    facilitatorNotes: cleanText(
      input.facilitatorNotes ?? '',
      'The facilitator notes',
      FACILITATOR_NOTES_MAX_CHARS,
      true,
    ),
    columns: cleanColumns(input.columns, kind),
  };
}

export function cleanWrapUpMinutes(input: unknown): number | null {
  if (input === null || input === undefined || input === '') return null;
  if (
    typeof input !== 'number' ||
    !Number.isInteger(input) ||
    input < 1 ||
    input > MAX_WRAP_UP_MINUTES
  )
    throw invalid('agenda.wrapUp', { max: MAX_WRAP_UP_MINUTES });
  return input;
}
