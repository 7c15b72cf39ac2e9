// A measure's values over time (issue 25): the facilitator records a value (a number, the date it
// was true, a note, who reported it) in any session of the measure's series; each is its own
// record in the facilitator-only `measureValues` map, so two values recorded at once both stay.
import type * as Y from 'yjs';
import {
  addRecord,
  deleteRecord,
  getRecord,
  listRecords,
  stored,
  type Reader,
  vDate,
  vId,
  vIdOrNull,
  vName,
  vNumber,
  vShort,
  type RecordKind,
} from './records';
import { MEASURES, MEASURE_VALUES, type Measure, type MeasureValue } from './names';
import { invalid } from '../refusals';

const field = <V>(
  read: Reader<V>,
  write: ((v: unknown) => V) | undefined,
  initial: (now: number) => V,
) => ({
  read,
  write,
  initial,
});

export const measureValueKind: RecordKind<MeasureValue> = {
  what: 'measureValue',
  map: MEASURE_VALUES,
  required: 'measureId',
  time: 'recordedAt',
  fields: {
    measureId: field(
      stored.title,
      (v) => vId(v, 'measure'),
      () => '',
    ),
    // A value that does not read as a finite number is dropped by the reader (never drawn as 0).
    value: field(
      (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN),
      (v) => vNumber(v, 'value'),
      () => Number.NaN,
    ),
    date: field(
      stored.text,
      (v) => vDate(v, 'date') ?? '',
      () => '',
    ),
    note: field(
      stored.text,
      (v) => vShort(v, 'The note'),
      () => '',
    ),
    who: field(
      stored.text,
      (v) => vName(v, 'Who reported it'),
      () => '',
    ),
    sessionId: field(
      stored.textOrNull,
      (v) => vIdOrNull(v, 'session'),
      () => null,
    ),
    recordedAt: field(stored.time, undefined, (now) => now),
  },
};

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Every measure's values, each list in date order (then recording order). */
export function listMeasureValues(doc: Y.Doc): Map<string, MeasureValue[]> {
  const out = new Map<string, MeasureValue[]>();
  for (const v of listRecords(measureValueKind, doc)) {
    if (!Number.isFinite(v.value) || !DATE_RE.test(v.date)) continue;
    const list = out.get(v.measureId) ?? [];
    list.push(v);
    out.set(v.measureId, list);
  }
  for (const list of out.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

export interface RecordValueArgs {
  measureId: string;
  /** A number, or the text the facilitator typed (refused with a message when not a number). */
  value: number | string;
  date: string;
  note?: string;
  who?: string;
  sessionId?: string | null;
  id?: string;
  now?: number;
}

/** Facilitator: records a measure's value; a value that is not a number is refused, nothing written. */
export function recordMeasureValue(
  doc: Y.Doc,
  args: RecordValueArgs,
  origin?: unknown,
): MeasureValue {
  getRecord(doc.getMap<Y.Map<unknown>>(MEASURES), args.measureId, 'measure');
  const value = vNumber(args.value, 'value');
  const date = vDate(args.date, 'date');
  if (date === null) throw invalid('measure.dateMissing');
  return addRecord(measureValueKind, doc, { ...args, value, date }, origin);
}

export const deleteMeasureValue = (doc: Y.Doc, args: { id: string }, origin?: unknown) =>
  deleteRecord(measureValueKind, doc, args, origin);

/** The values of one measure, for its chart and its words. */
export interface MeasureTrend {
  measure: Measure;
  values: MeasureValue[];
}

export function measureTrends(doc: Y.Doc, measures: readonly Measure[]): MeasureTrend[] {
  const values = listMeasureValues(doc);
  return measures.map((measure) => ({ measure, values: values.get(measure.id) ?? [] }));
}
