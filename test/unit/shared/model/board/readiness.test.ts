import { describe, expect, it } from 'vitest';
import { readReadiness, setDone } from '#shared/model/board/index';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';

describe('readiness', () => {
  it('counts who is done for everyone and names them only for the facilitator', () => {
    const r = room({}, ['Alice Wonder', 'Bob Builder', 'Cy Clone']);
    const [p1, p2, p3] = r.people.map((p) => p.participantId) as [string, string, string];
    setDone(r.docs[0]!, { blockId: BLOCK, participantId: p1, done: true });
    setDone(r.docs[2]!, { blockId: BLOCK, participantId: p3, done: true });
    sync(...r.all);
    expect(readReadiness(r.docs[1]!, BLOCK, r.people[1]!)).toEqual({
      done: 2,
      total: 3,
      self: false,
      who: null,
    });
    expect(readReadiness(r.facDoc, BLOCK, r.fac).who).toEqual([p1, p3].sort());
    // Undo, and a count against only those online now.
    setDone(r.docs[2]!, { blockId: BLOCK, participantId: p3, done: false });
    sync(...r.all);
    expect(readReadiness(r.facDoc, BLOCK, r.fac, [p1, p2])).toMatchObject({
      done: 1,
      total: 2,
      who: [p1],
    });
    // Marks are per block.
    expect(readReadiness(r.facDoc, 'other-block', r.fac).done).toBe(0);
  });
});
