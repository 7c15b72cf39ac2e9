// The judge knows the facilitator's state: an attendee with devtools writes straight into the
// doc, past the commands' own checks, an answer to a poll that is closed or was never opened and a
// vote while voting is not open. The hub's rules (ReplicaAuthority) and the mesh's judge both
// refuse them; the same writes while the poll or voting is open pass.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPoll, updatePoll, answerKey } from '#shared/model/polls/commands';
import { getPoll } from '#shared/model/polls/read';
import { POLL_ANSWERS } from '#shared/model/polls/names';
import { BOARD_MAPS } from '#shared/model/board/names';
import { transactAnonymously } from '#shared/model/board/boardWrite';
import { captured, judgeOnMesh, toolkitRoom, type Member } from '#kit/seeds/judgedRoom';

const voter = (m: Member) => ({
  participantId: m.viewer.participantId,
  authorKey: m.viewer.authorKey,
});

/** An answer written raw, as devtools would: no check of the poll's state. */
const rawAnswer = (m: Member, pollId: string, values: number[]) => {
  const poll = getPoll(m.doc, pollId);
  const write = () =>
    m.doc.getMap<unknown>(POLL_ANSWERS).set(answerKey(poll, voter(m)), { v: values });
  if (poll.anonymous) transactAnonymously(m.doc, write);
  else write();
};

const answerOf = (doc: Y.Doc, m: Member, pollId: string) =>
  (doc.getMap<{ v: number[] }>(POLL_ANSWERS).get(answerKey(getPoll(doc, pollId), voter(m))) ?? null)
    ?.v;

describe('the judge reads the facilitator’s poll and voting state', () => {
  it('refuses answers to a never-opened or closed poll on the hub, takes them while open', () => {
    const { fac, people, send, pull, host } = toolkitRoom(['Ann', 'Mallory']);
    const [ann, mallory] = people as [Member, Member];
    send(fac, () => {
      createPoll(fac.doc, { id: 'draft', question: 'Never opened', kind: 'fist', now: 1 });
      createPoll(fac.doc, { id: 'conf', question: 'Confident?', kind: 'scale', now: 1 });
      updatePoll(fac.doc, { pollId: 'conf', state: 'open' });
    });
    pull(ann, mallory);
    // The draft poll: nobody may answer it.
    expect(send(mallory, () => rawAnswer(mallory, 'draft', [1])).update).toBeNull();
    expect(answerOf(host, mallory, 'draft')).toBeUndefined();
    // Open: both answer.
    expect(send(ann, () => rawAnswer(ann, 'conf', [4])).whole).toBe(true);
    expect(send(mallory, () => rawAnswer(mallory, 'conf', [4])).whole).toBe(true);
    send(fac, () => updatePoll(fac.doc, { pollId: 'conf', state: 'closed' }));
    pull(ann, mallory);
    // Closed: a changed answer moves nothing.
    const late = send(mallory, () => rawAnswer(mallory, 'conf', [2]));
    expect(late.update).toBeNull();
    expect(late.refused.join()).toMatch(/not open/);
    expect(answerOf(host, mallory, 'conf')).toEqual([4]);
    expect(answerOf(host, ann, 'conf')).toEqual([4]);
  });

  it('refuses a vote (and taking one back) while voting is not open, on the hub', () => {
    const { fac, people, send, pull, host, authority } = toolkitRoom(['Ann']);
    const toolkitBind = (m: Member) => authority.bind(m.identity);
    const [ann] = people as [Member];
    const keyOf = (id: string) => `b1/p.${encodeURIComponent(ann.viewer.participantId)}/${id}`;
    const vote = (id: string) => () =>
      ann.doc.getMap<unknown>(BOARD_MAPS.votes).set(keyOf(id), { c: 1 });
    send(fac, () => fac.doc.getMap(BOARD_MAPS.control).set('b1/voting', 'idle'));
    pull(ann);
    expect(send(ann, vote('early')).update).toBeNull();
    expect(host.getMap(BOARD_MAPS.votes).size).toBe(0);
    send(fac, () => fac.doc.getMap(BOARD_MAPS.control).set('b1/voting', 'open'));
    // A fresh replica of Ann's (her refused write stays in her own until she reloads).
    ann.doc = new Y.Doc();
    ann.identity = { ...ann.identity, clientId: ann.doc.clientID };
    expect(toolkitBind(ann)).toBe(true);
    pull(ann);
    expect(send(ann, vote('v1')).whole).toBe(true);
    const key = keyOf('v1');
    send(fac, () => fac.doc.getMap(BOARD_MAPS.control).set('b1/voting', 'closed'));
    pull(ann);
    const takeBack = send(ann, () => ann.doc.getMap(BOARD_MAPS.votes).delete(key));
    expect(takeBack.update).toBeNull();
    expect(host.getMap(BOARD_MAPS.votes).has(key)).toBe(true);
  });

  it('refuses them on the mesh too', () => {
    const { fac, people, send, pull, host } = toolkitRoom(['Ann', 'Mallory']);
    const [ann, mallory] = people as [Member, Member];
    send(fac, () => {
      createPoll(fac.doc, {
        id: 'named',
        question: 'Keep or drop?',
        kind: 'choice',
        options: ['Keep', 'Drop'],
        anonymous: false,
        now: 1,
      });
      fac.doc.getMap(BOARD_MAPS.control).set('b1/voting', 'closed');
    });
    pull(ann, mallory);
    // A receiver on the mesh holds the host's state (the poll in draft, voting closed).
    const receiver = new Y.Doc();
    Y.applyUpdate(receiver, Y.encodeStateAsUpdate(host));
    const answer = captured(mallory.doc, () => rawAnswer(mallory, 'named', [1]));
    expect(judgeOnMesh(receiver, answer).update).toBeNull();
    const vote = captured(ann.doc, () =>
      ann.doc
        .getMap<unknown>(BOARD_MAPS.votes)
        .set(`b1/p.${encodeURIComponent(ann.viewer.participantId)}/v1`, { c: 1 }),
    );
    expect(judgeOnMesh(receiver, vote).update).toBeNull();
    // Once the poll is open, the same named answer passes the mesh (its signature is for readers).
    send(fac, () => updatePoll(fac.doc, { pollId: 'named', state: 'open' }));
    Y.applyUpdate(receiver, Y.encodeStateAsUpdate(host));
    expect(judgeOnMesh(receiver, answer).whole).toBe(true);
  });
});
