// The facilitator's breakout commands on one doc: the report-out's timer per group, lifting a
// group's note onto the room's board under the group's name, reshuffling by the plan's rule,
// and bad input refused with a clear message, writing nothing.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { joinSession } from '#shared/model/session/commands';
import { readBoard, setupBoard } from '#shared/model/board/index';
import {
  broadcast,
  liftNote,
  reshuffle,
  showGroup,
  startBreakout,
} from '#shared/model/breakouts/commands';
import { membersByGroup, readBreakout } from '#shared/model/breakouts/read';
import { facilitator } from '#kit/seeds/boardReplicas';
import { setSessionLanguage } from '#shared/model/session/language';

function room(n: number) {
  const doc = new Y.Doc();
  const fac = facilitator();
  setupBoard(doc, { blockId: 'b1', facilitator: fac, options: { privateWriting: false } });
  for (let i = 0; i < n; i++) joinSession(doc, { id: `p${i}`, name: `Person ${i}`, now: i });
  return { doc, fac };
}

describe('breakout commands', () => {
  it('gives each group its report-out time and lifts a note onto the room\u2019s board', () => {
    const { doc, fac } = room(4);
    startBreakout(doc, {
      blockId: 'b1',
      count: 2,
      rule: 'random',
      reportMinutes: 3,
      facilitator: fac,
    });
    showGroup(doc, { blockId: 'b1', groupId: 'g2', now: 1000, facilitator: fac });
    expect(readBreakout(doc, 'b1')?.report).toEqual({ groupId: 'g2', endsAt: 1000 + 180_000 });
    liftNote(doc, {
      blockId: 'b1',
      groupId: 'g2',
      noteId: 'n1',
      text: 'Weekly demos',
      to: 'room',
      facilitator: fac,
      now: 2000,
    });
    const notes = readBoard(doc, 'b1', fac)?.notes ?? [];
    expect(notes.map((n) => [n.text, n.authorName])).toEqual([['Weekly demos', 'Group 2']]);
    expect(readBreakout(doc, 'b1')?.lifted).toEqual([
      { noteId: 'n1', groupId: 'g2', to: 'room', text: 'Weekly demos', at: 2000 },
    ]);
  });

  it('names the groups in the session\u2019s language', () => {
    const { doc, fac } = room(4);
    startBreakout(doc, { blockId: 'b1', count: 2, rule: 'random', facilitator: fac });
    expect(readBreakout(doc, 'b1')?.plan.groups.map((g) => g.name)).toEqual(['Group 1', 'Group 2']);
    setSessionLanguage(doc, 'de');
    startBreakout(doc, { blockId: 'b1', count: 2, rule: 'random', facilitator: fac });
    expect(readBreakout(doc, 'b1')?.plan.groups.map((g) => g.name)).toEqual([
      'Gruppe 1',
      'Gruppe 2',
    ]);
    setSessionLanguage(doc, 'fr');
    startBreakout(doc, { blockId: 'b1', count: 1, rule: 'random', facilitator: fac });
    expect(readBreakout(doc, 'b1')?.plan.groups.map((g) => g.name)).toEqual(['Groupe 1']);
  });

  it('reshuffles everyone into even groups', () => {
    const { doc, fac } = room(7);
    startBreakout(doc, { blockId: 'b1', count: 3, rule: 'hand', facilitator: fac });
    expect(readBreakout(doc, 'b1')?.members.size).toBe(0);
    reshuffle(doc, { blockId: 'b1', facilitator: fac });
    const sizes = [...membersByGroup(readBreakout(doc, 'b1')!).values()].map((m) => m.length);
    expect(sizes.sort()).toEqual([2, 2, 3]);
  });

  it('refuses bad input and writes nothing', () => {
    const { doc, fac } = room(0);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() =>
      startBreakout(doc, { blockId: 'b1', count: 2, rule: 'random', facilitator: fac }),
    ).toThrow('Nobody has joined yet: wait for people, or let them choose.');
    expect(() => startBreakout(doc, { blockId: 'b1', rule: 'self', facilitator: fac })).toThrow(
      'Choose how many groups people choose from.',
    );
    expect(() => broadcast(doc, { blockId: 'b1', text: 'hi', facilitator: fac })).toThrow(
      'This block has no breakout.',
    );
    expect(() =>
      startBreakout(doc, {
        blockId: 'b1',
        count: 2,
        rule: 'self',
        facilitator: { ...fac, isFacilitator: false },
      }),
    ).toThrow('Only the facilitator runs breakouts.');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
