// Anonymous answers across a host restart, against the real host on a real data folder: the hub
// holds each participant to one pseudonym per poll and lets only its owner change its answer.
// Those bindings were memory only, so after a restart in the middle of a poll a pseudonym bound
// to whoever used it first: Mallory, reading Ann's pseudonym off the doc's keys, wrote "Drop"
// under it, and Ann's own change was refused. The bindings are now kept on disk, sealed under
// the facilitator's key; a pseudonym with answers but no binding is nobody's to change, and a
// participant removed after the restart loses the anonymous answers they gave before it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { useHosts } from '#kit/useHost';
import { connectHubPeer, type HubPeer } from '#kit/hubPeer';
import { hostApi } from '#kit/hostApi';
import type { TestHost } from '#kit/host';
import { createAuthorKey } from '#shared/model/board/boardCrypto';
import { transactAnonymously } from '#shared/model/board/boardWrite';
import { answerKey, answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { getPoll } from '#shared/model/polls/read';
import { POLL_ANSWERS } from '#shared/model/polls/names';
import { joinSession } from '#shared/model/session/commands';
import { participantIdFor } from '#shared/model/authority/signing';

const hosts = useHosts();
const WAIT = { timeout: 10_000 };
const FACILITATOR_KEY = 'ab'.repeat(16);
const KEEP = 0;
const DROP = 1;

const people = { ann: createAuthorKey(), bob: createAuthorKey(), mallory: createAuthorKey() };
type Name = keyof typeof people;
const voter = (name: Name) => ({
  participantId: participantIdFor(people[name]),
  authorKey: people[name],
});

function attendee(host: TestHost, sessionId: string, joinCode: string, name: Name): HubPeer {
  return connectHubPeer({
    url: host.localUrl,
    sessionId,
    role: { as: 'attendee', joinCode, authorKey: people[name] },
  });
}

/** The answer the host's replica holds for a participant's pseudonym. */
async function hostAnswer(host: TestHost, sessionId: string, name: Name) {
  const replica = await host.hub.open(sessionId);
  const poll = getPoll(replica.doc, 'ship');
  return (
    replica.doc.getMap<{ v: number[] }>(POLL_ANSWERS).get(answerKey(poll, voter(name))) ?? null
  )?.v;
}

describe('anonymous answers across a host restart', () => {
  it('Ann can still change her answer and nobody else can take it over', async () => {
    let host = await hosts.startOnDisk({ facilitatorKey: FACILITATOR_KEY });
    const s = await hostApi(host).createSession({ title: 'Restart mid-poll' });
    const fac = connectHubPeer({
      url: host.localUrl,
      sessionId: s.id,
      role: { as: 'facilitator', key: FACILITATOR_KEY },
    });
    await fac.synced;
    createPoll(fac.doc, {
      id: 'ship',
      question: 'Keep or drop the beta?',
      kind: 'choice',
      options: ['Keep', 'Drop'],
      now: 1,
    });
    updatePoll(fac.doc, { pollId: 'ship', state: 'open' });
    const before = (['ann', 'bob', 'mallory'] as const).map((n) =>
      attendee(host, s.id, s.joinCode, n),
    );
    await Promise.all(before.map((p) => p.synced));
    await expect.poll(() => before[0]!.doc.getMap('polls').size, WAIT).toBe(1);
    (['ann', 'bob', 'mallory'] as const).forEach((n, i) => {
      joinSession(before[i]!.doc, { id: voter(n).participantId, name: n, now: 1 });
      answerPoll(before[i]!.doc, {
        pollId: 'ship',
        values: [n === 'mallory' ? DROP : KEEP],
        voter: voter(n),
      });
    });
    for (const n of ['ann', 'bob', 'mallory'] as const)
      await expect
        .poll(() => hostAnswer(host, s.id, n), WAIT)
        .toEqual([n === 'mallory' ? DROP : KEEP]);
    // Nothing on disk names a participant beside a pseudonym in the clear.
    await host.hub.flushBindings();
    expect(existsSync(join(hosts.dataDir, s.id, 'anonymous.bin'))).toBe(true);
    const folder = join(hosts.dataDir, s.id);
    for (const file of readdirSync(folder)) {
      const text = readFileSync(join(folder, file)).toString('latin1');
      for (const n of ['ann', 'bob'] as const) {
        const pseudonym = answerKey(getPoll(fac.doc, 'ship'), voter(n)).split('/')[1]!;
        if (!file.startsWith('anonymous')) continue;
        expect(text).not.toContain(voter(n).participantId);
        expect(text).not.toContain(pseudonym);
      }
    }
    for (const p of [fac, ...before]) p.destroy();
    await hosts.stop(host);

    // The host restarts in the middle of the poll.
    host = await hosts.startOnDisk({ facilitatorKey: FACILITATOR_KEY });
    const [ann, mallory] = (['ann', 'mallory'] as const).map((n) =>
      attendee(host, s.id, s.joinCode, n),
    );
    await Promise.all([ann!.synced, mallory!.synced]);
    // Mallory writes "Drop" under Ann's pseudonym (read off the doc's keys), as devtools would.
    const annsKey = answerKey(getPoll(mallory!.doc, 'ship'), voter('ann'));
    transactAnonymously(mallory!.doc, () =>
      mallory!.doc.getMap<unknown>(POLL_ANSWERS).set(annsKey, { v: [DROP] }),
    );
    // A later write of Mallory's own reaching the host says the forgery has been judged.
    joinSession(mallory!.doc, { id: voter('mallory').participantId, name: 'Mallory', now: 2 });
    const replica = await host.hub.open(s.id);
    const own = mallory!.doc.clientID;
    await expect
      .poll(() => Y.getState(replica.doc.store, own), WAIT)
      .toBe(Y.getState(mallory!.doc.store, own));
    expect(await hostAnswer(host, s.id, 'ann')).toEqual([KEEP]);
    // Then Ann changes hers to "Drop" and back to "Keep" (the last one counts).
    answerPoll(ann!.doc, { pollId: 'ship', values: [DROP], voter: voter('ann') });
    await expect.poll(() => hostAnswer(host, s.id, 'ann'), WAIT).toEqual([DROP]);
    answerPoll(ann!.doc, { pollId: 'ship', values: [KEEP], voter: voter('ann') });
    await expect.poll(() => hostAnswer(host, s.id, 'ann'), WAIT).toEqual([KEEP]);
    // Mallory's own answer is still hers to change.
    answerPoll(mallory!.doc, { pollId: 'ship', values: [KEEP], voter: voter('mallory') });
    await expect.poll(() => hostAnswer(host, s.id, 'mallory'), WAIT).toEqual([KEEP]);
    expect(await hostAnswer(host, s.id, 'bob')).toEqual([KEEP]);
    for (const p of [ann!, mallory!]) p.destroy();

    // Removing Bob after the restart takes back the anonymous answer he gave before it: the
    // bindings came back from the vault, so the host still knows which pseudonym is his.
    const removed = await hostApi(host).removeParticipant({
      sessionId: s.id,
      participantId: voter('bob').participantId,
    });
    expect(removed.votesTakenBack).toBe(1);
    expect(await hostAnswer(host, s.id, 'bob')).toBeUndefined();
    expect(await hostAnswer(host, s.id, 'ann')).toEqual([KEEP]);

    // Deleting the session takes its bindings with it.
    await hostApi(host).deleteSession({ id: s.id });
    expect(existsSync(folder)).toBe(false);
  });
});
