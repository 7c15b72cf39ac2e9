// One register record, declared once. A kind (decision, action, measure) names its map and, for
// each stored field, how it reads (a reader that tolerates what an older or hostile peer wrote:
// a mistyped field reads as its default, a record without its title is skipped), how a write
// cleans it (limits and readable messages), and what a new record starts with. The generic reader
// and commands below serve all three kinds; read.ts and commands.ts bind them by name.
import * as Y from 'yjs';
// The readers are plain functions, not zod: the room's chunk reads the registers on every
// attendee's phone, and zod's core was 8 KB gzipped of its first visit (issue 23).
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { randomId } from '../ids';
import { cleanText, NAME_MAX_CHARS, TITLE_MAX_CHARS } from '../limits';
import {
  ACTION_STATUSES,
  ACTIONS,
  DECISIONS,
  MAX_LINKS,
  MAX_OPTIONS,
  MAX_PEOPLE,
  MEASURES,
  OPTION_MAX_CHARS,
  REGISTER_TEXT_MAX_CHARS,
  SHORT_TEXT_MAX_CHARS,
  type ActionItem,
  type ActionStatus,
  type Decision,
  type Dissent,
  type Measure,
} from './names';
import { invalid, type SelectKey } from '../refusals';

/** The fields and records the refusals below name, each a key the catalogs word (refusals.ts). */
type ListField = SelectKey<'records.list', 'field'>;
type IdField = SelectKey<'records.notId', 'field'>;
type DateField = SelectKey<'records.date', 'field'>;
type NumberField = SelectKey<'records.number', 'field'>;
type PeopleField = Extract<ListField, 'consulted' | 'informed' | 'dissent'>;
/** A record in messages: "There is no such decision." */
export type RecordWhat = SelectKey<'records.none', 'kind'>;

// The people lists' names inside cleanText's English (a name that is too long): its rules are
// worded by the page, with the field it names (validation.ts).
const PEOPLE_ENGLISH: Record<PeopleField, string> = {
  consulted: 'Consulted',
  informed: 'Informed',
  dissent: 'Dissent',
};

// ---- write cleaners (throw ValidationError with a readable message) ----

export const vTitle = (v: unknown, what: string) => cleanText(v, what, TITLE_MAX_CHARS);
export const vLong = (v: unknown, what: string) =>
  cleanText(v ?? '', what, REGISTER_TEXT_MAX_CHARS, true);
export const vShort = (v: unknown, what: string) =>
  cleanText(v ?? '', what, SHORT_TEXT_MAX_CHARS, true);
export const vName = (v: unknown, what: string) => cleanText(v ?? '', what, NAME_MAX_CHARS, true);

function vList(
  v: unknown,
  field: ListField,
  maxItems: number,
  each: (x: unknown) => string,
): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw invalid('records.list', { field });
  if (v.length > maxItems) throw invalid('records.listMax', { field, max: maxItems });
  return v.map(each).filter((s) => s.length > 0);
}

export const vPeople = (v: unknown, field: PeopleField) =>
  vList(v, field, MAX_PEOPLE, (x) =>
    cleanText(x, `A name in ${PEOPLE_ENGLISH[field]}`, NAME_MAX_CHARS, true),
  );
export const vOptions = (v: unknown) =>
  vList(v, 'options', MAX_OPTIONS, (x) => cleanText(x, 'An option', OPTION_MAX_CHARS, true));

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const isId = (v: unknown): v is string => typeof v === 'string' && ID_RE.test(v);
export function vId(v: unknown, field: IdField): string {
  if (!isId(v)) throw invalid('records.notId', { field });
  return v;
}
/** A record's own id ("The decision id is not an id."). */
export function vRecordId(v: unknown, kind: RecordWhat): string {
  if (!isId(v)) throw invalid('records.recordId', { kind });
  return v;
}
export const vIdOrNull = (v: unknown, field: IdField) =>
  v === null || v === undefined ? null : vId(v, field);
export const vIds = (v: unknown, field: IdField & ListField) =>
  vList(v, field, MAX_LINKS, (x) => vId(x, field));

const NO_DISSENT: Dissent = { mode: 'count', count: 0 };
const isDissentCount = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 10_000;

export function vDissent(v: unknown): Dissent {
  if (v === undefined) return { ...NO_DISSENT };
  if (typeof v === 'object' && v !== null) {
    const d = v as { mode?: unknown; count?: unknown; names?: unknown };
    if (d.mode === 'count') {
      if (isDissentCount(d.count)) return { mode: 'count', count: d.count };
      throw invalid('records.dissentCount');
    }
    if (d.mode === 'names') return { mode: 'names', names: vPeople(d.names, 'dissent') };
  }
  throw invalid('records.dissent');
}

