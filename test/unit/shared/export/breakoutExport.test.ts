// The exports' section per breakout group: members (or "anonymous"), notes in the group's own vote
// order, what was lifted to the room; sealed notes counted, never shown, while the breakout runs.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initSession, joinSession } from '#shared/model/session/commands';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import {
  addBoardNote,
  castVote,
  closeVoting,
  groupNotes,
  openVoting,
  setupBoard,
} from '#shared/model/board/index';
import {
  liftNote,
  moveMember,
  recallBreakout,
  startBreakout,
} from '#shared/model/breakouts/commands';
import { groupBoardId } from '#shared/model/breakouts/read';
import { reportFromDoc } from '#shared/export/fromDoc';
import { toMarkdown } from '#shared/export/markdown';
import { toPrintHtml } from '#shared/export/printHtml';
import { attendee, facilitator } from '#kit/seeds/boardReplicas';

function session(anonymous = false) {
  const doc = new Y.Doc();
  initSession(doc, { title: 'Offsite', now: 1 });
  const day = addDay(doc, { id: 'd1', label: 'Day 1' });
  addBlock(doc, {
    id: 'b1',
    dayId: day.id,
    title: 'Ideas',
    kind: 'brainstorm',
    plannedMinutes: 20,
  });
  const fac = facilitator();
  setupBoard(doc, {
    blockId: 'b1',
    facilitator: fac,
    options: { privateWriting: false, anonymous },
  });
  const people = ['Ada', 'Bob', 'Cy'].map((n) => attendee(n, n));
  for (const p of people) joinSession(doc, { id: p.participantId, name: p.name!, now: 2 });
  startBreakout(doc, { blockId: 'b1', count: 2, rule: 'hand', facilitator: fac });
  const groupOf = ['g1', 'g1', 'g2'];
  people.forEach((p, i) =>
    moveMember(doc, {
      blockId: 'b1',
      participantId: p.participantId,
      groupId: groupOf[i]!,
      facilitator: fac,
    }),
  );
  return { doc, fac, people };
}

describe('breakout groups in the exports', () => {
  it('lists each group with its members, its notes by votes and what was lifted', () => {
    const { doc, fac, people } = session();
    const [ada, bob, cy] = people as [
      ReturnType<typeof attendee>,
      ReturnType<typeof attendee>,
      ReturnType<typeof attendee>,
    ];
    const g1 = groupBoardId('b1', 'g1');
    addBoardNote(doc, { blockId: g1, text: 'Fewer meetings', author: ada, id: 'n1', now: 10 });
    addBoardNote(doc, { blockId: g1, text: 'Ship weekly', author: bob, id: 'n2', now: 11 });
    addBoardNote(doc, {
      blockId: groupBoardId('b1', 'g2'),
      text: 'Hire a designer',
      author: cy,
      id: 'n3',
      now: 12,
    });
    // While the breakout runs the export (without the secret) only counts the sealed notes.
    expect(toMarkdown(reportFromDoc(doc, { now: 20 }))).toContain('_2 notes still sealed._');
    expect(toMarkdown(reportFromDoc(doc, { now: 20 }))).not.toContain('Fewer meetings');
    recallBreakout(doc, { blockId: 'b1', facilitator: fac });
    openVoting(doc, { blockId: g1, facilitator: fac });
    castVote(doc, { blockId: g1, targetId: 'n2', voter: ada });
    castVote(doc, { blockId: g1, targetId: 'n2', voter: bob });
    closeVoting(doc, { blockId: g1, facilitator: fac });
    liftNote(doc, {
      blockId: 'b1',
      groupId: 'g1',
      noteId: 'n2',
      text: 'Ship weekly',
      to: 'decision',
      facilitator: fac,
      now: 30,
    });
    const md = toMarkdown(reportFromDoc(doc, { now: 40 }));
    const section = md.slice(md.indexOf('#### Breakout groups'));
    expect(section).toContain(
      [
        '##### Group 1',
        '',
        '_Members: Ada, Bob_',
        '',
        '- Ship weekly (2 votes)',
        '- Fewer meetings',
        '',
        '- Lifted to decisions: Ship weekly',
      ].join('\n'),
    );
    expect(section).toContain(
      ['##### Group 2', '', '_Members: Cy_', '', '- Hire a designer'].join('\n'),
    );
    const html = toPrintHtml(reportFromDoc(doc, { now: 40 }));
    expect(html).toContain('<h5>Group 1</h5>');
    expect(html).toContain('Lifted to decisions: Ship weekly');
  });

  it('counts a dot on a note group for each of its notes', () => {
    const { doc, fac, people } = session();
    const [ada, bob] = people as [ReturnType<typeof attendee>, ReturnType<typeof attendee>];
    const g1 = groupBoardId('b1', 'g1');
    addBoardNote(doc, { blockId: g1, text: 'Fewer meetings', author: ada, id: 'n1', now: 10 });
    addBoardNote(doc, { blockId: g1, text: 'Ship weekly', author: bob, id: 'n2', now: 11 });
    addBoardNote(doc, { blockId: g1, text: 'Demo days', author: bob, id: 'n3', now: 12 });
    recallBreakout(doc, { blockId: 'b1', facilitator: fac });
    const group = groupNotes(doc, { noteIds: ['n3'], ontoId: 'n2', actor: fac });
    openVoting(doc, { blockId: g1, facilitator: fac });
    castVote(doc, { blockId: g1, targetId: group, voter: ada });
    castVote(doc, { blockId: g1, targetId: 'n3', voter: bob });
    closeVoting(doc, { blockId: g1, facilitator: fac });
    const md = toMarkdown(reportFromDoc(doc, { now: 40 }));
    expect(md).toContain(
      ['- Demo days (2 votes)', '- Ship weekly (1 vote)', '- Fewer meetings'].join('\n'),
    );
  });

  it('says "anonymous" for the members of an anonymous board', () => {
    const { doc } = session(true);
    expect(toMarkdown(reportFromDoc(doc, { now: 20 }))).toContain('_Members: anonymous_');
  });
});
