// One refused write does not cut an honest attendee off. A client's writes form one chain of clocks;
// the hub drops what it refuses, and before it filled those clocks (judgeUpdate's Verdict.hole)
// every later write of that page waited at the hub for them for good: an attendee whose vote or
// answer came a moment after the facilitator closed it, or whose pick lost a race for a group's
// last seat, lost everything they wrote after it, silently, until a reload.
import { describe, expect, it } from 'vitest';
import { connectHubPeer, facilitatorPeer } from '#kit/hubPeer';
import { useHost } from '#kit/useHost';
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

describe('after a refused write', () => {
  it('the same page’s next writes still reach the hub and the room', async () => {
    const s = await hub.session('Chain');
    const fac = facilitatorPeer(hub.host, s.id);
    const ann = connectHubPeer({
      url: hub.host.localUrl,
      sessionId: s.id,
      role: { as: 'attendee', joinCode: s.joinCode },
    });
    try {
      await Promise.all([fac.synced, ann.synced]);
      const id = ann.participantId!;
      const park = (text: string) =>
        addParkingItem(ann.doc, {
          text,
          authorId: id,
          authorName: 'Ann',
          authorKey: ann.authorKey,
        });
      joinSession(ann.doc, { id, name: 'Ann', authorKey: ann.authorKey });
      park('Before the refusal');
      await expect.poll(() => listParkingItems(fac.doc).length, WAIT).toBe(1);

      // A write the hub refuses (the session's facts are the facilitator's), from Ann's own client.
      setSessionLanguage(ann.doc, 'fr');
      await expect
        .poll(() => logs.some((l) => /refused part of an update from a attendee/.test(l)), WAIT)
        .toBe(true);

      // Her next writes arrive, and what was refused stays refused.
      park('After the refusal');
      park('And one more');
      await expect
        .poll(
          () =>
            listParkingItems(fac.doc)
              .map((i) => i.text)
              .sort(),
          WAIT,
        )
        .toEqual(['After the refusal', 'And one more', 'Before the refusal']);
      const replica = await hub.host.hub.open(s.id);
      expect(replica.doc.store.pendingStructs).toBeNull();
      expect(readSessionLanguage(replica.doc)).toBe('en');
      expect(readSessionLanguage(fac.doc)).toBe('en');
    } finally {
      ann.destroy();
      fac.destroy();
    }
  });
});
