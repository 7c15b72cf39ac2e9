// Issue 22: attendee text (a promoted note's text, an owner's name) and the facilitator's templates
// (block titles) reach the iCalendar and CSV files. A reader that splits lines as Python's
// `str.splitlines` does breaks at VT, FF, FS/GS/RS, NEL, LINE and PARAGRAPH SEPARATOR too, so each
// of them left raw in a value would start a property line of the attacker's (`BEGIN:VALARM`,
// `TRIGGER`, `ATTACH`). The files are read back here exactly that way.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initSession } from '#shared/model/session/commands';
import { setSessionDetails } from '#shared/model/session/details';
import { applyTemplate } from '#shared/templates/index';
import { getAgenda } from '#shared/model/agenda/read';
import { updateBlock, updateDay } from '#shared/model/agenda/commands';
import { addAction } from '#shared/model/registers/commands';
import { reportFromDoc } from '#shared/export/fromDoc';
import { toCalendarIcs } from '#shared/export/calendarIcs';
import { toActionsCsv } from '#shared/export/actionsCsv';

/** Python's str.splitlines: \r\n, \n, \r, \v, \f, \x1c, \x1d, \x1e, \x85, \u2028, \u2029. */
// eslint-disable-next-line no-control-regex
const SPLITLINES = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const splitlines = (s: string) =>
  s.split(SPLITLINES).filter((l, i, all) => i < all.length - 1 || l);

const BREAKS = ['\n', '\r', '\r\n', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029'];
const INJECTED = ['BEGIN:VALARM', 'TRIGGER:-PT5M', 'ACTION:DISPLAY', 'ATTACH:http://evil.test/x'];
/** Each break before each injected property: every way in, in one value. */
const attack = (lead: string) =>
  lead +
  BREAKS.map((br, i) => `${br}${INJECTED[i % INJECTED.length]}`).join('') +
  '\u2028END:VALARM';

function hostileDoc(): Y.Doc {
  const doc = new Y.Doc();
  initSession(doc, { title: attack('Offsite'), now: Date.UTC(2026, 10, 26) });
  applyTemplate(doc, 'retrospective');
  setSessionDetails(doc, { place: attack('Room').slice(0, 110), timeZone: 'Europe/Berlin' });
  const day = getAgenda(doc).days[0]!;
  updateDay(doc, { dayId: day.id, date: '2026-11-26' });
  // A template's block title, as an imported template file could carry it.
  updateBlock(doc, { blockId: day.blocks[0]!.id, title: attack('Check-in').slice(0, 200) });
  addAction(doc, {
    title: attack('Fix the build').slice(0, 200),
    responsible: `Ada\u2028ATTACH:x\x85TRIGGER:-PT1M\vBEGIN:VALARM`,
    accountable: `Grace\fATTACH:y\x1cACTION:AUDIO`,
    consulted: [`Linus\u2029ATTACH:z\x1dBEGIN:VALARM\x1eTRIGGER:P1D`],
    informed: [],
    due: '2026-12-01',
    successMeasure: attack('Green'),
    sourceBlockId: day.blocks[0]!.id,
  });
  return doc;
}

describe('iCalendar and CSV text values', () => {
  const report = reportFromDoc(hostileDoc(), { now: Date.UTC(2026, 10, 26, 12) });

  it('give a splitlines reader no property line but their own (with the agenda too)', () => {
    for (const agenda of [false, true]) {
      const ics = toCalendarIcs(report, { agenda });
      const lines = splitlines(ics);
      // Continuation lines start with a space; every other line is one of ours.
      const names = lines.filter((l) => !l.startsWith(' ')).map((l) => /^[A-Z-]+/.exec(l)?.[0]);
      const ours = new Set([
        'BEGIN',
        'END',
        'VERSION',
        'PRODID',
        'CALSCALE',
        'METHOD',
        'X-WR-CALNAME',
        'UID',
        'DTSTAMP',
        'DTSTART',
        'DTEND',
        'SUMMARY',
        'DESCRIPTION',
        'LOCATION',
        'CATEGORIES',
        'TRANSP',
      ]);
      expect(names.filter((n) => !n || !ours.has(n))).toEqual([]);
      for (const l of lines) expect(l).not.toMatch(/^(BEGIN|END):VALARM|^TRIGGER|^ATTACH|^ACTION/);
      // The text is kept, as escaped line breaks.
      expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Due: A1 Fix the build\\nBEGIN:VALARM');
      // Each break of the value became one escaped \n: the same count as our RFC line ends.
      expect(lines.length).toBe(ics.split('\r\n').length - 1);
    }
  });

  it('leave a CSV with no line break but LF inside quotes and CRLF between rows', () => {
    const csv = toActionsCsv(report);
    // eslint-disable-next-line no-control-regex
    expect(csv).not.toMatch(/[\v\f\x1c-\x1e\x85\u2028\u2029]|\r(?!\n)/);
    const rows = csv.split('\r\n');
    expect(rows).toHaveLength(3); // header, one action, the final empty string
    expect(rows[1]).toMatch(/^"Fix the build\nBEGIN:VALARM/);
  });
});
