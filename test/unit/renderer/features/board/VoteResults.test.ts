// Ranked dot-voting results (renderer/features/board/VoteResults.tsx) rendered to HTML from votes
// cast through the board's commands: each row named with its rank, label and count, a tie said in
// words, and a plain sentence when nobody voted.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { VoteResults } from '../../../../../renderer/features/board/VoteResults';
import {
  addBoardNote,
  castVote,
  closeVoting,
  openVoting,
  rankTallies,
  readBoard,
  readVotes,
  revealNotes,
  type BoardViewer,
} from '#shared/model/board/index';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';
import { renderHtml, textOf, within } from '../../renderHtml';

function voted(votes: [number, number][]) {
  const r = room({ dotsPerPerson: 3 }, ['Alice Wonder', 'Bob Builder', 'Cleo Chen']);
  const people = r.people as BoardViewer[];
  const docs = r.docs as Y.Doc[];
  const ids = ['Ship sooner', 'Fewer meetings', 'Better coffee'].map((text, i) =>
    addBoardNote(docs[i]!, { blockId: BLOCK, text, author: people[i]! }),
  );
  sync(...r.all);
  revealNotes(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  openVoting(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  sync(...r.all);
  for (const [who, note] of votes)
    castVote(docs[who]!, { blockId: BLOCK, targetId: ids[note]!, voter: people[who]! });
  sync(...r.all);
  closeVoting(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  sync(...r.all);
  const view = readBoard(docs[0]!, BLOCK, people[0]!)!;
  const tallies = readVotes(docs[0]!, BLOCK, people[0]!)!.tallies!;
  return renderHtml(VoteResults, { ranked: rankTallies(tallies), view, big: true });
}

describe('VoteResults', () => {
  it('ranks the notes by dots, each row named with rank, note and count', () => {
    const html = voted([
      [0, 1],
      [1, 1],
      [2, 1],
      [0, 0],
      [1, 0],
      [2, 2],
    ]);
    const list = within(html, '<ol');
    const labels = [...list.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(labels).toEqual([
      '1st: Fewer meetings, 3 votes',
      '2nd: Ship sooner, 2 votes',
      '3rd: Better coffee, 1 vote',
    ]);
    expect(textOf(html)).toMatch(/^Results/);
  });

  it('says a tie in words', () => {
    const html = voted([
      [0, 0],
      [1, 1],
    ]);
    const labels = [...within(html, '<ol').matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(l).toMatch(/^=1st \(tie\): .+, 1 vote$/);
  });

  it('says when no votes were cast', () => {
    expect(textOf(voted([]))).toBe('ResultsNo votes were cast.');
  });
});
