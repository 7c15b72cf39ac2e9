// A mesh probe against anonymous writes, through the real hub and a page's real y-webrtc room
// and guards: any peer may send another a sync step 1 at any moment, and y-webrtc answers with
// everything the asker lacks. Probing an attendee right after she answers a poll, asks a question
// or upvotes anonymously named her as the author: the hub holds those writes back 0.4–1.6 s, so
// she was the only one who had them. The probe's connection is a stand-in for a WebRTC data
// channel that answers each message as y-webrtc's WebrtcConn does (readSyncMessage, reply on the
// same channel); everything it sends passes the page's guard. A page reloaded inside the hub's
// batch window (its local copy holds the unbatched writes) holds them back as well.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import { useHost, type HubSession } from '#kit/useHost';
import { connectHubPeer } from '#kit/hubPeer';
import { guardPaths } from '#renderer/sync/meshGuard';
import type { HoldStore } from '#renderer/sync/anonymousHold';
import { joinSession } from '#shared/model/session/commands';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { askQuestion, toggleUpvote } from '#shared/model/questions/commands';
import { POLL_ANSWERS } from '#shared/model/polls/names';
import { QUESTIONS, QUESTION_VOTES } from '#shared/model/questions/names';
import { CLIENTS_MAP } from '#shared/model/session/names';
import { ANONYMOUS_ORIGIN } from '#shared/model/origins';

const hub = useHost();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});
const WAIT = { timeout: 10_000 };

let rooms = 0;

/** A tab's storage, as localStorage is to a page (anonymousHold.ts: HoldStore). */
function memoryStore(): HoldStore {
  let kept: string | null = null;
  return { load: () => kept, save: (v) => void (kept = v) };
}

/** A page as connectSession makes one: hub and mesh on one doc, the paths guarded; `again` is a
 * reload: its local copy (`state`, as IndexedDB brings it back), its key and its tab's storage. */
function page(
  s: HubSession,
  as: 'attendee' | 'facilitator',
  again: { state?: Uint8Array; authorKey?: Uint8Array; store?: HoldStore } = {},
) {
  const doc = new Y.Doc();
  if (again.state) Y.applyUpdate(doc, again.state);
  const awareness = new Awareness(doc);
  const peer = connectHubPeer({
    url: hub.host.localUrl,
    sessionId: s.id,
    doc,
    awareness,
    role:
      as === 'attendee'
        ? { as: 'attendee', joinCode: s.joinCode, authorKey: again.authorKey }
        : { as: 'facilitator', key: hub.host.facilitatorKey },
  });
  const mesh = new WebrtcProvider(`mesh-anonymity-${++rooms}`, doc, {
    signaling: [],
    awareness,
    filterBcConns: true,
  });
  const stopGuard = guardPaths(doc, peer.provider, mesh, again.store ?? null);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    stopGuard();
    mesh.destroy();
    peer.provider.destroy();
  };
  stops.push(close);
  const room = async () => {
    await (mesh as unknown as { key: Promise<unknown> }).key;
    return (mesh as unknown as { room: ProbedRoom }).room;
  };
  const voter = { participantId: peer.participantId!, authorKey: peer.authorKey };
  return { doc, peer, room, voter, close };
}

interface ProbedRoom {
  doc: Y.Doc;
  webrtcConns: Map<string, { peer: FakePeer }>;
}
interface FakePeer {
  on(event: 'data', f: (m: Uint8Array) => void): void;
  emit(event: string, ...args: unknown[]): boolean;
  send(m: Uint8Array): void;
}

