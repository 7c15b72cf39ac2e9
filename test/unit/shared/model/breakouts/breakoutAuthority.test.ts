// The attacks on a breakout, each written first and watched succeed: an attendee with devtools
// writes straight into the doc, past every command's check. Writing into another group's board,
// reading it before the reveal, joining a full group and moving oneself are refused by the hub's
// rules (ReplicaAuthority) and by the mesh's judge alike; the same writes by a member pass.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { captured, judgeOnMesh, toolkitRoom, type Member } from '#kit/seeds/judgedRoom';
import { replicaMentions } from '#kit/seeds/boardReplicas';
import {
  addBoardNote,
  castVote,
  groupNotes,
  readBoard,
  setDone,
  setupBoard,
} from '#shared/model/board/index';
import {
  moveMember,
  pickGroup,
  recallBreakout,
  revealToGroup,
  setGroupVoting,
  setOwnBreakoutFields,
  startBreakout,
} from '#shared/model/breakouts/commands';
import { BREAKOUT_MAPS } from '#shared/model/breakouts/names';
import {
  groupBoardId,
  memberKey,
  membersByGroup,
  readBreakout,
} from '#shared/model/breakouts/read';
import { openSightKeys } from '#shared/model/breakouts/sight';
import { settleBreakouts } from '#shared/model/breakouts/placement';

const BLOCK = 'b-ideas';
const G1 = groupBoardId(BLOCK, 'g1');
const G2 = groupBoardId(BLOCK, 'g2');

/** Ann and Bob in group 1, Cy and Mallory in group 2, placed by the facilitator's hand. */
function splitRoom(rule: 'hand' | 'self' = 'hand', cap: number | null = null, privately = false) {
  const r = toolkitRoom(['Ann', 'Bob', 'Cy', 'Mallory']);
  const [ann, bob, cy, mallory] = r.people as [Member, Member, Member, Member];
  for (const p of r.people)
    r.send(p, () =>
      setOwnBreakoutFields(p.doc, {
        participantId: p.viewer.participantId,
        authorKey: p.viewer.authorKey,
      }),
    );
  r.pull(r.fac);
  r.send(r.fac, () => {
    setupBoard(r.fac.doc, {
      blockId: BLOCK,
      facilitator: r.fac.viewer,
      options: { privateWriting: privately },
    });
    startBreakout(r.fac.doc, {
      blockId: BLOCK,
      count: 2,
      rule,
      cap,
      facilitator: r.fac.viewer,
    });
    if (rule === 'hand')
      for (const [p, g] of [
        [ann, 'g1'],
        [bob, 'g1'],
        [cy, 'g2'],
        [mallory, 'g2'],
      ] as const)
        moveMember(r.fac.doc, {
          blockId: BLOCK,
          participantId: p.viewer.participantId,
          groupId: g,
          facilitator: r.fac.viewer,
        });
  });
  r.pull(...r.people);
  return { ...r, ann, bob, cy, mallory };
}

/** What `m` writes raw into the doc, judged by the hub and, separately, by a mesh receiver. */
function attack(r: ReturnType<typeof splitRoom>, m: Member, receiver: Member, fn: () => void) {
  const update = captured(m.doc, fn);
  const hub = r.authority.judge(m.identity, update);
  if (hub.update) Y.applyUpdate(r.host, hub.update, 'hub');
  return { hub, mesh: judgeOnMesh(receiver.doc, update) };
}

const notesOn = (doc: Y.Doc, boardId: string) =>
  [...doc.getMap<Y.Map<unknown>>('boardNotes').values()].filter((m) => m.get('blockId') === boardId)
    .length;

