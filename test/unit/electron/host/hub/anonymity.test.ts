// Anonymity as an attendee with devtools would attack it, against the real hub on loopback: an
// observer records every update the hub sends her, with its arrival time, and tries to tell who
// wrote each anonymous note and vote — from the Yjs client ids in its structs, from the host's
// client bindings, from presence, from the first hop and from arrival order.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { useHost } from '#kit/useHost';
import { connectHubPeer } from '#kit/hubPeer';
import { facilitatorViewer } from '#kit/seeds/board';
import { joinSession } from '#shared/model/session/commands';
import {
  addBoardNote,
  castVote,
  createAuthorKey,
  openVoting,
  readControl,
  revealNotes,
  setupBoard,
  type BoardViewer,
} from '#shared/model/board/index';
import { CLIENTS_MAP } from '#shared/model/session/names';

const BLOCK = 'b-anon';
// The hub holds anonymous writes back for 0.4–1.6 s; polls wait well past that.
const WAIT = { timeout: 10_000 };

const hub = useHost();
const createSession = () => hub.session('Anonymous room');

interface Peer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  viewer: BoardViewer;
  synced: Promise<void>;
  /** Every update the hub delivered, with when it arrived. */
  arrivals: { at: number; update: Uint8Array }[];
}

function connect(sessionId: string, token: string, name: string): Peer {
  const facilitator = token === hub.host.facilitatorKey;
  const { doc, provider, participantId, authorKey, synced } = connectHubPeer({
    url: hub.host.localUrl,
    sessionId,
    role: facilitator ? { as: 'facilitator', key: token } : { as: 'attendee', joinCode: token },
  });
  const viewer: BoardViewer = facilitator
    ? facilitatorViewer(token, sessionId, { name, authorKey: createAuthorKey() })
    : { participantId: participantId!, name, isFacilitator: false, authorKey: authorKey! };
  const arrivals: Peer['arrivals'] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === provider) arrivals.push({ at: Date.now(), update });
  });
  provider.awareness.setLocalStateField('user', {
    participantId: viewer.participantId,
    name,
    role: facilitator ? 'facilitator' : 'attendee',
  });
  return { doc, provider, viewer, synced, arrivals };
}

/** The Yjs client ids of the structs in an update. */
function clientsIn(update: Uint8Array): Set<number> {
  return new Set(Y.decodeUpdate(update).structs.map((s) => s.id.client));
}

