// The session's language (meta.language) against the real hub: set when the session is made from
// the new-session form's language, the facilitator's to change, and refused from an attendee who
// writes it with the join code and devtools.
import { describe, expect, it } from 'vitest';
import { connectHubPeer, facilitatorPeer } from '#kit/hubPeer';
import { useHost } from '#kit/useHost';
import { hostApi } from '#kit/hostApi';
import { readSessionLanguage, setSessionLanguage } from '#shared/model/session/language';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { joinSession } from '#shared/model/session/commands';

const logs: string[] = [];
const hub = useHost(() => {
  logs.length = 0;
  return { log: (m) => logs.push(m) };
});
const WAIT = { timeout: 10_000 };

describe('the session language', () => {
  it('is the new-session form’s language, the facilitator’s to change, never an attendee’s', async () => {
    const api = hostApi(hub.host);
    const s = await api.createSession({
      title: 'Klausur',
      template: 'retrospective',
      language: 'de',
    });
    const fac = facilitatorPeer(hub.host, s.id);
    const mallory = connectHubPeer({
      url: hub.host.localUrl,
      sessionId: s.id,
      role: { as: 'attendee', joinCode: s.joinCode },
    });
    try {
      await Promise.all([fac.synced, mallory.synced]);
      expect(readSessionLanguage(fac.doc)).toBe('de');
      expect(readSessionLanguage(mallory.doc)).toBe('de');

      // Mallory may write to the room (what she writes arrives)...
      const id = mallory.participantId!;
      joinSession(mallory.doc, { id, name: 'Mallory', authorKey: mallory.authorKey });
      addParkingItem(mallory.doc, {
        text: 'Before the attack',
        authorId: id,
        authorName: 'Mallory',
        authorKey: mallory.authorKey,
      });
      await expect.poll(() => listParkingItems(fac.doc).length, WAIT).toBe(1);
      // ...but not the session's language: the hub refuses it and the room keeps German.
      setSessionLanguage(mallory.doc, 'fr');
      await expect
        .poll(
          () => logs.some((l) => /refused part of an update from a attendee.*meta/.test(l)),
          WAIT,
        )
        .toBe(true);
      const replica = await hub.host.hub.open(s.id);
      expect(readSessionLanguage(replica.doc)).toBe('de');
      expect(readSessionLanguage(fac.doc)).toBe('de');

      // The facilitator's change reaches the room.
      setSessionLanguage(fac.doc, 'fr');
      await expect.poll(() => readSessionLanguage(replica.doc), WAIT).toBe('fr');
    } finally {
      mallory.destroy();
      fac.destroy();
    }
  });

  it('is English for a session made without one, and for a value Offsite does not speak', async () => {
    const s = await hub.session('Plain');
    const replica = await hub.host.hub.open(s.id);
    expect(replica.doc.getMap('meta').has('language')).toBe(false);
    expect(readSessionLanguage(replica.doc)).toBe('en');
    replica.doc.getMap('meta').set('language', 'tlh');
    expect(readSessionLanguage(replica.doc)).toBe('en');
    expect(() => setSessionLanguage(replica.doc, 'tlh' as never)).toThrow(/Unknown language/);
  });
});