describe('breakouts: who may write and read a group board', () => {
  it('refuses a note and a "done" flag written into another group\u2019s board', () => {
    const r = splitRoom();
    const { mallory, cy, ann } = r;
    const intoG1 = attack(r, mallory, ann, () =>
      addBoardNote(mallory.doc, { blockId: G1, text: 'planted', author: mallory.viewer }),
    );
    expect(intoG1.hub.whole).toBe(false);
    expect(intoG1.hub.refused.join()).toMatch(/not in group g1|group g1/);
    expect(intoG1.mesh.whole).toBe(false);
    expect(notesOn(r.host, G1)).toBe(0);

    const done = attack(r, mallory, ann, () =>
      mallory.doc
        .getMap('boardReady')
        .set(memberKey(G1, mallory.viewer.participantId), { flag: true }),
    );
    expect(done.hub.whole).toBe(false);
    expect(done.mesh.whole).toBe(false);

    // Her group's board takes the same writes from a member (Cy: Mallory's own replica now
    // holds what the hub refused, which her later updates would hang on).
    const own = attack(r, cy, mallory, () => {
      addBoardNote(cy.doc, { blockId: G2, text: 'ours', author: cy.viewer });
      setDone(cy.doc, {
        blockId: G2,
        participantId: cy.viewer.participantId,
        authorKey: cy.viewer.authorKey,
        done: true,
      });
    });
    expect(own.hub.refused).toEqual([]);
    expect(own.hub.whole).toBe(true);
    expect(own.mesh.whole).toBe(true);
    expect(notesOn(r.host, G2)).toBe(1);
  });

  it('refuses every write into a group board once the room is recalled', () => {
    const r = splitRoom();
    r.send(r.fac, () => recallBreakout(r.fac.doc, { blockId: BLOCK, facilitator: r.fac.viewer }));
    r.pull(...r.people);
    const late = attack(r, r.ann, r.bob, () =>
      addBoardNote(r.ann.doc, { blockId: G1, text: 'too late', author: r.ann.viewer }),
    );
    expect(late.hub.whole).toBe(false);
    expect(late.mesh.whole).toBe(false);
  });

  it('keeps a group\u2019s notes unreadable to other groups until the reveal', () => {
    const r = splitRoom();
    const { ann, bob, mallory } = r;
    r.send(ann, () =>
      addBoardNote(ann.doc, { blockId: G1, text: 'secret roadmap idea', author: ann.viewer }),
    );
    r.pull(bob, mallory, r.fac);
    // Not in anyone's replica as text: not the host's, not Mallory's.
    expect(replicaMentions(r.host, 'secret roadmap idea')).toEqual({ bytes: false, json: false });
    expect(replicaMentions(mallory.doc, 'secret roadmap idea')).toEqual({
      bytes: false,
      json: false,
    });
    const malloryKeys = openSightKeys(
      mallory.doc,
      mallory.viewer.participantId,
      mallory.viewer.authorKey!,
    );
    expect([...malloryKeys.keys()]).toEqual([G2]);
    const malloryView = readBoard(mallory.doc, G1, { ...mallory.viewer, boardKeys: malloryKeys });
    expect(malloryView?.notes).toEqual([]);
    expect(malloryView?.hidden.total).toBe(1);
    // Her group-mate reads it with the key sealed to him.
    const bobKeys = openSightKeys(bob.doc, bob.viewer.participantId, bob.viewer.authorKey!);
    const bobView = readBoard(bob.doc, G1, { ...bob.viewer, boardKeys: bobKeys });
    expect(bobView?.notes.map((n) => n.text)).toEqual(['secret roadmap idea']);
    // The recall reveals every group board: now the room reads it.
    r.send(r.fac, () => recallBreakout(r.fac.doc, { blockId: BLOCK, facilitator: r.fac.viewer }));
    r.pull(mallory);
    expect(readBoard(mallory.doc, G1, mallory.viewer)?.notes.map((n) => n.text)).toEqual([
      'secret roadmap idea',
    ]);
  });

  it('on a private-writing board: no grouping before the group\u2019s reveal, none on another group\u2019s board, no vote there', () => {
    const r = splitRoom('hand', null, true);
    const { ann, bob, cy, mallory } = r;
    const keysOf = (m: Member) => openSightKeys(m.doc, m.viewer.participantId, m.viewer.authorKey!);
    let a = '';
    let b = '';
    r.send(ann, () => {
      a = addBoardNote(ann.doc, { blockId: G1, text: 'Ann idea', author: ann.viewer });
    });
    r.send(bob, () => {
      b = addBoardNote(bob.doc, { blockId: G1, text: 'Bob idea', author: bob.viewer });
    });
    r.pull(...r.people, r.fac);
    // Bob groups before the facilitator revealed his group's notes to it: refused by both judges.
    const early = attack(r, bob, ann, () =>
      bob.doc.getMap<Y.Map<unknown>>('boardNotes').get(a)!.set('groupId', `g-${b}`),
    );
    expect(early.hub.whole).toBe(false);
    expect(early.hub.refused.join()).toMatch(/not revealed/);
    expect(early.mesh.whole).toBe(false);

    r.send(r.fac, () =>
      revealToGroup(r.fac.doc, { blockId: BLOCK, groupId: 'g1', facilitator: r.fac.viewer }),
    );
    r.pull(...r.people);
    expect([...keysOf(ann).keys()]).toEqual([G1]);
    expect([...keysOf(mallory).keys()]).toEqual([]);
    // Mallory (group 2) groups group 1's notes: refused.
    const foreign = attack(r, mallory, ann, () =>
      mallory.doc.getMap<Y.Map<unknown>>('boardNotes').get(a)!.set('groupId', `g-${b}`),
    );
    expect(foreign.hub.whole).toBe(false);
    expect(foreign.hub.refused.join()).toMatch(/not in group g1/);
    expect(foreign.mesh.whole).toBe(false);
    // Ann, a member, groups them now.
    const own = attack(r, ann, cy, () =>
      groupNotes(ann.doc, {
        noteIds: [a],
        ontoId: b,
        actor: { ...ann.viewer, boardKeys: keysOf(ann) },
      }),
    );
    expect(own.hub.refused).toEqual([]);
    expect(own.mesh.whole).toBe(true);

    r.send(r.fac, () =>
      setGroupVoting(r.fac.doc, {
        blockId: BLOCK,
        groupId: 'g1',
        open: true,
        facilitator: r.fac.viewer,
      }),
    );
    r.pull(...r.people);
    // Cy (group 2) votes on group 1's board: refused by both; Ann's vote passes.
    const vote = attack(r, cy, ann, () =>
      castVote(cy.doc, { blockId: G1, targetId: `g-${b}`, voter: cy.viewer }),
    );
    expect(vote.hub.whole).toBe(false);
    expect(vote.hub.refused.join()).toMatch(/not in group g1/);
    expect(vote.mesh.whole).toBe(false);
    const ours = attack(r, ann, bob, () =>
      castVote(ann.doc, { blockId: G1, targetId: `g-${b}`, voter: ann.viewer }),
    );
    expect(ours.hub.refused).toEqual([]);
    expect(ours.mesh.whole).toBe(true);
  });

  it('never seats anyone in a full group, by a pick or by writing membership', () => {
    const r = splitRoom('self', 1);
    const { ann, mallory } = r;
    r.send(ann, () =>
      pickGroup(ann.doc, {
        blockId: BLOCK,
        participantId: ann.viewer.participantId,
        groupId: 'g1',
      }),
    );
    r.host.transact(() => settleBreakouts(r.host, r.fac.viewer.facilitatorSecret!), 'host');
    r.pull(...r.people);
    expect(readBreakout(r.host, BLOCK)?.members.get(ann.viewer.participantId)).toBe('g1');
    // The command refuses; devtools write the pick anyway. The judges take it as a wish (two
    // racing for a last seat both pick while it looks open, and a refused write would hang every
    // later write of the loser's: breakoutRoom.test), and the host never seats it over the cap.
    expect(() =>
      pickGroup(mallory.doc, {
        blockId: BLOCK,
        participantId: mallory.viewer.participantId,
        groupId: 'g1',
      }),
    ).toThrow(/full/);
    const pick = attack(r, mallory, ann, () =>
      mallory.doc
        .getMap(BREAKOUT_MAPS.picks)
        .set(memberKey(BLOCK, mallory.viewer.participantId), 'g1'),
    );
    expect(pick.hub.whole).toBe(true);
    r.host.transact(() => settleBreakouts(r.host, r.fac.viewer.facilitatorSecret!), 'host');
    expect(readBreakout(r.host, BLOCK)?.members.get(mallory.viewer.participantId)).toBeUndefined();
    expect(membersByGroup(readBreakout(r.host, BLOCK)!).get('g1')).toEqual([
      ann.viewer.participantId,
    ]);
    // Writing membership herself is refused outright (facilitator state).
    const member = attack(r, mallory, ann, () =>
      mallory.doc
        .getMap(BREAKOUT_MAPS.members)
        .set(memberKey(BLOCK, mallory.viewer.participantId), 'g1'),
    );
    expect(member.hub.whole).toBe(false);
    expect(member.mesh.whole).toBe(false);
    r.host.transact(() => settleBreakouts(r.host, r.fac.viewer.facilitatorSecret!), 'host');
    expect(readBreakout(r.host, BLOCK)?.members.get(mallory.viewer.participantId)).toBeUndefined();
    // A pick for a group that does not exist is refused by both.
    const nowhere = attack(r, r.cy, ann, () =>
      r.cy.doc.getMap(BREAKOUT_MAPS.picks).set(memberKey(BLOCK, r.cy.viewer.participantId), 'g9'),
    );
    expect(nowhere.hub.whole).toBe(false);
    expect(nowhere.mesh.whole).toBe(false);
  });

  it('refuses moving oneself to another group, by membership or by a new pick', () => {
    const r = splitRoom();
    const { ann, bob } = r;
    const id = ann.viewer.participantId;
    const member = attack(r, ann, bob, () =>
      ann.doc.getMap(BREAKOUT_MAPS.members).set(memberKey(BLOCK, id), 'g2'),
    );
    expect(member.hub.whole).toBe(false);
    expect(member.mesh.whole).toBe(false);
    const pick = attack(r, ann, bob, () =>
      ann.doc.getMap(BREAKOUT_MAPS.picks).set(memberKey(BLOCK, id), 'g2'),
    );
    expect(pick.hub.whole).toBe(false);
    expect(pick.mesh.whole).toBe(false);
    r.host.transact(() => settleBreakouts(r.host, r.fac.viewer.facilitatorSecret!), 'host');
    expect(readBreakout(r.host, BLOCK)?.members.get(id)).toBe('g1');
  });
});