/** A real calendar date as yyyy-mm-dd, or null. */
export function vDate(v: unknown, field: DateField): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return v;
  }
  throw invalid('records.date', { field });
}

export function vStatus(v: unknown): ActionStatus {
  if (v === undefined) return 'open';
  if (isStatus(v)) return v;
  throw invalid('records.status', { statuses: ACTION_STATUSES.join(', ') });
}

/**
 * A number as the facilitator typed it: 42, -3, 42.5 (a decimal point; spaces and thousands
 * commas are not guessed at). Anything else is refused with what was typed.
 */
export function vNumber(v: unknown, field: NumberField): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(v)) {
    const n = Number(v.trim());
    if (Number.isFinite(n)) return n;
  }
  if (typeof v !== 'string') throw invalid('records.numberNotText', { field });
  throw invalid('records.number', { field, typed: v.trim().slice(0, 40) });
}

/** A number, or null for an empty field. */
export const vNumberOrNull = (v: unknown, field: NumberField) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
    ? null
    : vNumber(v, field);

export function vTime(v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  throw invalid('records.time');
}

/** A yes or no; the one such field is a decision's `committed`. */
export function vBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  throw invalid('records.committed');
}

// ---- stored fields: how each reads, falling back to a default ----

/** What a reader gives for the field a record cannot do without: the record is skipped. */
export const MISSING: unique symbol = Symbol('missing');
/** How a stored value reads: its value (a default when mistyped), or MISSING. */
export type Reader<V> = (v: unknown) => V | typeof MISSING;

// cleanText's tidying (C0 controls but tab and newline out, trimmed), for the dissent's names.
// eslint-disable-next-line no-control-regex
const tidy = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();

const isStatus = (v: unknown): v is ActionStatus =>
  (ACTION_STATUSES as readonly unknown[]).includes(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The dissent's names with the writers' rule (tidied, at most MAX_PEOPLE of at most
 * NAME_MAX_CHARS), or null when they break it. */
function storedNames(v: unknown): string[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > MAX_PEOPLE) return null;
  const out: string[] = [];
  for (const x of v as unknown[]) {
    if (typeof x !== 'string') return null;
    const n = tidy(x);
    if (n.length > NAME_MAX_CHARS) return null;
    if (n.length > 0) out.push(n);
  }
  return out;
}

export const stored = {
  /** The record's title or name: without it the record is skipped. */
  title: ((v) => (typeof v === 'string' ? v : MISSING)) as Reader<string>,
  text: (v: unknown): string => (typeof v === 'string' ? v : ''),
  textOrNull: (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null),
  /** A list keeps its strings and drops anything else. */
  texts: (v: unknown): string[] =>
    Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string') : [],
  time: (v: unknown): number => (isFiniteNumber(v) ? v : 0),
  numberOrNull: (v: unknown): number | null => (isFiniteNumber(v) ? v : null),
  dateOrNull: (v: unknown): string | null => (typeof v === 'string' && DATE_RE.test(v) ? v : null),
  flag: (v: unknown): boolean => (typeof v === 'boolean' ? v : false),
  status: (v: unknown): ActionStatus => (isStatus(v) ? v : 'open'),
  /** Read with the writers' rule (names tidied, at most MAX_PEOPLE); anything else is no dissent. */
  dissent: (v: unknown): Dissent => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const d = v as { mode?: unknown; count?: unknown; names?: unknown };
      if (d.mode === 'count' && isDissentCount(d.count)) return { mode: 'count', count: d.count };
      const names = d.mode === 'names' ? storedNames(d.names) : null;
      if (names) return { mode: 'names', names };
    }
    return { ...NO_DISSENT };
  },
};

// ---- a field, a kind ----

export interface Field<V> {
  /** How the stored value reads; it fails only for the field the record cannot do without. */
  read: Reader<V>;
  /** How a written value is cleaned; none for a field set only when the record is added. */
  write?: (v: unknown) => V;
  /** What a new record starts with when the field is not given (`now`: the time it is added). */
  initial: (now: number) => V;
}

type Stored<R> = Omit<R, 'id'>;

export interface RecordKind<R extends { id: string }> {
  /** The record in messages: "There is no such decision." */
  what: RecordWhat;
  /** Its top-level map in the doc. */
  map: string;
  /** The field every record has (its title or name), cleaned on add even when absent. */
  required: keyof Stored<R>;
  /** Every stored field, in the order they are written and read. */
  fields: { [K in keyof Stored<R>]: Field<R[K]> };
  /** The time the register sorts by (ties by id). */
  time: { [K in keyof Stored<R>]: R[K] extends number ? K : never }[keyof Stored<R>];
}

