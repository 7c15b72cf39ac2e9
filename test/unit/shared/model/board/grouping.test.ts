import { describe, expect, it } from 'vitest';
import {
  addBoardNote,
  BoardPermissionError,
  dissolveGroup,
  groupNotes,
  nameGroup,
  readBoard,
  revealNotes,
  ungroupNote,
  type BoardOptions,
} from '#shared/model/board/index';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';

function revealedRoom(options: BoardOptions = {}) {
  const r = room(options);
  for (let i = 1; i <= 4; i++)
    addBoardNote(r.facDoc, {
      blockId: BLOCK,
      text: `idea ${i}`,
      author: r.fac,
      id: `n${i}`,
      now: i,
    });
  revealNotes(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  sync(...r.all);
  return r;
}

const groupsOf = (r: ReturnType<typeof revealedRoom>, i: number) =>
  readBoard(r.docs[i]!, BLOCK, r.people[i]!)!.groups;

describe('grouping', () => {
  it('forms a group by dropping a note onto another, names it, and ungroups', () => {
    const r = revealedRoom();
    const alice = r.people[0]!;
    const doc = r.docs[0]!;
    const g = groupNotes(doc, { noteIds: ['n2'], ontoId: 'n1', actor: alice });
    expect(groupNotes(doc, { noteIds: ['n3'], ontoId: 'n2', actor: alice })).toBe(g);
    nameGroup(doc, { blockId: BLOCK, groupId: g, name: '  Onboarding  ', actor: alice });
    sync(...r.all);
    expect(groupsOf(r, 1)).toEqual([{ id: g, name: 'Onboarding', noteIds: ['n1', 'n2', 'n3'] }]);
    const view = readBoard(r.docs[1]!, BLOCK, r.people[1]!)!;
    expect(view.notes.map((n) => n.groupId)).toEqual([g, g, g, null]);

    ungroupNote(doc, { noteId: 'n3', actor: alice });
    ungroupNote(doc, { noteId: 'n2', actor: alice });
    // A group of one is no group: the last note shows on its own.
    expect(groupsOf(r, 0)).toEqual([]);
    expect(readBoard(doc, BLOCK, alice)!.notes.every((n) => n.groupId === null)).toBe(true);
  });

  it('puts two people who drop onto the same lone note at once into one group', () => {
    const r = revealedRoom();
    groupNotes(r.docs[0]!, { noteIds: ['n2'], ontoId: 'n1', actor: r.people[0]! });
    groupNotes(r.docs[1]!, { noteIds: ['n3'], ontoId: 'n1', actor: r.people[1]! });
    sync(...r.all);
    expect(groupsOf(r, 0)).toEqual(groupsOf(r, 1));
    expect(groupsOf(r, 0).map((g) => g.noteIds)).toEqual([['n1', 'n2', 'n3']]);
  });

  it("follows the facilitator's setting on whether attendees may group, and waits for the reveal", () => {
    const r = revealedRoom({ attendeesMayGroup: false });
    expect(() =>
      groupNotes(r.docs[0]!, { noteIds: ['n2'], ontoId: 'n1', actor: r.people[0]! }),
    ).toThrow(BoardPermissionError);
    const g = groupNotes(r.facDoc, { noteIds: ['n2', 'n3'], ontoId: 'n1', actor: r.fac });
    dissolveGroup(r.facDoc, { blockId: BLOCK, groupId: g, actor: r.fac });
    expect(readBoard(r.facDoc, BLOCK, r.fac)!.groups).toEqual([]);

    const early = room();
    const a = addBoardNote(early.docs[0]!, { blockId: BLOCK, text: 'a', author: early.people[0]! });
    const b = addBoardNote(early.docs[0]!, { blockId: BLOCK, text: 'b', author: early.people[0]! });
    expect(() =>
      groupNotes(early.docs[0]!, { noteIds: [a], ontoId: b, actor: early.people[0]! }),
    ).toThrow('Reveal the notes before grouping.');
  });
});

describe('bench fixture', () => {
  it('builds a revealed board of N notes', async () => {
    const { makeBoardDoc } = await import('#kit/seeds/board');
    const { doc, blockId, facilitator } = makeBoardDoc(300);
    const view = readBoard(doc, blockId, facilitator)!;
    expect(view.phase).toBe('revealed');
    expect(view.notes).toHaveLength(300);
    expect(view.groups).toHaveLength(30);
  });
});
