// The decision, action and measure registers (issue 5): record types, their Yjs layout, limits,
// field validators shared by the commands, and tolerant readers that return plain sorted objects.
import * as Y from 'yjs';
import { cleanText, NAME_MAX_CHARS, TITLE_MAX_CHARS, ValidationError } from '../limits';
import type { TypeSpec } from '../typeSpec';

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

const facilitatorRegister = (name: string, description: string): TypeSpec => ({
  name,
  kind: 'map',
  writer: 'facilitator',
  maxFieldChars: 0,
  undo: 'all',
  projections: ['doc', 'registers'],
  description,
});

export const REGISTER_TYPES: readonly TypeSpec[] = [
  facilitatorRegister(DECISIONS, 'decision register'),
  facilitatorRegister(ACTIONS, 'RACI'),
  facilitatorRegister(MEASURES, 'success measures'),
  {
    name: SUGGESTIONS,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'creator',
    selfFields: ['authorId'],
    maxFieldChars: 4000,
    undo: 'all',
    projections: ['doc', 'registers'],
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

// ---- validators (throw ValidationError with a readable message) ----

export const vTitle = (v: unknown, what: string) => cleanText(v, what, TITLE_MAX_CHARS);
export const vLong = (v: unknown, what: string) =>
  cleanText(v ?? '', what, REGISTER_TEXT_MAX_CHARS, true);
export const vShort = (v: unknown, what: string) =>
  cleanText(v ?? '', what, SHORT_TEXT_MAX_CHARS, true);
export const vName = (v: unknown, what: string) => cleanText(v ?? '', what, NAME_MAX_CHARS, true);

function vList(v: unknown, what: string, maxItems: number, each: (x: unknown) => string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ValidationError(`${what} must be a list.`);
  if (v.length > maxItems) throw new ValidationError(`${what} has more than ${maxItems} entries.`);
  return v.map(each).filter((s) => s.length > 0);
}

export const vPeople = (v: unknown, what: string) =>
  vList(v, what, MAX_PEOPLE, (x) => cleanText(x, `A name in ${what}`, NAME_MAX_CHARS, true));
export const vOptions = (v: unknown) =>
  vList(v, 'Options considered', MAX_OPTIONS, (x) =>
    cleanText(x, 'An option', OPTION_MAX_CHARS, true),
  );

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
export function vId(v: unknown, what: string): string {
  if (typeof v !== 'string' || !ID_RE.test(v)) throw new ValidationError(`${what} is not an id.`);
  return v;
}
export const vIdOrNull = (v: unknown, what: string) =>
  v === null || v === undefined ? null : vId(v, what);
export const vIds = (v: unknown, what: string) => vList(v, what, MAX_LINKS, (x) => vId(x, what));

export function vDissent(v: unknown): Dissent {
  if (v === undefined) return { mode: 'count', count: 0 };
  if (typeof v === 'object' && v !== null) {
    const d = v as { mode?: unknown; count?: unknown; names?: unknown };
    if (d.mode === 'count') {
      const n = d.count;
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10_000)
        return { mode: 'count', count: n };
      throw new ValidationError('The dissent count must be a whole number, 0 or more.');
    }
    if (d.mode === 'names') return { mode: 'names', names: vPeople(d.names, 'Dissent') };
  }
  throw new ValidationError('Dissent must be a count or a list of names.');
}

/** A real calendar date as yyyy-mm-dd, or null. */
export function vDate(v: unknown, what: string): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return v;
  }
  throw new ValidationError(`${what} must be a date like 2026-12-31.`);
}

export function vStatus(v: unknown): ActionStatus {
  if (v === undefined) return 'open';
  if ((ACTION_STATUSES as readonly unknown[]).includes(v)) return v as ActionStatus;
  throw new ValidationError(`The status must be one of: ${ACTION_STATUSES.join(', ')}.`);
}

export function vTime(v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  throw new ValidationError('A time must be a number of milliseconds.');
}