const is =
  <V>(v: V) =>
  () =>
    v;
const whenAdded = (now: number) => now;
const field = <V>(read: Reader<V>, write: Field<V>['write'], initial: Field<V>['initial']) => ({
  read,
  write,
  initial,
});
const source = {
  sourceBlockId: field(stored.textOrNull, (v) => vIdOrNull(v, 'block'), is(null)),
  sourceNoteIds: field(
    stored.texts,
    (v) => vIds(v, 'sourceNote'),
    () => [],
  ),
  sourceGroupId: field(stored.textOrNull, (v) => vIdOrNull(v, 'sourceGroup'), is(null)),
};

export const decisionKind: RecordKind<Decision> = {
  what: 'decision',
  map: DECISIONS,
  required: 'title',
  time: 'decidedAt',
  fields: {
    title: field(stored.title, (v) => vTitle(v, 'The decision title'), is('')),
    context: field(stored.text, (v) => vLong(v, 'The context'), is('')),
    optionsConsidered: field(stored.texts, vOptions, () => []),
    decision: field(stored.text, (v) => vLong(v, 'The decision'), is('')),
    rationale: field(stored.text, (v) => vLong(v, 'The rationale'), is('')),
    dissent: field(stored.dissent, vDissent, () => ({ ...NO_DISSENT })),
    ...source,
    decidedAt: field(stored.time, (v) => vTime(v, 0), whenAdded),
    committed: field(stored.flag, vBool, is(false)),
  },
};

export const actionKind: RecordKind<ActionItem> = {
  what: 'action',
  map: ACTIONS,
  required: 'title',
  time: 'createdAt',
  fields: {
    title: field(stored.title, (v) => vTitle(v, 'The action title'), is('')),
    responsible: field(stored.text, (v) => vName(v, 'Responsible'), is('')),
    accountable: field(stored.text, (v) => vName(v, 'Accountable'), is('')),
    consulted: field(
      stored.texts,
      (v) => vPeople(v, 'consulted'),
      () => [],
    ),
    informed: field(
      stored.texts,
      (v) => vPeople(v, 'informed'),
      () => [],
    ),
    // `due: null` clears the date; only undefined leaves a field as it is.
    due: field(stored.textOrNull, (v) => vDate(v, 'due'), is(null)),
    successMeasure: field(stored.text, (v) => vShort(v, 'The success measure'), is('')),
    status: field(stored.status, vStatus, is('open' as const)),
    ...source,
    createdAt: field(stored.time, undefined, whenAdded),
    carriedFrom: field(stored.textOrNull, undefined, is(null)),
  },
};

export const measureKind: RecordKind<Measure> = {
  what: 'measure',
  map: MEASURES,
  required: 'name',
  time: 'createdAt',
  fields: {
    name: field(stored.title, (v) => vTitle(v, 'The measure name'), is('')),
    baseline: field(stored.text, (v) => vShort(v, 'The baseline'), is('')),
    target: field(stored.text, (v) => vShort(v, 'The target'), is('')),
    byWhen: field(stored.text, (v) => vShort(v, 'By when'), is('')),
    owner: field(stored.text, (v) => vName(v, 'The owner'), is('')),
    decisionIds: field(
      stored.texts,
      (v) => vIds(v, 'linkedDecision'),
      () => [],
    ),
    actionIds: field(
      stored.texts,
      (v) => vIds(v, 'linkedAction'),
      () => [],
    ),
    createdAt: field(stored.time, undefined, whenAdded),
    unit: field(stored.text, (v) => vShort(v, 'The unit'), is('')),
    baselineValue: field(stored.numberOrNull, (v) => vNumberOrNull(v, 'baseline'), is(null)),
    baselineDate: field(stored.dateOrNull, (v) => vDate(v, 'baselineDate'), is(null)),
    targetValue: field(stored.numberOrNull, (v) => vNumberOrNull(v, 'target'), is(null)),
    targetDate: field(stored.dateOrNull, (v) => vDate(v, 'targetDate'), is(null)),
  },
};

// ---- reading ----

const fieldNames = <R extends { id: string }>(kind: RecordKind<R>) =>
  Object.keys(kind.fields) as (keyof Stored<R> & string)[];

/** Each stored field's reader, by name. */
export type Shape = Record<string, Reader<unknown>>;
/** What a shape reads: each field's value (MISSING never among them). */
export type ShapeOutput<S extends Shape> = {
  [K in keyof S]: Exclude<ReturnType<S[K]>, typeof MISSING>;
};

