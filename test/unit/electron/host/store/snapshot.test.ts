import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as Y from 'yjs';
import { SessionStore } from '../../../../../electron/host/store/sessionStore';
import {
  decodeSnapshot,
  encodeSnapshot,
  writeSnapshot,
} from '../../../../../electron/host/store/snapshot';
import { nodeStoreFs } from '../../../../../electron/host/store/storeFs';
import { docWithNotes, faultyFs, replayNotes, tempDir } from './storeTestUtils';

describe('snapshot', () => {
  it('round-trips and detects damage', () => {
    const state = Y.encodeStateAsUpdate(docWithNotes(2).doc);
    const file = encodeSnapshot(state);
    expect(decodeSnapshot(file)).toEqual(state);
    file[file.length - 1]! ^= 1;
    expect(() => decodeSnapshot(file)).toThrow(/damaged: checksum/);
  });
});

describe('compaction crash safety', () => {
  async function sessionWithLog(n: number) {
    const dir = tempDir();
    const store = new SessionStore({ dataDir: dir, debounceMs: 1 });
    const { id } = await store.create({ title: 'Offsite' });
    const { doc, updates } = docWithNotes(n);
    for (const u of updates) store.append(id, u);
    await store.close();
    return { dir, id, doc };
  }

  it('ignores a temp snapshot left by a crash before the rename', async () => {
    const { dir, id } = await sessionWithLog(5);
    // A crash mid-compaction: a half-written temp snapshot, nothing renamed yet.
    fs.writeFileSync(path.join(dir, id, 'snapshot.bin.1234-1.tmp'), Buffer.from('OFSSNP half'));
    const stored = await new SessionStore({ dataDir: dir }).load(id);
    expect(stored!.warnings).toEqual([]);
    expect(replayNotes(stored!.updates)).toHaveLength(5);
  });

  it('loses nothing after a crash between the snapshot rename and the new log', async () => {
    const { dir, id, doc } = await sessionWithLog(5);
    // The snapshot is in place but the old log was never replaced: replay applies both.
    await writeSnapshot(
      nodeStoreFs,
      path.join(dir, id, 'snapshot.bin'),
      Y.encodeStateAsUpdate(doc),
    );
    const stored = await new SessionStore({ dataDir: dir }).load(id);
    expect(stored!.updates.length).toBeGreaterThan(5);
    expect(replayNotes(stored!.updates)).toHaveLength(5);
  });

  it('a compaction that cannot write keeps snapshot and log intact, reports it, and succeeds later', async () => {
    const dir = tempDir();
    const { fs: faulty, fault } = faultyFs();
    const store = new SessionStore({ dataDir: dir, fs: faulty, debounceMs: 1, retryMs: 60_000 });
    const { id } = await store.create({ title: 'Offsite' });
    const { doc, updates } = docWithNotes(5);
    for (const u of updates) store.append(id, u);
    await store.flush(id);
    const warnings: string[] = [];
    store.onWarning((w) => warnings.push(w.kind));
    fault.code = 'ENOSPC';
    await store.compact(id, Y.encodeStateAsUpdate(doc)); // does not throw
    expect(warnings).toEqual(['fault']);
    expect(store.health().ok).toBe(false);
    fault.code = null;
    expect(replayNotes((await new SessionStore({ dataDir: dir }).load(id))!.updates)).toHaveLength(
      5,
    );
    await store.compact(id, Y.encodeStateAsUpdate(doc));
    expect(store.health()).toEqual({ ok: true });
    await store.close();
  });
});
