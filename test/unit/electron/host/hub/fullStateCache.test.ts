// The hub's answers to sync step 1 (fullStateCache.ts): a peer that lacks most of the doc gets
// the kept whole state (the same bytes every time) plus a diff of what changed since; a peer that
// holds most of it gets the plain diff. Whatever the answer, applying it brings the peer level.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { FullStateCache } from '#electron/host/hub/fullStateCache';
import { MSG_SYNC } from '#electron/host/hub/hubMessages';

function docWith(notes: number): Y.Doc {
  const doc = new Y.Doc();
  const map = doc.getMap<string>('notes');
  for (let i = 0; i < notes; i++) map.set(`n${i}`, `note ${i}: are customers using it?`);
  return doc;
}

/** Applies the hub's answer as a y-websocket client would; returns the sync kinds it read. */
function apply(peer: Y.Doc, messages: Uint8Array[]): number[] {
  return messages.map((m) => {
    const d = decoding.createDecoder(m);
    expect(decoding.readVarUint(d)).toBe(MSG_SYNC);
    const kind = decoding.readVarUint(d);
    Y.applyUpdate(peer, decoding.readVarUint8Array(d));
    return kind;
  });
}

const level = (a: Y.Doc, b: Y.Doc) => {
  expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  expect(a.getMap('notes').toJSON()).toEqual(b.getMap('notes').toJSON());
};

describe('FullStateCache', () => {
  it('fresh peers get the same kept bytes while the doc is unchanged', () => {
    const doc = docWith(200);
    const cache = new FullStateCache(doc);
    const first = cache.answer(Y.encodeStateVector(new Y.Doc()));
    const second = cache.answer(Y.encodeStateVector(new Y.Doc()));
    expect(first).toHaveLength(1);
    expect(second[0]).toBe(first[0]);
    const peer = new Y.Doc();
    expect(apply(peer, second)).toEqual([syncProtocol.messageYjsSyncStep2]);
    level(peer, doc);
    cache.destroy();
  });

  it('after changes a fresh peer gets the kept state plus one small diff, and is level', () => {
    const doc = docWith(200);
    const cache = new FullStateCache(doc);
    const kept = cache.answer(Y.encodeStateVector(new Y.Doc()))[0]!;
    doc.getMap('notes').set('late', 'written after the state was kept');
    doc.getMap('notes').delete('n3');
    const answer = cache.answer(Y.encodeStateVector(new Y.Doc()));
    expect(answer).toHaveLength(2);
    // The diff first, the kept step 2 last: the peer is level when its step 2 is applied (the
    // moment a client says it is synced), the diff's structs held pending until then.
    expect(answer[1]).toBe(kept);
    expect(answer[0]!.length).toBeLessThan(kept.length / 10);
    const peer = new Y.Doc();
    expect(apply(peer, answer)).toEqual([
      syncProtocol.messageYjsUpdate,
      syncProtocol.messageYjsSyncStep2,
    ]);
    level(peer, doc);
    cache.destroy();
  });

  it('a peer that holds most of the doc gets the plain diff against its state vector', () => {
    const doc = docWith(200);
    const cache = new FullStateCache(doc);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    doc.getMap('notes').set('late', 'one more');
    const answer = cache.answer(Y.encodeStateVector(peer));
    expect(answer).toHaveLength(1);
    expect(answer[0]!.length).toBeLessThan(200);
    apply(peer, answer);
    level(peer, doc);
    cache.destroy();
  });

  it('re-encodes the whole state once what changed since outgrows a quarter of it', () => {
    const doc = docWith(20);
    const cache = new FullStateCache(doc);
    const kept = cache.answer(Y.encodeStateVector(new Y.Doc()))[0]!;
    for (let i = 0; i < 40; i++) doc.getMap('notes').set(`m${i}`, `a later note ${i}`);
    const answer = cache.answer(Y.encodeStateVector(new Y.Doc()));
    expect(answer).toHaveLength(1);
    expect(answer[0]).not.toBe(kept);
    const peer = new Y.Doc();
    apply(peer, answer);
    level(peer, doc);
    // The new kept state serves the next fresh peer as is.
    expect(cache.answer(Y.encodeStateVector(new Y.Doc()))[0]).toBe(answer[0]);
    cache.destroy();
  });

  it('an empty doc answers an empty step 2', () => {
    const doc = new Y.Doc();
    const cache = new FullStateCache(doc);
    const peer = new Y.Doc();
    apply(peer, cache.answer(Y.encodeStateVector(peer)));
    level(peer, doc);
    cache.destroy();
  });
});
