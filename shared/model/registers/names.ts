// The decision, action and measure registers (issue 5): record types, their Yjs layout and limits.
// How each record reads and is written is declared once, in records.ts.
import type * as Y from 'yjs';
import { facilitatorType, type TypeSpec } from '../typeSpec';

export const REGISTER_TEXT_MAX_CHARS = 4000;
export const OPTION_MAX_CHARS = 300;
export const MAX_OPTIONS = 20;
export const MAX_PEOPLE = 50;
export const MAX_LINKS = 200;
export const SHORT_TEXT_MAX_CHARS = 200;

export type Dissent = { mode: 'count'; count: number } | { mode: 'names'; names: string[] };

/** Where a record came from: a block, and on its board some notes or a group. */
export interface SourceLink {
  sourceBlockId: string | null;
  sourceNoteIds: string[];
  sourceGroupId: string | null;
}

export interface Decision extends SourceLink {
  id: string;
  title: string;
  context: string;
  optionsConsidered: string[];
  decision: string;
  rationale: string;
  dissent: Dissent;
  decidedAt: number;
  committed: boolean;
}

export const ACTION_STATUSES = ['open', 'in progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionItem extends SourceLink {
  id: string;
  title: string;
  /** R: who does the work (the owner). */
  responsible: string;
  /** A: who answers for the result. */
  accountable: string;
  consulted: string[];
  informed: string[];
  /** yyyy-mm-dd, or null when no date was agreed. */
  due: string | null;
  successMeasure: string;
  status: ActionStatus;
  createdAt: number;
  /** The title of the earlier session of its series it was carried from; null when it was made
   * here (issue 25). Only the host writes it, when it makes a follow-up. */
  carriedFrom: string | null;
}

export interface Measure {
  id: string;
  name: string;
  baseline: string;
  target: string;
  /** Free text such as a date or "end of Q2". */
  byWhen: string;
  owner: string;
  decisionIds: string[];
  actionIds: string[];
  createdAt: number;
  // Issue 25, measures over time (optional: a measure written before them reads with defaults).
  /** "%", "days", "NPS": what the values count. */
  unit?: string;
  /** The number the values start from, and since when (yyyy-mm-dd). */
  baselineValue?: number | null;
  baselineDate?: string | null;
  /** The number aimed at, and by when (yyyy-mm-dd). */
  targetValue?: number | null;
  targetDate?: string | null;
}

/** One value of a measure, recorded by the facilitator in some session of its series. */
export interface MeasureValue {
  id: string;
  measureId: string;
  value: number;
  /** yyyy-mm-dd: when the value was true. */
  date: string;
  note: string;
  /** Who reported it (a name, free text). */
  who: string;
  /** The session it was recorded in (a value carried from an earlier one keeps its own). */
  sessionId: string | null;
  recordedAt: number;
}

/** A note or group on a board, as the registers link to it. */
export interface BoardSource {
  blockId: string;
  /** The note's text or the group's name. */
  text: string;
  noteIds: string[];
  groupId?: string | null;
  /** The note's author, when named: the first guess at an owner. */
  authorName?: string | null;
}

export interface Registers {
  decisions: Decision[];
  actions: ActionItem[];
  measures: Measure[];
}

export const DECISIONS = 'decisions';
export const ACTIONS = 'actions';
export const MEASURES = 'measures';
export const SUGGESTIONS = 'suggestions';
/** valueId -> MeasureValue without its id: every measure's values over time (facilitator-only). */
export const MEASURE_VALUES = 'measureValues';
/** blockId -> the facilitator's notes of the block's outcome (outcomes.ts). */
export const BLOCK_OUTCOMES = 'blockOutcomes';

export const REGISTER_TYPES: readonly TypeSpec[] = [
  facilitatorType(DECISIONS, 'decision register', ['registers'], { undo: 'all' }),
  facilitatorType(ACTIONS, 'RACI', ['registers'], { undo: 'all' }),
  facilitatorType(MEASURES, 'success measures', ['registers'], { undo: 'all', carry: 'all' }),
  facilitatorType(
    MEASURE_VALUES,
    'measures’ values over time (value, date, note, who)',
    ['registers'],
    { undo: 'all', carry: 'all' },
  ),
  facilitatorType(
    BLOCK_OUTCOMES,
    'the facilitator’s notes of each block’s outcome',
    ['registers'],
    {
      undo: 'all',
    },
  ),
  {
    name: SUGGESTIONS,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'creator',
    selfFields: ['authorId'],
    maxFieldChars: 4000,
    undo: 'all',
    projections: ['registers'],
    description: 'attendees’ suggestions for decisions and actions',
  },
];

/** The register maps: id -> Y.Map of the record's fields (arrays and dissent stored as JSON values). */
export function registerMaps(doc: Y.Doc) {
  return {
    decisions: doc.getMap<Y.Map<unknown>>(DECISIONS),
    actions: doc.getMap<Y.Map<unknown>>(ACTIONS),
    measures: doc.getMap<Y.Map<unknown>>(MEASURES),
    suggestions: doc.getMap<Y.Map<unknown>>(SUGGESTIONS),
  };
}