export function vBool(v: unknown, what: string): boolean {
  if (typeof v === 'boolean') return v;
  throw new ValidationError(`${what} must be yes or no.`);
}

// ---- writing helpers ----

/** Writes only the fields that changed, so concurrent edits of other fields survive. */
export function writeFields(m: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    if (JSON.stringify(m.get(k)) !== JSON.stringify(v)) m.set(k, v);
  }
}

export function getRecord(
  map: Y.Map<Y.Map<unknown>>,
  id: unknown,
  what: string,
): [string, Y.Map<unknown>] {
  const key = vId(id, `The ${what} id`);
  const m = map.get(key);
  if (!(m instanceof Y.Map)) throw new ValidationError(`There is no such ${what}.`);
  return [key, m];
}

// ---- tolerant readers: a missing or mistyped field from an older or hostile peer reads as a default ----

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const strs = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function readDissent(v: unknown): Dissent {
  try {
    return vDissent(v);
  } catch {
    return { mode: 'count', count: 0 };
  }
}

function readSource(m: Y.Map<unknown>): SourceLink {
  return {
    sourceBlockId: strOrNull(m.get('sourceBlockId')),
    sourceNoteIds: strs(m.get('sourceNoteIds')),
    sourceGroupId: strOrNull(m.get('sourceGroupId')),
  };
}

export function readDecision(id: string, m: Y.Map<unknown>): Decision | null {
  if (typeof m.get('title') !== 'string') return null;
  return {
    id,
    title: str(m.get('title')),
    context: str(m.get('context')),
    optionsConsidered: strs(m.get('optionsConsidered')),
    decision: str(m.get('decision')),
    rationale: str(m.get('rationale')),
    dissent: readDissent(m.get('dissent')),
    ...readSource(m),
    decidedAt: num(m.get('decidedAt')),
    committed: m.get('committed') === true,
  };
}

export function readAction(id: string, m: Y.Map<unknown>): ActionItem | null {
  if (typeof m.get('title') !== 'string') return null;
  const status = m.get('status');
  return {
    id,
    title: str(m.get('title')),
    responsible: str(m.get('responsible')),
    accountable: str(m.get('accountable')),
    consulted: strs(m.get('consulted')),
    informed: strs(m.get('informed')),
    due: strOrNull(m.get('due')),
    successMeasure: str(m.get('successMeasure')),
    status: (ACTION_STATUSES as readonly unknown[]).includes(status)
      ? (status as ActionStatus)
      : 'open',
    ...readSource(m),
    createdAt: num(m.get('createdAt')),
  };
}

export function readMeasure(id: string, m: Y.Map<unknown>): Measure | null {
  if (typeof m.get('name') !== 'string') return null;
  return {
    id,
    name: str(m.get('name')),
    baseline: str(m.get('baseline')),
    target: str(m.get('target')),
    byWhen: str(m.get('byWhen')),
    owner: str(m.get('owner')),
    decisionIds: strs(m.get('decisionIds')),
    actionIds: strs(m.get('actionIds')),
    createdAt: num(m.get('createdAt')),
  };
}

export function readAll<T>(
  map: Y.Map<Y.Map<unknown>>,
  read: (id: string, m: Y.Map<unknown>) => T | null,
): T[] {
  const out: T[] = [];
  map.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const rec = read(id, m);
    if (rec) out.push(rec);
  });
  return out;
}

/** Every replica sorts the same way: by time, ties by id. */
export const byTimeThenId =
  <T extends { id: string }>(time: (x: T) => number) =>
  (a: T, b: T) =>
    time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function readRegisters(doc: Y.Doc): Registers {
  const maps = registerMaps(doc);
  return {
    decisions: readAll(maps.decisions, readDecision).sort(byTimeThenId((d) => d.decidedAt)),
    actions: readAll(maps.actions, readAction).sort(byTimeThenId((a) => a.createdAt)),
    measures: readAll(maps.measures, readMeasure).sort(byTimeThenId((m) => m.createdAt)),
  };
}