/** A mesh peer of the page's room that records what the page sends it. */
async function probe(target: ReturnType<typeof page>) {
  const room = await target.room();
  const heard: Uint8Array[] = [];
  const handlers: ((m: Uint8Array) => void)[] = [];
  const peer: FakePeer = {
    on: (_event, f) => void handlers.push(f),
    emit: (event, ...args) => {
      if (event === 'data') for (const f of handlers) f(args[0] as Uint8Array);
      return true;
    },
    send: (m) => void heard.push(m),
  };
  const conn = { peer, destroy() {} };
  room.webrtcConns.set('probe', conn);
  // As y-webrtc's WebrtcConn: a sync message read, the reply sent back on the same channel.
  conn.peer.on('data', (data) => {
    const decoder = decoding.createDecoder(data);
    const encoder = encoding.createEncoder();
    if (decoding.readVarUint(decoder) !== 0) return;
    encoding.writeVarUint(encoder, 0);
    const kind = syncProtocol.readSyncMessage(decoder, encoder, room.doc, room);
    if (kind === syncProtocol.messageYjsSyncStep1) conn.peer.send(encoding.toUint8Array(encoder));
  });
  return {
    /** Sends a step 1 with an empty state vector; returns the update the page answers with. */
    ask(): Uint8Array {
      heard.length = 0;
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, 0);
      syncProtocol.writeSyncStep1(enc, new Y.Doc());
      conn.peer.emit('data', encoding.toUint8Array(enc));
      expect(heard).toHaveLength(1);
      const dec = decoding.createDecoder(heard[0]!);
      decoding.readVarUint(dec);
      expect(decoding.readVarUint(dec)).toBe(syncProtocol.messageYjsSyncStep2);
      return decoding.readVarUint8Array(dec);
    },
    /** The state vector the page announces (as y-webrtc does when a channel connects). */
    announced(): Map<number, number> {
      heard.length = 0;
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, 0);
      syncProtocol.writeSyncStep1(enc, room.doc);
      conn.peer.send(encoding.toUint8Array(enc));
      const dec = decoding.createDecoder(heard[0]!);
      decoding.readVarUint(dec);
      expect(decoding.readVarUint(dec)).toBe(syncProtocol.messageYjsSyncStep1);
      return Y.decodeStateVector(decoding.readVarUint8Array(dec));
    },
  };
}

/** The top-level map keys an update writes into `root`, and its clients. */
function read(update: Uint8Array, root: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const clients = new Set(Y.decodeUpdate(update).structs.map((s) => s.id.client));
  return { keys: [...doc.getMap(root).keys()], clients };
}

