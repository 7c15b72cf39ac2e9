import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SessionStore } from '#electron/host/store/sessionStore';
import { updateMerger } from '#electron/host/store/updateMerger';
import { packParts, unpackParts } from '#electron/host/store/mergeParts';
import { docWithNotes, replayNotes, tempDir } from './storeTestUtils';

describe('updateMerger (compaction on a worker thread)', () => {
  it('merges on the worker into the same doc Y.mergeUpdates makes here', async () => {
    const { doc, updates } = docWithNotes(300);
    const merger = updateMerger();
    try {
      const merged = await merger.merge(updates);
      expect(merger.offThread).toBe(true);
      const a = new Y.Doc();
      Y.applyUpdate(a, merged);
      expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(doc));
      expect(a.getMap('notes').toJSON()).toEqual(doc.getMap('notes').toJSON());
      expect(merged).toEqual(Y.mergeUpdates(updates));
    } finally {
      await merger.close();
    }
  });

  it('a bad update fails the merge with the error Yjs gives, the worker keeps going', async () => {
    const merger = updateMerger();
    try {
      await expect(
        merger.merge([new Uint8Array([255, 255, 255]), new Uint8Array([1])]),
      ).rejects.toThrow();
      const { updates } = docWithNotes(3);
      expect(await merger.merge(updates)).toEqual(Y.mergeUpdates(updates));
      expect(merger.offThread).toBe(true);
    } finally {
      await merger.close();
    }
  });

  it('a store compacts through the worker and loads back every note', async () => {
    const dir = tempDir();
    const merger = updateMerger();
    const store = new SessionStore({ dataDir: dir, debounceMs: 5, merger });
    const { id } = await store.create({ title: 'Offsite' });
    const { doc, updates } = docWithNotes(200);
    for (const u of updates) store.append(id, u);
    await store.compact(id, Y.encodeStateAsUpdate(doc));
    expect(merger.offThread).toBe(true);
    await store.close();
    await merger.close();
    const again = new SessionStore({ dataDir: dir });
    expect(replayNotes((await again.load(id))!.updates)).toHaveLength(200);
    await again.close();
  });
});

describe('exports and copies merge on the merger too', () => {
  it('an export of a session with a log goes through the worker and holds every note', async () => {
    const dir = tempDir();
    const merger = updateMerger();
    let merges = 0;
    const counting = {
      ...merger,
      merge: (parts: Uint8Array[]) => {
        merges++;
        return merger.merge(parts);
      },
      get offThread() {
        return merger.offThread;
      },
    };
    const store = new SessionStore({ dataDir: dir, debounceMs: 5, merger: counting });
    try {
      const { id } = await store.create({ title: 'Offsite' });
      const { updates } = docWithNotes(50);
      for (const u of updates) store.append(id, u);
      await store.flush(id);
      const copy = await store.duplicate(id, 'Copy');
      expect(merges).toBe(1);
      expect(merger.offThread).toBe(true);
      expect(replayNotes((await store.load(copy.id))!.updates)).toHaveLength(50);
      expect((await store.exportFile(id)).length).toBeGreaterThan(0);
      expect(merges).toBe(2);
    } finally {
      await store.close();
      await merger.close();
    }
  });
});

describe('mergeParts (one transferable buffer per merge request)', () => {
  it('round-trips updates, empty ones included, as views of one buffer', () => {
    const parts = [new Uint8Array([1, 2, 3]), new Uint8Array(0), new Uint8Array(1000).fill(7)];
    const packed = packParts(parts);
    const back = unpackParts(packed);
    expect(back).toEqual(parts);
    for (const p of back) expect(p.buffer).toBe(packed);
    expect(unpackParts(packParts([]))).toEqual([]);
  });

  it('a truncated or lying buffer is refused, not read past its end', () => {
    const packed = packParts([new Uint8Array(10), new Uint8Array(10)]);
    expect(() => unpackParts(packed.slice(0, packed.byteLength - 1))).toThrow(/past its end/);
    const lying = new DataView(packParts([new Uint8Array(4)]));
    lying.setUint32(0, 1000, true);
    expect(() => unpackParts(lying.buffer as ArrayBuffer)).toThrow(/past its end/);
  });
});
