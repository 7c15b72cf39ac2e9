import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { listPolls } from '#shared/model/polls/read';
import { confidenceLine, ownAnswer, pollResult } from '#shared/model/polls/results';
import { POLL_ANSWERS, POLLS } from '#shared/model/polls/names';
import { addDecision } from '#shared/model/registers/commands';
import { reportFromDoc } from '#shared/export/fromDoc';
import { toMarkdown } from '#shared/export/markdown';
import { captured, judgeOnMesh, toolkitRoom } from '#kit/seeds/judgedRoom';

const voter = (m: { viewer: { participantId: string; authorKey?: Uint8Array } }) => ({
  participantId: m.viewer.participantId,
  authorKey: m.viewer.authorKey,
});

describe('polls', () => {
  it('multiple choice with several answers: one answer per participant, the latest counts', () => {
    const { fac, people, send, pull, host } = toolkitRoom(['Alice Wonder', 'Bob Builder']);
    const [alice, bob] = people as [(typeof people)[0], (typeof people)[0]];
    send(fac, () => {
      createPoll(fac.doc, {
        id: 'p1',
        question: 'Which bets?',
        kind: 'choice',
        options: ['Self-serve', 'Mobile', 'API'],
        multiple: true,
        now: 1,
      });
      updatePoll(fac.doc, { pollId: 'p1', state: 'open' });
    });
    pull(alice, bob);
    const poll = listPolls(alice.doc)[0]!;
    expect(poll.anonymous).toBe(true);
    expect(
      send(alice, () =>
        answerPoll(alice.doc, { pollId: 'p1', values: [0, 2], voter: voter(alice) }),
      ).whole,
    ).toBe(true);
    expect(
      send(alice, () => answerPoll(alice.doc, { pollId: 'p1', values: [0], voter: voter(alice) }))
        .whole,
    ).toBe(true);
    expect(
      send(bob, () => answerPoll(bob.doc, { pollId: 'p1', values: [0, 1], voter: voter(bob) }))
        .whole,
    ).toBe(true);
    const r = pollResult(host, poll);
    expect(r.voters).toBe(2);
    expect(r.counts).toEqual([
      { value: 0, count: 2 },
      { value: 1, count: 1 },
      { value: 2, count: 0 },
    ]);
    pull(alice);
    expect(ownAnswer(alice.doc, poll, voter(alice))).toEqual([0]);
    expect(() => answerPoll(alice.doc, { pollId: 'p1', values: [7], voter: voter(alice) })).toThrow(
      /Pick at least one/,
    );
  });

  it('refuses answers to a closed poll and bad polls with clear errors', () => {
    const doc = new Y.Doc();
    expect(() => createPoll(doc, { question: 'One?', kind: 'choice', options: ['only'] })).toThrow(
      /at least two/,
    );
    createPoll(doc, { id: 'p', question: 'Scale?', kind: 'scale' });
    expect(() =>
      answerPoll(doc, { pollId: 'p', values: [3], voter: { participantId: 'x' } }),
    ).toThrow(/not open/);
    expect(doc.getMap(POLL_ANSWERS).size).toBe(0);
  });

  it('at the hub: a second anonymous answer under another pseudonym is refused; attendees cannot write polls', () => {
    const { fac, people, send, pull, host } = toolkitRoom();
    const [, mallory] = people as [(typeof people)[0], (typeof people)[0]];
    send(fac, () => {
      createPoll(fac.doc, { id: 'p1', question: 'Confidence?', kind: 'fist' });
      updatePoll(fac.doc, { pollId: 'p1', state: 'open' });
    });
    pull(mallory);
    expect(
      send(mallory, () =>
        answerPoll(mallory.doc, { pollId: 'p1', values: [5], voter: voter(mallory) }),
      ).whole,
    ).toBe(true);
    const stuffing = send(mallory, () => {
      const own = mallory.doc.clientID;
      mallory.doc.clientID = 888_888;
      mallory.doc.getMap(POLL_ANSWERS).set('p1/a.feedfeedfeedfeedfeedfeedfeedfeed', { v: [5] });
      mallory.doc.clientID = own;
    });
    expect(stuffing.refused.join()).toMatch(/one pseudonym per participant/);
    const rigged = send(mallory, () =>
      mallory.doc.getMap(POLLS).set('p1', { question: 'Rigged', kind: 'fist', state: 'closed' }),
    );
    expect(rigged.refused.join()).toMatch(/polls is the facilitator's/);
    expect(pollResult(host, listPolls(host)[0]!).voters).toBe(1);
    expect(listPolls(host)[0]!.question).toBe('Confidence?');
  });

  it('named polls: answers are signed; a forged entry in another’s name is refused at the hub and ignored by readers', () => {
    const { fac, people, send, pull, host, authority } = toolkitRoom();
    const [alice, mallory] = people as [(typeof people)[0], (typeof people)[0]];
    send(fac, () => {
      createPoll(fac.doc, { id: 'p1', question: 'Scale?', kind: 'scale', anonymous: false });
      updatePoll(fac.doc, { pollId: 'p1', state: 'open' });
    });
    pull(alice, mallory);
    expect(
      send(alice, () => answerPoll(alice.doc, { pollId: 'p1', values: [4], voter: voter(alice) }))
        .whole,
    ).toBe(true);
    pull(mallory);
    const aliceKey = `p1/p.${alice.viewer.participantId}`;
    const signed = mallory.doc.getMap<Record<string, unknown>>(POLL_ANSWERS).get(aliceKey)!;
    // Forgery: Alice's signature on a different value, in her key.
    const forge = () => mallory.doc.getMap(POLL_ANSWERS).set(aliceKey, { ...signed, v: [1] });
    const forged = captured(mallory.doc, forge);
    const atHub = authority.judge(mallory.identity, forged);
    expect(atHub.update).toBeNull();
    expect(atHub.refused.join()).toMatch(/someone else's/);
    // On the mesh, the receiver's copy of the host's bindings names Mallory's client: refused.
    const receiver = new Y.Doc();
    Y.applyUpdate(receiver, Y.encodeStateAsUpdate(host));
    expect(judgeOnMesh(receiver, forged).refused.join()).toMatch(/someone else's/);
    // Under a client id nobody declared, the mesh takes nothing (it waits for the hub, which
    // knows who sent it); a reader would drop it anyway, its signature not covering the value.
    const stranger = new Y.Doc();
    Y.applyUpdate(stranger, Y.encodeStateAsUpdate(host));
    const unknown = captured(stranger, () =>
      stranger.getMap(POLL_ANSWERS).set(aliceKey, { ...signed, v: [1] }),
    );
    const verdict = judgeOnMesh(receiver, unknown);
    expect(verdict.update).toBeNull();
    expect(verdict.refused.join()).toMatch(/not the sender's/);
    const r = pollResult(receiver, listPolls(receiver)[0]!);
    expect(r.counts.find((c) => c.value === 1)!.count).toBe(0);
    expect(pollResult(host, listPolls(host)[0]!).average).toBe(4);
  });

  it('a confidence vote on a decision reads “committed; average 4.2; 1 below 3” and is in the minutes', () => {
    const names = ['A', 'B', 'C', 'D', 'E'];
    const { fac, people, send, pull, host } = toolkitRoom(names);
    send(fac, () => {
      addDecision(fac.doc, { id: 'd1', title: 'Self-serve first', committed: true });
      createPoll(fac.doc, {
        id: 'c1',
        question: 'How confident are we?',
        kind: 'fist',
        decisionId: 'd1',
        now: 3,
      });
      updatePoll(fac.doc, { pollId: 'c1', state: 'open' });
    });
    pull(...people);
    [5, 5, 5, 5, 1].forEach((v, i) => {
      const p = people[i]!;
      expect(
        send(p, () => answerPoll(p.doc, { pollId: 'c1', values: [v], voter: voter(p) })).whole,
      ).toBe(true);
    });
    const r = pollResult(host, listPolls(host)[0]!);
    expect(confidenceLine(true, r)).toBe('committed; average 4.2; 1 below 3');
    send(fac, () => updatePoll(fac.doc, { pollId: 'c1', state: 'closed' }));
    const report = reportFromDoc(host, { now: 10, timeZone: 'UTC' });
    expect(report.decisions[0]!.confidence).toBe('committed; average 4.2; 1 below 3');
    const md = toMarkdown(report);
    expect(md).toContain('**D1. Self-serve first** (committed; average 4.2; 1 below 3;');
    expect(md).toContain('- **Confidence vote:** committed; average 4.2; 1 below 3');
    expect(md).toMatch(
      /#### How confident are we\?\n\n_fist of five, anonymous; 5 answers; average 4\.2; 1 below 3_/,
    );
  });
});