describe('anonymous writes and a mesh probe', () => {
  it('a page answers a sync step 1 without its unbatched anonymous writes', async () => {
    const s = await hub.session('Probed room');
    const fac = page(s, 'facilitator');
    const ann = page(s, 'attendee');
    const eve = page(s, 'attendee');
    await Promise.all([fac.peer.synced, ann.peer.synced, eve.peer.synced]);
    for (const p of [ann, eve])
      joinSession(p.doc, { id: p.voter.participantId, name: 'x', now: 1 });
    createPoll(fac.doc, { id: 'fist', question: 'Ready to ship?', kind: 'fist', now: 1 });
    updatePoll(fac.doc, { pollId: 'fist', state: 'open' });
    await expect.poll(() => ann.doc.getMap('polls').size, WAIT).toBe(1);
    await expect.poll(() => ann.doc.getMap(CLIENTS_MAP).size, WAIT).toBe(3);
    const eveProbe = await probe(ann);

    // Ann answers, asks and upvotes anonymously; Eve probes her at once.
    const oneOff = new Set<number>();
    ann.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === ANONYMOUS_ORIGIN)
        for (const c of Y.parseUpdateMeta(update).from.keys()) oneOff.add(c);
    });
    answerPoll(ann.doc, { pollId: 'fist', values: [2], voter: ann.voter });
    const question = askQuestion(ann.doc, {
      text: 'Who decided this?',
      asker: ann.voter,
      anonymous: true,
    });
    toggleUpvote(ann.doc, { questionId: question, voter: ann.voter });
    expect(oneOff.size).toBe(3);

    const answered = eveProbe.ask();
    expect(read(answered, POLL_ANSWERS).keys).toEqual([]);
    expect(read(answered, QUESTIONS).keys).toEqual([]);
    expect(read(answered, QUESTION_VOTES).keys).toEqual([]);
    for (const c of oneOff) expect(read(answered, POLL_ANSWERS).clients.has(c)).toBe(false);
    // Nor does the state vector Ann announces to a new mesh peer name the one-off ids.
    const announced = eveProbe.announced();
    for (const c of oneOff) expect(announced.has(c)).toBe(false);

    // Once the hub's batch has brought them back to Ann (and to everyone), she serves them too.
    await expect.poll(() => eve.doc.getMap(POLL_ANSWERS).size, WAIT).toBe(1);
    await expect.poll(() => read(eveProbe.ask(), POLL_ANSWERS).keys.length, WAIT).toBe(1);
    expect(read(eveProbe.ask(), QUESTIONS).keys).toEqual([question]);

    // Taking back the upvote is a delete: it too stays off the mesh until the batch.
    const upvotes = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, eveProbe.ask());
      return doc.getMap(QUESTION_VOTES).size;
    };
    await expect.poll(upvotes, WAIT).toBe(1);
    toggleUpvote(ann.doc, { questionId: question, voter: ann.voter });
    expect(ann.doc.getMap(QUESTION_VOTES).size).toBe(0);
    expect(upvotes()).toBe(1);
    await expect.poll(() => eve.doc.getMap(QUESTION_VOTES).size, WAIT).toBe(0);
    await expect.poll(upvotes, WAIT).toBe(0);
  });

  it('a page reloaded inside the batch window still holds them back, then lets go', async () => {
    const s = await hub.session('Reloaded room');
    const fac = page(s, 'facilitator');
    const store = memoryStore();
    const ann = page(s, 'attendee', { store });
    const eve = page(s, 'attendee');
    await Promise.all([fac.peer.synced, ann.peer.synced, eve.peer.synced]);
    for (const p of [ann, eve])
      joinSession(p.doc, { id: p.voter.participantId, name: 'x', now: 1 });
    createPoll(fac.doc, { id: 'fist', question: 'Ready to ship?', kind: 'fist', now: 1 });
    updatePoll(fac.doc, { pollId: 'fist', state: 'open' });
    await expect.poll(() => ann.doc.getMap('polls').size, WAIT).toBe(1);
    await expect.poll(() => ann.doc.getMap(CLIENTS_MAP).size, WAIT).toBe(3);

    const oneOff = new Set<number>();
    ann.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === ANONYMOUS_ORIGIN)
        for (const c of Y.parseUpdateMeta(update).from.keys()) oneOff.add(c);
    });
    answerPoll(ann.doc, { pollId: 'fist', values: [0], voter: ann.voter });
    expect(oneOff.size).toBe(1);
    // Ann reloads at once: her local copy holds the answer the hub has not batched yet.
    const state = Y.encodeStateAsUpdate(ann.doc);
    ann.close();
    const again = page(s, 'attendee', { state, authorKey: ann.peer.authorKey, store });
    const eveProbe = await probe(again);
    const answered = eveProbe.ask();
    expect(read(answered, POLL_ANSWERS).keys).toEqual([]);
    for (const c of oneOff) expect(read(answered, POLL_ANSWERS).clients.has(c)).toBe(false);
    for (const c of oneOff) expect(eveProbe.announced().has(c)).toBe(false);

    // Once the room has it (the batch, then the longest batch delay after the hub said it had
    // it), the reloaded page serves it like any other entry.
    await expect.poll(() => eve.doc.getMap(POLL_ANSWERS).size, WAIT).toBe(1);
    await expect.poll(() => read(eveProbe.ask(), POLL_ANSWERS).keys.length, WAIT).toBe(1);
    expect(store.load()).toBeNull();
  });
});