describe('anonymous notes and votes through the hub', () => {
  it('cannot be linked to their authors by client id, binding, presence, first hop or order', async () => {
    const s = await createSession();
    const fac = connect(s.id, hub.host.facilitatorKey, 'Fran');
    await fac.synced;
    setupBoard(fac.doc, {
      blockId: BLOCK,
      facilitator: fac.viewer,
      options: { anonymous: true, anonymousVotes: true },
    });
    const [alice, bob, eve] = ['Alice', 'Bob', 'Eve'].map((n) => connect(s.id, s.joinCode, n));
    await Promise.all([alice!.synced, bob!.synced, eve!.synced]);
    for (const p of [alice!, bob!, eve!])
      joinSession(p.doc, { id: p.viewer.participantId, name: p.viewer.name ?? '', now: 1 });
    // Everyone has the board and everyone's binding before the attack starts.
    const replica = await hub.host.hub.open(s.id);
    await expect.poll(() => replica.doc.getMap(CLIENTS_MAP).size, WAIT).toBe(4);
    for (const p of [alice!, bob!, eve!])
      await expect.poll(() => p.doc.getMap('boardControl').size, WAIT).toBeGreaterThan(0);
    await expect.poll(() => eve!.doc.getMap(CLIENTS_MAP).size, WAIT).toBe(4);

    // Alice and Bob write at the same moment; Eve records what reaches her.
    eve!.arrivals.length = 0;
    const sentAt = Date.now();
    const aliceNote = addBoardNote(alice!.doc, {
      blockId: BLOCK,
      text: 'The roadmap is fiction',
      author: alice!.viewer,
    });
    const bobNote = addBoardNote(bob!.doc, {
      blockId: BLOCK,
      text: 'We ship too late',
      author: bob!.viewer,
    });
    const notes = eve!.doc.getMap<Y.Map<unknown>>('boardNotes');
    await expect.poll(() => notes.has(aliceNote) && notes.has(bobNote), WAIT).toBe(true);

    // First hop and order: neither note came straight from its author; the hub held them both
    // back (at least its minimum delay) and sent them together, in one merged update.
    const carrying = eve!.arrivals.filter((a) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, a.update);
      const m = doc.getMap('boardNotes');
      return m.has(aliceNote) || m.has(bobNote);
    });
    expect(carrying).toHaveLength(1);
    expect(carrying[0]!.at - sentAt).toBeGreaterThanOrEqual(380);

    // Client ids: one-off ids, not the authors' (awareness maps those to names), not each
    // other's, and bound to nobody in the doc the host stores and everyone holds.
    const idOf = (id: string) =>
      (notes.get(id) as unknown as { _item: { id: { client: number } } })._item.id.client;
    const oneOff = [idOf(aliceNote), idOf(bobNote)];
    expect(new Set(oneOff).size).toBe(2);
    const awarenessIds = [...eve!.provider.awareness.getStates().keys()];
    for (const id of oneOff) {
      expect([alice!.doc.clientID, bob!.doc.clientID]).not.toContain(id);
      expect(awarenessIds).not.toContain(id);
      expect(eve!.doc.getMap(CLIENTS_MAP).has(String(id))).toBe(false);
      expect(replica.doc.getMap(CLIENTS_MAP).has(String(id))).toBe(false);
    }
    for (const p of [alice!, bob!])
      expect(clientsIn(carrying[0]!.update).has(p.doc.clientID)).toBe(false);
    // No name or participant id beside the notes, in Eve's replica or the host's. A name is
    // looked for as a value of its own ("Bob", quotes included): sealed text is base64, which
    // holds "Bob" by chance about once in a thousand runs but never a quote.
    for (const doc of [eve!.doc, replica.doc]) {
      const board = JSON.stringify(doc.getMap('boardNotes').toJSON());
      for (const p of [alice!, bob!]) {
        expect(board).not.toContain(p.viewer.participantId);
        expect(board).not.toContain(JSON.stringify(p.viewer.name!));
      }
    }

    // Votes: the same path, under one-off ids and per-block pseudonyms.
    revealNotes(fac.doc, { blockId: BLOCK, facilitator: fac.viewer });
    await expect.poll(() => readControl(fac.doc, BLOCK)?.phase, WAIT).toBe('revealed');
    openVoting(fac.doc, { blockId: BLOCK, facilitator: fac.viewer });
    for (const p of [alice!, bob!, eve!])
      await expect.poll(() => readControl(p.doc, BLOCK)?.voting, WAIT).toBe('open');
    const votes = eve!.doc.getMap('boardVotes');
    const voteCountBefore = votes.size;
    eve!.arrivals.length = 0;
    const voteSentAt = Date.now();
    castVote(alice!.doc, { blockId: BLOCK, targetId: bobNote, voter: alice!.viewer });
    castVote(bob!.doc, { blockId: BLOCK, targetId: aliceNote, voter: bob!.viewer });
    await expect.poll(() => votes.size, WAIT).toBe(voteCountBefore + 2);
    const voteArrivals = eve!.arrivals.filter((a) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, a.update);
      return doc.getMap('boardVotes').size > 0;
    });
    expect(voteArrivals).toHaveLength(1);
    expect(voteArrivals[0]!.at - voteSentAt).toBeGreaterThanOrEqual(380);
    for (const key of votes.keys()) {
      for (const p of [alice!, bob!]) expect(key).not.toContain(p.viewer.participantId);
    }
    for (const p of [alice!, bob!])
      expect(clientsIn(voteArrivals[0]!.update).has(p.doc.clientID)).toBe(false);

    for (const p of [fac, alice!, bob!, eve!]) p.provider.destroy();
  });
});
