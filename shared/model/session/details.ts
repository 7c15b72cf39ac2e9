// The session details the minutes open with: first and last day, place, the facilitator's name
// and the time zone the agenda's clock times are in. Facilitator-only state in `meta`
// (shared/model/schema.ts), written only through setSessionDetails.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { sessionDoc, transact } from '../doc';
import { cleanText, NAME_MAX_CHARS } from '../limits';
import { invalid, type SelectKey } from '../refusals';

export const PLACE_MAX_CHARS = 120;

export interface SessionDetailsFields {
  /** yyyy-mm-dd, or null when not set. */
  startDate: string | null;
  /** yyyy-mm-dd (not before startDate), or null for a one-day session or when not set. */
  endDate: string | null;
  place: string;
  facilitatorName: string;
  /** IANA zone of the agenda's wall-clock times (e.g. Europe/Berlin); null: the reader's own. */
  timeZone: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function cleanDate(v: unknown, field: SelectKey<'session.date', 'field'>): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'string' || !isIsoDate(v)) throw invalid('session.date', { field });
  return v;
}

/** Validates a full set of details; throws a ValidationError that says which field is wrong. */
export function cleanSessionDetails(input: Partial<SessionDetailsFields>): SessionDetailsFields {
  const startDate = cleanDate(input.startDate, 'firstDay');
  const endDate = cleanDate(input.endDate, 'lastDay');
  if (endDate && !startDate) throw invalid('session.firstDayFirst');
  if (startDate && endDate && endDate < startDate) throw invalid('session.lastBeforeFirst');
  const tz = input.timeZone ?? null;
  if (tz !== null && (typeof tz !== 'string' || !isTimeZone(tz)))
    throw invalid('session.timeZone', { zone: String(tz) });
  return {
    startDate,
    endDate: endDate === startDate ? null : endDate,
    place: cleanText(input.place ?? '', 'The place', PLACE_MAX_CHARS, true),
    facilitatorName: cleanText(
      input.facilitatorName ?? '',
      "The facilitator's name",
      NAME_MAX_CHARS,
      true,
    ),
    timeZone: tz,
  };
}

/** Writes the details (all of them: the form sends what it shows). Only changed keys are written. */
export function setSessionDetails(
  doc: Y.Doc,
  input: Partial<SessionDetailsFields>,
  origin: unknown = LOCAL_ORIGIN,
): SessionDetailsFields {
  const clean = cleanSessionDetails(input);
  const { meta } = sessionDoc(doc);
  transact(doc, origin, () => {
    for (const [key, value] of Object.entries(clean) as [string, string | null][]) {
      const stored = value === null || value === '' ? undefined : value;
      if (stored === undefined) {
        if (meta.has(key)) meta.delete(key);
      } else if (meta.get(key) !== stored) meta.set(key, stored);
    }
  });
  return clean;
}

/** The details as stored; tolerant of missing or mistyped values from older or hostile docs. */
export function readSessionDetails(doc: Y.Doc): SessionDetailsFields {
  const { meta } = sessionDoc(doc);
  const str = (k: string) => {
    const v = meta.get(k);
    return typeof v === 'string' ? v.trim() : '';
  };
  const date = (k: string) => (isIsoDate(str(k)) ? str(k) : null);
  const tz = str('timeZone');
  return {
    startDate: date('startDate'),
    endDate: date('endDate'),
    place: str('place').slice(0, PLACE_MAX_CHARS),
    facilitatorName: str('facilitatorName').slice(0, NAME_MAX_CHARS),
    timeZone: tz && isTimeZone(tz) ? tz : null,
  };
}