const shapes = new WeakMap<object, Shape>();
/** The stored record's readers, in its fields' order. */
export function recordShape<R extends { id: string }>(kind: RecordKind<R>): Shape {
  let s = shapes.get(kind);
  if (!s) {
    s = Object.fromEntries(fieldNames(kind).map((k) => [k, kind.fields[k].read]));
    shapes.set(kind, s);
  }
  return s;
}

/** Stored values through a shape: null when a field reads MISSING (only a required one can). */
export function readFields<S extends Shape>(
  shape: S,
  raw: Record<string, unknown>,
): ShapeOutput<S> | null {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(shape)) {
    const v = shape[k]!(raw[k]);
    if (v === MISSING) return null;
    out[k] = v;
  }
  return out as ShapeOutput<S>;
}

/** A stored entry through its shape: null when it fails (only a required field can). */
export function readStored<S extends Shape>(
  shape: S,
  id: string,
  m: Y.Map<unknown>,
): ({ id: string } & ShapeOutput<S>) | null {
  // Only the declared fields, as stored (a nested Y type stays one, and reads as a default).
  const read = readFields(shape, Object.fromEntries(Object.keys(shape).map((k) => [k, m.get(k)])));
  return read ? { id, ...read } : null;
}

/** One stored record, tolerantly: null when it lacks its title (or name). */
export const readRecord = <R extends { id: string }>(
  kind: RecordKind<R>,
  id: string,
  m: Y.Map<unknown>,
): R | null => readStored(recordShape(kind), id, m) as R | null;

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

const recordMap = (doc: Y.Doc, kind: { map: string }) => doc.getMap<Y.Map<unknown>>(kind.map);

/** The kind's records in register order: by time, ties by id. */
export function listRecords<R extends { id: string }>(kind: RecordKind<R>, doc: Y.Doc): R[] {
  return readAll(recordMap(doc, kind), (id, m) => readRecord(kind, id, m)).sort(
    byTimeThenId((r) => r[kind.time] as number),
  );
}

// ---- writing ----

/** What a new record's fields may be given as (the id and time injectable for tests). */
export type AddArgs<R> = Partial<Stored<R>> & { id?: string; now?: number };
export type UpdateArgs<R> = Partial<Stored<R>> & { id: string };

/** Cleans whichever writable fields are given, in declared order; absent ones stay absent. */
function cleanFields<R extends { id: string }>(
  kind: RecordKind<R>,
  given: Partial<Stored<R>>,
): Partial<Stored<R>> {
  const out: Partial<Stored<R>> = {};
  for (const k of fieldNames(kind)) {
    const write = kind.fields[k].write;
    if (write && given[k] !== undefined) out[k] = write(given[k]);
  }
  return out;
}

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
  what: RecordWhat,
): [string, Y.Map<unknown>] {
  const key = vRecordId(id, what);
  const m = map.get(key);
  if (!(m instanceof Y.Map)) throw invalid('records.none', { kind: what });
  return [key, m];
}

export function addRecord<R extends { id: string }>(
  kind: RecordKind<R>,
  doc: Y.Doc,
  args: AddArgs<R>,
  origin: unknown = LOCAL_ORIGIN,
): R {
  const id = args.id === undefined ? randomId() : vRecordId(args.id, kind.what);
  const given = cleanFields(kind, args);
  const now = args.now ?? Date.now();
  const record = { id } as R;
  for (const k of fieldNames(kind)) {
    const f = kind.fields[k];
    // The title (or name) must be given: cleaning it when absent throws its message.
    record[k] = given[k] ?? (k === kind.required ? f.write!(args[k]) : f.initial(now));
  }
  const map = recordMap(doc, kind);
  if (map.has(id)) throw invalid('records.exists', { kind: kind.what });
  transact(doc, origin, () => {
    const m = new Y.Map<unknown>();
    for (const [k, val] of Object.entries(record)) if (k !== 'id') m.set(k, val);
    map.set(id, m);
  });
  return record;
}

export function updateRecord<R extends { id: string }>(
  kind: RecordKind<R>,
  doc: Y.Doc,
  args: UpdateArgs<R>,
  origin: unknown = LOCAL_ORIGIN,
): R {
  const [id, m] = getRecord(recordMap(doc, kind), args.id, kind.what);
  const { id: _ignored, ...fields } = args;
  const v = cleanFields(kind, fields as Partial<Stored<R>>);
  transact(doc, origin, () => writeFields(m, v));
  return readRecord(kind, id, m)!;
}

export function deleteRecord<R extends { id: string }>(
  kind: RecordKind<R>,
  doc: Y.Doc,
  args: { id: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const map = recordMap(doc, kind);
  const [id] = getRecord(map, args.id, kind.what);
  transact(doc, origin, () => map.delete(id));
}
