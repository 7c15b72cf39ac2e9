// Session details: validated, written only when changed, read tolerantly, and guarded as
// facilitator-only state (meta) by the hub's guard.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSessionDetails, setSessionDetails } from '#shared/model/session/details';
import { ValidationError } from '#shared/model/limits';
import { sessionDoc } from '#shared/model/doc';
import { typeSpec } from '#shared/model/schema';
import { judgeUpdate } from '#shared/model/authority/judgeUpdate';

const details = {
  startDate: '2026-11-26',
  endDate: '2026-11-27',
  place: '  Room 2 ',
  facilitatorName: 'Fran',
  timeZone: 'Europe/Berlin',
};

describe('session details', () => {
  it('are written through the command with its origin and read back clean', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    setSessionDetails(doc, details, 'console');
    expect(origins).toEqual(['console']);
    expect(readSessionDetails(doc)).toEqual({ ...details, place: 'Room 2' });
    // Saving the same details again writes nothing.
    setSessionDetails(doc, details, 'console');
    expect(origins).toHaveLength(1);
    setSessionDetails(doc, { ...details, place: '', endDate: null });
    expect(readSessionDetails(doc)).toMatchObject({ place: '', endDate: null });
    expect(sessionDoc(doc).meta.has('place')).toBe(false);
  });

  it('refuse bad input with a clear error and change nothing', () => {
    const doc = new Y.Doc();
    setSessionDetails(doc, details);
    const bad: [Partial<typeof details>, RegExp][] = [
      [{ startDate: '2026-02-30' }, /first day must be a date/],
      [{ endDate: '2026-11-01' }, /before the first day/],
      [{ timeZone: 'Mars/Olympus' }, /Unknown time zone/],
      [{ place: 'x'.repeat(500) }, /place is 500 characters/],
    ];
    for (const [patch, message] of bad) {
      expect(() => setSessionDetails(doc, { ...details, ...patch })).toThrow(ValidationError);
      expect(() => setSessionDetails(doc, { ...details, ...patch })).toThrow(message);
    }
    expect(readSessionDetails(doc)).toEqual({ ...details, place: 'Room 2' });
  });

  it('read mistyped values from a hostile doc as unset', () => {
    const doc = new Y.Doc();
    const { meta } = sessionDoc(doc);
    meta.set('startDate', 'yesterday');
    meta.set('timeZone', 'Nowhere/Else');
    meta.set('place', 42);
    expect(readSessionDetails(doc)).toEqual({
      startDate: null,
      endDate: null,
      place: '',
      facilitatorName: '',
      timeZone: null,
    });
  });

  it('live in meta, which only the facilitator may write', () => {
    expect(typeSpec('meta')?.writer).toBe('facilitator');
    const host = new Y.Doc();
    const attendee = new Y.Doc();
    Y.applyUpdate(attendee, Y.encodeStateAsUpdate(host));
    const update = (() => {
      let u: Uint8Array | null = null;
      attendee.once('update', (x: Uint8Array) => (u = x));
      setSessionDetails(attendee, { ...details, facilitatorName: 'Mallory' });
      return u!;
    })();
    const mallory = { kind: 'participant', id: 'mallory' } as const;
    const verdict = judgeUpdate(host, update, {
      writerOf: () => mallory,
      ownerOf: (client) => ({ kind: 'unknown', client }),
      deleter: mallory,
    });
    expect(verdict.update).toBeNull();
  });
});
