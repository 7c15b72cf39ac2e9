// The mesh's judge on its own, without WebRTC: y-webrtc sync messages in, what a client may apply
// out. Facilitator state never comes over the mesh; a garbled message becomes an empty update.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { filterMeshMessage } from '#shared/model/authority/meshJudge';
import { AGENDA_BLOCKS } from '#shared/model/agenda/names';
import { PARKING_LOT } from '#shared/model/parkingLot/names';
import { QUESTIONS } from '#shared/model/questions/names';
import { PARTICIPANTS } from '#shared/model/session/names';
import { BOARD_MAPS } from '#shared/model/board/names';
import { readyKey } from '#shared/model/authority/ownerKeys';

const syncMessage = (kind: number, update: Uint8Array) => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  encoding.writeVarUint(enc, kind);
  encoding.writeVarUint8Array(enc, update);
  return encoding.toUint8Array(enc);
};

/** Applies a filtered sync message's update to `doc`. */
const applyMessage = (doc: Y.Doc, message: Uint8Array) => {
  const dec = decoding.createDecoder(message);
  expect(decoding.readVarUint(dec)).toBe(0);
  decoding.readVarUint(dec);
  Y.applyUpdate(doc, decoding.readVarUint8Array(dec));
};

describe('the mesh judge', () => {
  it('drops facilitator-only writes from any mesh peer, keeps an attendee’s own item', () => {
    const receiver = new Y.Doc();
    const forger = new Y.Doc();
    // The host bound the sender's client id to participant p1 (what the hub's bindings say).
    receiver.getMap('clients').set(String(forger.clientID), 'p1');
    const item = new Y.Map<unknown>([
      ['text', 'parked'],
      ['authorId', 'p1'],
    ]);
    forger.getMap(PARKING_LOT).set('i1', item);
    // After the item: a refused struct takes its client's later ones with it (clocks are a run).
    forger.getMap(AGENDA_BLOCKS).set('b1', new Y.Map([['title', 'forged']]));
    for (const kind of [1, 2]) {
      const filtered = filterMeshMessage(
        receiver,
        syncMessage(kind, Y.encodeStateAsUpdate(forger)),
      );
      if (kind === 1) continue; // step 1 carries a state vector: passed as it is
      applyMessage(receiver, filtered);
    }
    expect(receiver.getMap(AGENDA_BLOCKS).size).toBe(0);
    expect(receiver.getMap(PARKING_LOT).has('i1')).toBe(true);
    // An item claiming to be someone else's loses the claim.
    const other = new Y.Doc();
    receiver.getMap('clients').set(String(other.clientID), 'p2');
    other.getMap(PARKING_LOT).set('i2', new Y.Map<unknown>([['authorId', 'p1']]));
    applyMessage(
      receiver,
      filterMeshMessage(receiver, syncMessage(2, Y.encodeStateAsUpdate(other))),
    );
    const forged = receiver.getMap<Y.Map<unknown>>(PARKING_LOT).get('i2');
    expect(forged?.get('authorId')).toBeUndefined();
  });

  it('passes a step 1 and awareness untouched, and turns garbage into an empty update', () => {
    const receiver = new Y.Doc();
    const step1 = syncMessage(0, Y.encodeStateVector(receiver));
    expect(filterMeshMessage(receiver, step1)).toBe(step1);
    const awareness = new Uint8Array([1, 2, 3]);
    expect(filterMeshMessage(receiver, awareness)).toBe(awareness);
    const garbage = syncMessage(2, new Uint8Array([200, 201, 202, 203]));
    const filtered = filterMeshMessage(receiver, garbage);
    expect(filtered).not.toBe(garbage);
    applyMessage(receiver, filtered);
    expect(receiver.share.size).toBe(0);
  });

  it('takes nothing from a client the host has not bound: no ready flag, name or "Asked by Alice"', () => {
    // Mallory's devtools on the mesh, under a client id the host never bound to anyone.
    const receiver = new Y.Doc();
    const mallory = new Y.Doc();
    mallory.getMap(BOARD_MAPS.ready).set(readyKey('b1', 'alice'), true);
    mallory.getMap(PARTICIPANTS).set('alice', new Y.Map<unknown>([['name', 'Alice (forged)']]));
    mallory.getMap(PARTICIPANTS).set('ghost', new Y.Map<unknown>([['name', 'Ghost']]));
    mallory.getMap(QUESTIONS).set(
      'q1',
      new Y.Map<unknown>([
        ['text', 'Why is Alice leaving?'],
        ['authorId', 'alice'],
        ['authorName', 'Alice'],
      ]),
    );
    mallory.getMap(PARKING_LOT).set(
      'i1',
      new Y.Map<unknown>([
        ['text', 'Fire Bob'],
        ['authorId', 'alice'],
      ]),
    );
    applyMessage(
      receiver,
      filterMeshMessage(receiver, syncMessage(2, Y.encodeStateAsUpdate(mallory))),
    );
    for (const root of [BOARD_MAPS.ready, PARTICIPANTS, QUESTIONS, PARKING_LOT])
      expect(receiver.getMap(root).size).toBe(0);
  });
});
