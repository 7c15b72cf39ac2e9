// The actions CSV (importers' columns, RFC 4180 quoting, no formulas) and the iCalendar file
// (RFC 5545 folding, escaping, UTC times converted from the session's zone), on the heavy session.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reportFromDoc } from '#shared/export/fromDoc';
import { csvField, toActionsCsv } from '#shared/export/actionsCsv';
import { foldLine, icsText, toCalendarIcs, zonedTime } from '#shared/export/calendarIcs';
import { exportName, exportText } from '#shared/export/exportFiles';
import { seedHeavySession } from '#fixtures/heavySession';

const doc = new Y.Doc();
const s = seedHeavySession(doc);
const report = reportFromDoc(doc, { now: s.now });

/** A minimal RFC 4180 reader, to read the CSV back as an importer would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the actions CSV', () => {
  const csv = toActionsCsv(report);
  const rows = parseCsv(csv);

  it('has the columns issue trackers import, one row per action', () => {
    expect(rows[0]).toEqual([
      'Summary',
      'Assignee',
      'Due date',
      'Description',
      'Status',
      'Reference',
    ]);
    expect(rows).toHaveLength(1 + report.actions.length);
    expect(rows[1]!.slice(0, 3)).toEqual([
      'Design the regional sharding of the orders database',
      'Linus Torvalds',
      '2026-12-18',
    ]);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('describes each action with its RACI and success measure', () => {
    expect(rows[1]![3]!.split('\n')).toEqual([
      'Responsible: Linus Torvalds',
      'Accountable: Grace Hopper',
      'Consulted: Barbara Liskov, Margaret Hamilton',
      'Informed: Support, Finance',
      'Success measure: Design reviewed and load tested at 10x the November peak',
      expect.stringMatching(
        /^From: Product & Engineering strategy offsite 2027.*Group “Scale the data layer”$/,
      ),
    ]);
    expect(rows.map((r) => r[4])).toEqual([
      'Status',
      'To Do',
      'In Progress',
      'To Do',
      'To Do',
      'Done',
    ]);
    expect(rows[4]![1]).toBe('Zoë 🚀 Okafor');
  });

  it('quotes what needs quoting and never starts a field with a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
  });

  it('is named like the other exports', () => {
    expect(exportName(report, 'actionsCsv')).toMatch(
      /^2026-11-26 Product & Engineering .* actions\.csv$/,
    );
    expect(exportName(report, 'calendar')).toMatch(/^2026-11-26 Product & Engineering .*\.ics$/);
  });
});

describe('the calendar file', () => {
  // The agenda's blocks are an option; the default file holds the due dates only.
  const ics = toCalendarIcs(report, { agenda: true });
  const unfolded = ics.replace(/\r\n /g, '');
  const lines = unfolded.split('\r\n');

  it('is a VCALENDAR with CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(
      lines.filter((l) => l === 'END:VEVENT').length,
    );
  });

  it('has every block at its planned time in UTC, from the session zone (Berlin, UTC+1)', () => {
    const blocks = report.days.flatMap((d) => d.blocks);
    expect(lines.filter((l) => l.startsWith('UID:block-'))).toHaveLength(blocks.length);
    const first = unfolded.indexOf(`UID:block-${blocks[0]!.id}@offsite`);
    const event = unfolded.slice(first, unfolded.indexOf('END:VEVENT', first));
    expect(event).toContain('DTSTART:20261126T080000Z');
    expect(event).toContain('DTEND:20261126T083000Z');
    expect(event).toContain('SUMMARY:Welcome and mission');
    expect(event).toContain('LOCATION:Lakeside Conference Centre\\, Room Ada — Zürich');
    // Day 2 starts at 09:00 Berlin again.
    const day2 = report.days[1]!.blocks[0]!;
    const at = unfolded.indexOf(`UID:block-${day2.id}@offsite`);
    expect(unfolded.slice(at, at + 200)).toContain('DTSTART:20261127T080000Z');
  });

  it('holds only the due dates unless the agenda is asked for', () => {
    const plain = toCalendarIcs(report).replace(/\r\n /g, '').split('\r\n');
    const dated = report.actions.filter((a) => a.due).length;
    expect(dated).toBe(5);
    expect(plain.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(dated);
    expect(plain.filter((l) => l.startsWith('UID:action-'))).toHaveLength(dated);
    expect(plain.some((l) => l.startsWith('UID:block-'))).toBe(false);
    expect(exportText(report, 'calendar')).toBe(toCalendarIcs(report));
    expect(exportText(report, 'calendar', { calendarAgenda: true })).toBe(ics);
  });

  it('has an all-day event on each action due date', () => {
    expect(unfolded).toContain('UID:action-ha1@offsite');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261218\r\nDTEND;VALUE=DATE:20261219');
    expect(unfolded).toContain(
      'SUMMARY:Due: A1 Design the regional sharding of the orders database (Linus Torvalds)',
    );
  });

  it('escapes text and folds without splitting a character', () => {
    expect(icsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `SUMMARY:${'é'.repeat(60)}🚀${'x'.repeat(40)}`;
    const folded = foldLine(long);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  it('converts wall-clock times across daylight saving', () => {
    expect(new Date(zonedTime('2026-07-01', 9 * 60, 'Europe/Berlin')).toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(new Date(zonedTime('2026-03-29', 9 * 60, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    expect(new Date(zonedTime('2026-11-26', 9 * 60, 'America/New_York')).toISOString()).toBe(
      '2026-11-26T14:00:00.000Z',
    );
  });
});
