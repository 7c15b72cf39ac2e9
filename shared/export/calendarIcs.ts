// The session as an iCalendar file (RFC 5545): one all-day event per action's due date and, when
// asked for, one event per agenda block at its planned time. Times are written in UTC (converted
// from the session's time zone), text is escaped, and lines are folded at 75 octets without
// splitting a character.
import { actionOwner, blockRef } from './outline';
import { plainLines } from './escape';
import { raciLines } from './actionsCsv';
import { exportWords } from './exportWords';
import type { ReportAction, ReportBlock, ReportDay, SessionReport } from './reportTypes';

const MINUTE = 60_000;

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and every kind of line break escaped. */
export function icsText(s: string): string {
  return plainLines(s)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A UID's local part: ids are ours, but only letters, digits, `-` and `_` ever reach the file. */
const uidPart = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '');

/** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and one space. */
export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to count.
  // eslint-disable-next-line no-control-regex
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0)!;
    const n = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + n > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Offset of `timeZone` from UTC at instant `ms`, in ms (positive east of Greenwich). */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant of wall-clock `minutes` after midnight on `date` (yyyy-mm-dd) in `timeZone`. */
export function zonedTime(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  let t = wall - zoneOffset(wall, timeZone);
  // Near a daylight-saving change the first guess can be an hour off; one more step settles it.
  t = wall - zoneOffset(t, timeZone);
  return t;
}

/** `20261126T080000Z`. */
export function icsUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const icsDate = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function blockEvent(
  report: SessionReport,
  day: ReportDay,
  b: ReportBlock,
  zone: string,
  stamp: string,
): string[] {
  if (!day.date || b.startMinutes === null) return [];
  const w = exportWords(report.language);
  const start = zonedTime(day.date, b.startMinutes, zone);
  const description = [
    `${blockRef(day, b)} ${b.title} (${b.kind}, ${b.plannedMinutes} ${w.minPlanned}${b.actualMinutes === null ? '' : `, ${w.ran} ${b.actualMinutes} min`})`,
    b.prompt,
  ]
    .filter(Boolean)
    .join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:block-${uidPart(b.id)}@offsite`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(start + b.plannedMinutes * MINUTE)}`,
    `SUMMARY:${icsText(b.title)}`,
    `DESCRIPTION:${icsText(description)}`,
    ...(report.place ? [`LOCATION:${icsText(report.place)}`] : []),
    `CATEGORIES:${icsText(b.kind)}`,
    'END:VEVENT',
  ];
}

function actionEvent(report: SessionReport, a: ReportAction, stamp: string): string[] {
  if (!a.due) return [];
  const w = exportWords(report.language);
  const owner = actionOwner(a);
  const description = [...raciLines(a, w, true), `${w.fromLabel}: ${report.title}`].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:action-${uidPart(a.id)}@offsite`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(a.due)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(a.due))}`,
    `SUMMARY:${icsText(`${w.dueLabel}: ${a.ref} ${a.title} (${owner ?? w.noOwnerYet})`)}`,
    `DESCRIPTION:${icsText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export interface CalendarOptions {
  /**
   * Also one event per agenda block at its planned time. Off by default: after the workshop the
   * file is for the due dates, and the blocks would fill a calendar with past events.
   */
  agenda?: boolean;
}

/** The actions' due dates (and the agenda, when asked) as an .ics file (CRLF, folded lines). */
export function toCalendarIcs(report: SessionReport, options: CalendarOptions = {}): string {
  const zone = report.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const stamp = icsUtc(report.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Offsite//Workshop minutes//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(report.title || exportWords(report.language).untitled)}`,
    ...(options.agenda
      ? report.days.flatMap((day) =>
          day.blocks.flatMap((b) => blockEvent(report, day, b, zone, stamp)),
        )
      : []),
    ...report.actions.flatMap((a) => actionEvent(report, a, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
