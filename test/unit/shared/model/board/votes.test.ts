import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBoardNote,
  castVote,
  closeVoting,
  deleteBoardNote,
  openVoting,
  rankTallies,
  readVotes,
  revealNotes,
  takeBackVote,
  voteResults,
  type BoardOptions,
} from '#shared/model/board/index';
import { ValidationError } from '#shared/model/limits';
import { BLOCK, room, sync } from '#kit/seeds/boardReplicas';

/** A revealed board with notes n1..n4 and voting open. */
function votingRoom(options: BoardOptions = {}) {
  const r = room(options, ['Alice Wonder', 'Bob Builder', 'Cy Clone']);
  for (let i = 1; i <= 4; i++)
    addBoardNote(r.facDoc, {
      blockId: BLOCK,
      text: `idea ${i}`,
      author: r.fac,
      id: `n${i}`,
      now: i,
    });
  revealNotes(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  openVoting(r.facDoc, { blockId: BLOCK, facilitator: r.fac });
  sync(...r.all);
  return r;
}

const counts = (doc: Y.Doc, viewer: Parameters<typeof readVotes>[2]) =>
  Object.fromEntries(
    (readVotes(doc, BLOCK, viewer)!.tallies ?? []).map((t) => [t.targetId, t.count]),
  );

describe('dot voting', () => {
  it('gives each person their dots and no more, and respects the maximum per note', () => {
    const { people, docs } = votingRoom({ dotsPerPerson: 3, maxPerNote: 2 });
    const [alice] = people;
    const doc = docs[0]!;
    castVote(doc, { blockId: BLOCK, targetId: 'n1', voter: alice! });
    castVote(doc, { blockId: BLOCK, targetId: 'n1', voter: alice! });
    expect(() => castVote(doc, { blockId: BLOCK, targetId: 'n1', voter: alice! })).toThrow(
      'At most 2 votes can go to one note.',
    );
    castVote(doc, { blockId: BLOCK, targetId: 'n2', voter: alice! });
    expect(() => castVote(doc, { blockId: BLOCK, targetId: 'n3', voter: alice! })).toThrow(
      'You have no votes left.',
    );
    expect(() => castVote(doc, { blockId: BLOCK, targetId: 'nope', voter: alice! })).toThrow(
      ValidationError,
    );
    expect(readVotes(doc, BLOCK, alice!)).toMatchObject({ mine: { n1: 2, n2: 1 }, left: 0 });
  });

  it('never lets a voter exceed their dots from two replicas at once; every replica agrees', () => {
    const { fac, facDoc, people, docs } = votingRoom({ dotsPerPerson: 3 });
    const alice = people[0]!;
    // Alice's second browser: same participant and key, its own replica.
    const second = new Y.Doc();
    sync(facDoc, second);
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n1', voter: alice });
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n2', voter: alice });
    castVote(second, { blockId: BLOCK, targetId: 'n3', voter: alice });
    castVote(second, { blockId: BLOCK, targetId: 'n4', voter: alice });
    // Merge through the raw update path, the way the mesh delivers it.
    Y.applyUpdate(second, Y.encodeStateAsUpdate(docs[0]!));
    Y.applyUpdate(docs[0]!, Y.encodeStateAsUpdate(second));
    sync(facDoc, second, ...docs);

    const views = [docs[0]!, second].map((d) => readVotes(d, BLOCK, alice)!);
    expect(views[0]!.left).toBe(0);
    expect(views[0]!.mine).toEqual(views[1]!.mine);
    expect(Object.values(views[0]!.mine).reduce((a, b) => a + b, 0)).toBe(3);
    expect(() => castVote(second, { blockId: BLOCK, targetId: 'n1', voter: alice })).toThrow(
      'You have no votes left.',
    );

    closeVoting(facDoc, { blockId: BLOCK, facilitator: fac });
    sync(facDoc, second, ...docs);
    const viewers = [fac, alice, ...people];
    const seen = [facDoc, second, ...docs].map((d, i) => counts(d, viewers[i]!));
    for (const c of seen) expect(c).toEqual(seen[0]);
    expect(Object.values(seen[0]!).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('keeps a signature verdict per stored value and key: a signed value copied under another key does not count', () => {
    const { fac, people, docs } = votingRoom({ dotsPerPerson: 3 });
    const [alice] = people;
    const doc = docs[0]!;
    const id = castVote(doc, { blockId: BLOCK, targetId: 'n1', voter: alice! });
    const votes = doc.getMap<unknown>('boardVotes');
    const raw = votes.get(`${BLOCK}/p.${alice!.participantId}/${id}`);
    // Read once (the verdict is remembered), then the same object under a second key.
    expect(counts(doc, fac)).toEqual({ n1: 1 });
    votes.set(`${BLOCK}/p.${alice!.participantId}/copy`, raw);
    expect(counts(doc, fac)).toEqual({ n1: 1 });
    expect(readVotes(doc, BLOCK, alice!)).toMatchObject({ mine: { n1: 1 }, left: 2 });
  });

  it('takes a vote back and frees the dot', () => {
    const { people, docs } = votingRoom();
    const [alice] = people;
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n1', voter: alice! });
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n1', voter: alice! });
    expect(takeBackVote(docs[0]!, { blockId: BLOCK, targetId: 'n1', voter: alice! })).toBe(true);
    expect(takeBackVote(docs[0]!, { blockId: BLOCK, targetId: 'n2', voter: alice! })).toBe(false);
    expect(readVotes(docs[0]!, BLOCK, alice!)).toMatchObject({ mine: { n1: 1 }, left: 2 });
  });

  it("hides others' votes until the close, then ranks them with ties sharing a rank", () => {
    const { fac, facDoc, people, docs } = votingRoom({ dotsPerPerson: 2 });
    const [alice, bob, cy] = people;
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n1', voter: alice! });
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n2', voter: alice! });
    castVote(docs[1]!, { blockId: BLOCK, targetId: 'n1', voter: bob! });
    castVote(docs[1]!, { blockId: BLOCK, targetId: 'n2', voter: bob! });
    castVote(docs[2]!, { blockId: BLOCK, targetId: 'n3', voter: cy! });
    sync(...[facDoc, ...docs]);

    const bobView = readVotes(docs[1]!, BLOCK, bob!)!;
    expect(bobView.tallies).toBeNull();
    expect(bobView.mine).toEqual({ n1: 1, n2: 1 });
    // Not even the raw vote entries in Bob's replica say which note anyone voted for.
    const raw = JSON.stringify(docs[1]!.getMap('boardVotes').toJSON());
    for (const n of ['n1', 'n2', 'n3']) expect(raw).not.toContain(`"${n}"`);
    expect(voteResults(docs[1]!, BLOCK, bob!)).toBeNull();
    // The facilitator can watch the count while voting is open.
    expect(counts(facDoc, fac)).toEqual({ n1: 2, n2: 2, n3: 1 });

    closeVoting(facDoc, { blockId: BLOCK, facilitator: fac });
    sync(...[facDoc, ...docs]);
    const results = voteResults(docs[2]!, BLOCK, cy!)!;
    expect(results.map((r) => [r.targetId, r.count, r.rank, r.tied])).toEqual([
      ['n1', 2, 1, true],
      ['n2', 2, 1, true],
      ['n3', 1, 3, false],
    ]);
    expect(results[0]!.voters).toEqual([alice!.participantId, bob!.participantId].sort());
    expect(() => castVote(docs[2]!, { blockId: BLOCK, targetId: 'n4', voter: cy! })).toThrow(
      'Voting is not open.',
    );
  });

  it('stores anonymous votes under a pseudonym and names nobody in the results', () => {
    const { fac, facDoc, people, docs } = votingRoom({ anonymousVotes: true });
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n1', voter: people[0]! });
    castVote(docs[1]!, { blockId: BLOCK, targetId: 'n1', voter: people[1]! });
    sync(...[facDoc, ...docs]);
    const keys = [...docs[2]!.getMap('boardVotes').keys()];
    expect(keys).toHaveLength(2);
    for (const k of keys) for (const p of people) expect(k).not.toContain(p.participantId);
    closeVoting(facDoc, { blockId: BLOCK, facilitator: fac });
    sync(...[facDoc, ...docs]);
    const results = voteResults(docs[2]!, BLOCK, people[2]!)!;
    expect(results).toEqual([
      { targetId: 'n1', kind: 'note', count: 2, voters: [], rank: 1, tied: false },
    ]);
  });

  it('stops counting votes for a deleted note, which frees those dots', () => {
    const { fac, facDoc, people, docs } = votingRoom({ dotsPerPerson: 1 });
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n4', voter: people[0]! });
    sync(facDoc, docs[0]!);
    deleteBoardNote(facDoc, { noteId: 'n4', actor: fac });
    sync(facDoc, docs[0]!);
    expect(readVotes(docs[0]!, BLOCK, people[0]!)!.left).toBe(1);
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n1', voter: people[0]! });
    expect(readVotes(docs[0]!, BLOCK, people[0]!)!.mine).toEqual({ n1: 1 });
  });

  it('ranks ties at every level', () => {
    const t = (targetId: string, count: number) => ({
      targetId,
      kind: 'note' as const,
      count,
      voters: [],
    });
    expect(
      rankTallies([t('a', 1), t('b', 3), t('c', 1), t('d', 0), t('e', 2)]).map((r) => [
        r.targetId,
        r.rank,
        r.tied,
      ]),
    ).toEqual([
      ['b', 1, false],
      ['e', 2, false],
      ['a', 3, true],
      ['c', 3, true],
    ]);
  });
});

describe('forged votes (a modified client writing vote entries by hand)', () => {
  it('count for nobody: results stay within dots × voters and the honest vote counts', () => {
    const { fac, facDoc, people, docs } = votingRoom({ dotsPerPerson: 3 });
    const [alice, bob] = people;
    castVote(docs[0]!, { blockId: BLOCK, targetId: 'n1', voter: alice! });
    // Bob, with devtools: 30 entries in his own name without a signature, 30 in Alice's name
    // signed with his own key (whose hash is not Alice's id), and entries copied from Alice's
    // with the target swapped.
    sync(facDoc, docs[1]!, docs[0]!);
    const votes = docs[1]!.getMap('boardVotes');
    const [aliceKey, aliceEntry] = [...votes.entries()][0]! as [string, Record<string, unknown>];
    const [, ownVote] = castVoteEntry(docs[1]!, bob!);
    docs[1]!.transact(() => {
      for (let i = 0; i < 30; i++) {
        votes.set(`${BLOCK}/p.${bob!.participantId}/x${i}`, { c: i, s: ownVote.s, m: ownVote.m });
        votes.set(`${BLOCK}/p.${alice!.participantId}/y${i}`, { ...ownVote, c: 100 + i });
        votes.set(`${aliceKey.replace(/[^/]+$/, `z${i}`)}`, { ...aliceEntry, c: -i });
      }
    });
    sync(facDoc, ...docs);
    closeVoting(facDoc, { blockId: BLOCK, facilitator: fac });
    sync(facDoc, ...docs);
    const results = voteResults(docs[2]!, BLOCK, people[2]!)!;
    const total = results.reduce((n, r) => n + r.count, 0);
    expect(total).toBeLessThanOrEqual(3 * people.length);
    // Alice's one honest vote counts, and Bob's one signed vote; nothing else.
    expect(counts(facDoc, fac)).toEqual({ n1: 1, n2: 1 });
  });
});

/** Casts a real vote for n2 and returns the entry as written (what a forger copies). */
function castVoteEntry(doc: Y.Doc, voter: Parameters<typeof castVote>[1]['voter']) {
  const id = castVote(doc, { blockId: BLOCK, targetId: 'n2', voter });
  const key = `${BLOCK}/p.${voter.participantId}/${id}`;
  return [key, doc.getMap('boardVotes').get(key) as Record<string, unknown>] as const;
}
