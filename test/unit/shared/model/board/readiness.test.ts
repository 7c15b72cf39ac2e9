import { describe, expect, it } from 'vitest';
import { readReadiness, roomReadiness, setDone } from '#shared/model/board/index';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';
import { toolkitRoom, type Member } from '#kit/seeds/judgedRoom';
import { BOARD_MAPS } from '#shared/model/board/names';
import { readyKey } from '#shared/model/authority/ownerKeys';

describe('readiness', () => {
  it('counts who is done for everyone and names them only for the facilitator', () => {
    const r = room({}, ['Alice Wonder', 'Bob Builder', 'Cy Clone']);
    const [p1, p2, p3] = r.people.map((p) => p.participantId) as [string, string, string];
    const key = (i: number) => r.people[i]!.authorKey;
    setDone(r.docs[0]!, { blockId: BLOCK, participantId: p1, authorKey: key(0), done: true });
    setDone(r.docs[2]!, { blockId: BLOCK, participantId: p3, authorKey: key(2), done: true });
    sync(...r.all);
    expect(readReadiness(r.docs[1]!, BLOCK, r.people[1]!)).toEqual({
      done: 2,
      total: 3,
      self: false,
      who: null,
    });
    expect(readReadiness(r.facDoc, BLOCK, r.fac).who).toEqual([p1, p3].sort());
    // Undo, and a count against only those online now.
    setDone(r.docs[2]!, { blockId: BLOCK, participantId: p3, authorKey: key(2), done: false });
    sync(...r.all);
    expect(readReadiness(r.facDoc, BLOCK, r.fac, [p1, p2])).toMatchObject({
      done: 1,
      total: 2,
      who: [p1],
    });
    // Marks are per block.
    expect(readReadiness(r.facDoc, 'other-block', r.fac).done).toBe(0);
  });

  it('counts only flags their participant signed: a forged or copied flag counts for nobody', () => {
    const r = room({}, ['Alice Wonder', 'Bob Builder', 'Mallory Mal']);
    const [alice, bob] = r.people.map((p) => p.participantId) as [string, string, string];
    setDone(r.docs[0]!, {
      blockId: BLOCK,
      participantId: alice,
      authorKey: r.people[0]!.authorKey,
      done: true,
    });
    sync(...r.all);
    // Mallory's devtools, past every judge (as a forgery under a bound client id at a clock no
    // receiver has seen would be): Bob "done" as a bare flag, and as a copy of Alice's signed one.
    const ready = r.docs[2]!.getMap<unknown>(BOARD_MAPS.ready);
    ready.set(readyKey(BLOCK, bob), true);
    ready.set(readyKey('other-block', alice), ready.get(readyKey(BLOCK, alice)));
    sync(...r.all);
    expect(readReadiness(r.facDoc, BLOCK, r.fac)).toMatchObject({ done: 1, who: [alice] });
    expect(readReadiness(r.docs[1]!, BLOCK, r.people[1]!).self).toBe(false);
    expect(readReadiness(r.facDoc, 'other-block', r.fac).done).toBe(0);
    // Nobody online: who is done still counts, and a forged flag brings nobody into the count.
    expect(roomReadiness(r.facDoc, BLOCK, r.fac, [])).toMatchObject({ done: 1, total: 1 });
    expect(roomReadiness(r.facDoc, 'other-block', r.fac, [])).toMatchObject({ done: 0, total: 0 });
  });

  it('a signed flag passes the hub’s judge', () => {
    const { people, send, host } = toolkitRoom(['Ann']);
    const [ann] = people as [Member];
    const verdict = send(ann, () =>
      setDone(ann.doc, {
        blockId: BLOCK,
        participantId: ann.viewer.participantId,
        authorKey: ann.viewer.authorKey,
        done: true,
      }),
    );
    expect(verdict.whole).toBe(true);
    expect(readReadiness(host, BLOCK, ann.viewer).self).toBe(true);
  });
});
