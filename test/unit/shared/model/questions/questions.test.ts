import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  askQuestion,
  markAnswered,
  pinQuestion,
  setAnswer,
  toggleUpvote,
} from '#shared/model/questions/commands';
import { hasUpvoted, listQuestions, pinnedQuestion } from '#shared/model/questions/read';
import { QUESTIONS, QUESTION_MARKS, QUESTION_VOTES } from '#shared/model/questions/names';
import { replicaMentions } from '#kit/seeds/boardReplicas';
import { captured, judgeOnMesh, toolkitRoom } from '#kit/seeds/judgedRoom';

const asker = (m: {
  viewer: { participantId: string; name?: string; authorKey?: Uint8Array };
}) => ({
  participantId: m.viewer.participantId,
  name: m.viewer.name ?? '',
  authorKey: m.viewer.authorKey,
});

describe('questions', () => {
  it('are asked anonymously with nothing in the doc naming the asker, and upvoted once each', () => {
    const { host, people, send, pull } = toolkitRoom(['Alice Wonder', 'Bob Builder', 'Cy Clone']);
    const [alice, bob, cy] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const v = send(alice, () =>
      askQuestion(alice.doc, {
        text: 'Why not mobile first?',
        asker: asker(alice),
        anonymous: true,
        id: 'q1',
        now: 5,
      }),
    );
    expect(v.whole).toBe(true);
    send(bob, () =>
      askQuestion(bob.doc, {
        text: 'Budget?',
        asker: asker(bob),
        anonymous: false,
        id: 'q2',
        now: 6,
      }),
    );
    pull(alice, bob, cy);
    expect(
      send(bob, () => toggleUpvote(bob.doc, { questionId: 'q1', voter: asker(bob) })).whole,
    ).toBe(true);
    expect(send(cy, () => toggleUpvote(cy.doc, { questionId: 'q1', voter: asker(cy) })).whole).toBe(
      true,
    );
    pull(bob);
    expect(hasUpvoted(bob.doc, 'q1', asker(bob))).toBe(true);

    expect(listQuestions(host).map((q) => [q.id, q.upvotes, q.authorName])).toEqual([
      ['q1', 2, null],
      ['q2', 0, 'Bob Builder'],
    ]);
    // The anonymous question's item was written under a one-off client id, not Alice's.
    const item = host.getMap('questions').get('q1') as Y.Map<unknown>;
    expect(item._item!.id.client).not.toBe(alice.doc.clientID);
    expect(replicaMentions(host, alice.viewer.participantId).json).toBe(true); // her participant entry
    expect(JSON.stringify(host.getMap('questions').toJSON())).not.toContain(
      alice.viewer.participantId,
    );

    // Taking the upvote back.
    expect(
      send(bob, () => toggleUpvote(bob.doc, { questionId: 'q1', voter: asker(bob) })).whole,
    ).toBe(true);
    expect(listQuestions(host)[0]!.upvotes).toBe(1);
  });

  it('at the hub: a second upvote under a made-up pseudonym is refused', () => {
    const { host, people, send, pull } = toolkitRoom();
    const [alice, mallory] = people as [(typeof people)[0], (typeof people)[0]];
    send(alice, () =>
      askQuestion(alice.doc, { text: 'Q?', asker: asker(alice), anonymous: true, id: 'q1' }),
    );
    pull(mallory);
    expect(
      send(mallory, () => toggleUpvote(mallory.doc, { questionId: 'q1', voter: asker(mallory) }))
        .whole,
    ).toBe(true);
    // Forgery: more upvotes by hand, each under a new pseudonym and one-off client id.
    const forged = send(mallory, () => {
      const own = mallory.doc.clientID;
      mallory.doc.clientID = 777_777;
      mallory.doc.getMap(QUESTION_VOTES).set('q1/a.0123456789abcdef0123456789abcdef', 1);
      mallory.doc.clientID = own;
    });
    expect(forged.update).toBeNull();
    expect(forged.refused.join()).toMatch(/one pseudonym per participant/);
    expect(listQuestions(host)[0]!.upvotes).toBe(1);
  });

  it('on the mesh: anonymous upvotes and the facilitator’s marks are refused', () => {
    const { people, pull } = toolkitRoom();
    const [alice, mallory] = people as [(typeof people)[0], (typeof people)[0]];
    askQuestion(alice.doc, { text: 'Q?', asker: asker(alice), anonymous: false, id: 'q1' });
    Y.applyUpdate(mallory.doc, Y.encodeStateAsUpdate(alice.doc));
    pull(mallory);
    const upvote = captured(mallory.doc, () =>
      toggleUpvote(mallory.doc, { questionId: 'q1', voter: asker(mallory) }),
    );
    expect(judgeOnMesh(alice.doc, upvote).update).toBeNull();
    const mark = captured(mallory.doc, () =>
      mallory.doc.getMap(QUESTION_MARKS).set('pinned', 'q1'),
    );
    expect(judgeOnMesh(alice.doc, mark).refused.join()).toMatch(
      /questionMarks is the facilitator's/,
    );
  });

  it('the facilitator marks answered and pins one to the projector; answered ones sink', () => {
    const { fac, people, send, pull, host } = toolkitRoom();
    const alice = people[0]!;
    send(alice, () =>
      askQuestion(alice.doc, {
        text: 'First',
        asker: asker(alice),
        anonymous: false,
        id: 'q1',
        now: 1,
      }),
    );
    send(alice, () =>
      askQuestion(alice.doc, {
        text: 'Second',
        asker: asker(alice),
        anonymous: false,
        id: 'q2',
        now: 2,
      }),
    );
    pull(fac);
    expect(send(fac, () => pinQuestion(fac.doc, 'q2')).whole).toBe(true);
    expect(pinnedQuestion(host)?.text).toBe('Second');
    expect(
      send(fac, () => markAnswered(fac.doc, { questionId: 'q1', answered: true, now: 9 })).whole,
    ).toBe(true);
    expect(listQuestions(host).map((q) => [q.id, q.answeredAt])).toEqual([
      ['q2', null],
      ['q1', 9],
    ]);
    // Answering the pinned question unpins it.
    send(fac, () => markAnswered(fac.doc, { questionId: 'q2', answered: true, now: 10 }));
    expect(pinnedQuestion(host)).toBeNull();
  });

  it('the facilitator writes down the answer given: the question is answered, only theirs to write', () => {
    const { fac, people, send, pull, host } = toolkitRoom();
    const alice = people[0]!;
    send(alice, () =>
      askQuestion(alice.doc, {
        text: 'Who pays?',
        asker: asker(alice),
        anonymous: false,
        id: 'q1',
      }),
    );
    pull(fac);
    send(fac, () => pinQuestion(fac.doc, 'q1'));
    const v = send(fac, () =>
      setAnswer(fac.doc, { questionId: 'q1', answer: '  The platform budget.  ', now: 7 }),
    );
    expect(v.whole).toBe(true);
    expect(listQuestions(host)[0]).toMatchObject({
      answer: 'The platform budget.',
      answeredAt: 7,
      pinned: false,
    });
    // An attendee cannot write an answer: the mesh's judge refuses it.
    const bob = people[1]!;
    pull(alice);
    pull(bob);
    const fake = captured(alice.doc, () =>
      alice.doc.getMap(QUESTION_MARKS).set('answer/q1', 'Nobody, ever.'),
    );
    expect(judgeOnMesh(bob.doc, fake).refused.join()).toMatch(/questionMarks is the facilitator's/);
    // An empty answer removes it; the question stays answered.
    send(fac, () => setAnswer(fac.doc, { questionId: 'q1', answer: ' ' }));
    expect(listQuestions(host)[0]).toMatchObject({ answer: null, answeredAt: 7 });
    expect(() => setAnswer(fac.doc, { questionId: 'q1', answer: 'x'.repeat(2001) })).toThrow(
      /limit is 2,000/,
    );
  });

  it('refuses an empty or over-long question with a clear error', () => {
    const doc = new Y.Doc();
    const who = { participantId: 'p', name: 'P' };
    expect(() => askQuestion(doc, { text: ' ', asker: who, anonymous: false })).toThrow(/empty/);
    expect(() => askQuestion(doc, { text: 'x'.repeat(501), asker: who, anonymous: false })).toThrow(
      /limit is 500/,
    );
    expect(doc.getMap('questions').size).toBe(0);
  });

  it('shows a named question only when its asker signed it: a forgery under Alice’s client id is not shown', () => {
    const { host, people, send } = toolkitRoom(['Alice Wonder', 'Mallory Mal']);
    const [alice] = people as [(typeof people)[0]];
    send(alice, () =>
      askQuestion(alice.doc, {
        text: 'Budget?',
        asker: asker(alice),
        anonymous: false,
        id: 'mine',
      }),
    );
    // Mallory's devtools on the mesh: structs under Alice's bound client id, at clocks no receiver
    // has seen yet, so the mesh takes them as Alice's.
    const receiver = new Y.Doc();
    Y.applyUpdate(receiver, Y.encodeStateAsUpdate(host));
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(host));
    forger.clientID = alice.doc.clientID;
    const forged = captured(forger, () => {
      const m = new Y.Map<unknown>();
      forger.getMap(QUESTIONS).set('forged', m);
      m.set('text', 'Why is Bob still here?');
      m.set('authorId', alice.viewer.participantId);
      m.set('authorName', 'Alice Wonder');
      // A signature copied from Alice's real question does not cover this one.
      const real = forger.getMap<Y.Map<unknown>>(QUESTIONS).get('mine')!;
      m.set('k', real.get('k'));
      m.set('g', real.get('g'));
    });
    const verdict = judgeOnMesh(receiver, forged);
    expect(verdict.whole).toBe(true);
    Y.applyUpdate(receiver, verdict.update!);
    expect(listQuestions(receiver).map((q) => [q.id, q.authorName])).toEqual([
      ['mine', 'Alice Wonder'],
    ]);
  });
});
