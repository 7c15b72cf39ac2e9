import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as Y from 'yjs';
import { SessionStore } from '#electron/host/store/sessionStore';
import { decodeSnapshot, encodeSnapshot, writeSnapshot } from '#electron/host/store/snapshot';
import { nodeStoreFs } from '#electron/host/store/storeFs';
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
    expect(store.health()).toEqual({ ok: true, damaged: [] });
    await store.close();
  });
});

describe('snapshot generations and damage', () => {
  /** A session compacted twice (two generations on disk) with more notes in the live log. */
  async function twoGenerations() {
    const dir = tempDir();
    const store = new SessionStore({ dataDir: dir, debounceMs: 1 });
    const { id } = await store.create({ title: 'Offsite' });
    const { doc, updates } = docWithNotes(30);
    const [init, ...notes] = updates;
    store.append(id, init!);
    for (const u of notes.slice(0, 10)) store.append(id, u);
    await store.compact(id);
    for (const u of notes.slice(10, 20)) store.append(id, u);
    await store.compact(id);
    for (const u of notes.slice(20)) store.append(id, u);
    await store.close();
    return { dir, id, doc, folder: path.join(dir, id) };
  }

  it('keeps the previous snapshot and log next to the current ones', async () => {
    const { folder } = await twoGenerations();
    expect(fs.readdirSync(folder).sort()).toEqual(
      ['meta.json', 'snapshot.bin', 'snapshot.prev.bin', 'updates.log', 'updates.prev.log'].sort(),
    );
  });

  it('a snapshot 3 bytes short opens from the previous generation with nothing lost, and says so', async () => {
    const { dir, id, folder } = await twoGenerations();
    const snap = path.join(folder, 'snapshot.bin');
    fs.truncateSync(snap, fs.statSync(snap).size - 3);
    const store = new SessionStore({ dataDir: dir });
    const stored = await store.load(id);
    expect(replayNotes(stored!.updates)).toHaveLength(30);
    const [notice] = store.health().damaged;
    expect(notice).toMatchObject({ sessionId: id, title: 'Offsite', snapshotDamaged: true });
    expect(notice!.message).toBe(
      'Offsite: damaged: the snapshot was unreadable, recovered from the previous snapshot and the update logs.',
    );
    expect(store.health().ok).toBe(true);
    // The next compaction replaces the damaged snapshot and keeps the generations coherent:
    // damaging the new one again still loses nothing.
    await store.compact(id);
    await store.close();
    expect(replayNotes((await new SessionStore({ dataDir: dir }).load(id))!.updates)).toHaveLength(
      30,
    );
    fs.writeFileSync(snap, Buffer.from('OFSSNP garbage'));
    expect(replayNotes((await new SessionStore({ dataDir: dir }).load(id))!.updates)).toHaveLength(
      30,
    );
  });

  it('a flipped byte mid-log loses only that note, and health says how many records were skipped', async () => {
    const dir = tempDir();
    const store = new SessionStore({ dataDir: dir, debounceMs: 1, compactAfterRecords: 10_000 });
    const { id } = await store.create({ title: 'Big log' });
    const { updates } = docWithNotes(1000);
    for (const u of updates) store.append(id, u);
    await store.close();
    const file = path.join(dir, id, 'updates.log');
    const raw = fs.readFileSync(file);
    raw[Math.floor(raw.length / 2)]! ^= 0x04;
    fs.writeFileSync(file, raw);
    const reopened = new SessionStore({ dataDir: dir });
    expect(replayNotes((await reopened.load(id))!.updates)).toHaveLength(999);
    expect(reopened.health().damaged.map((d) => d.message)).toEqual([
      'Big log: damaged: 1 record skipped, recovered from the update log.',
    ]);
    await reopened.close();
    // The repair was written down: the next open needs none, and still shows the 999.
    const again = new SessionStore({ dataDir: dir });
    expect(replayNotes((await again.load(id))!.updates)).toHaveLength(999);
    expect(again.health().damaged).toEqual([]);
    expect(
      fs.readdirSync(path.join(dir, id)).some((n) => n.startsWith('updates.log.damaged-')),
    ).toBe(true);
  });

  it('a crash right after the snapshot was moved aside opens from the previous one, silently', async () => {
    const { dir, id, folder } = await twoGenerations();
    // As if compaction died between "snapshot.bin -> snapshot.prev.bin" and the new snapshot:
    // prev.bin is then the current generation, and updates.log still its log.
    fs.renameSync(path.join(folder, 'snapshot.bin'), path.join(folder, 'snapshot.prev.bin'));
    const store = new SessionStore({ dataDir: dir });
    const stored = await store.load(id);
    expect(replayNotes(stored!.updates)).toHaveLength(30);
    expect(store.health().damaged).toEqual([]);
  });

  it('a crash right after the log was moved aside opens from the previous log', async () => {
    const { dir, id, folder } = await twoGenerations();
    fs.renameSync(path.join(folder, 'updates.log'), path.join(folder, 'updates.prev.log'));
    const stored = await new SessionStore({ dataDir: dir }).load(id);
    expect(replayNotes(stored!.updates)).toHaveLength(30);
  });
});
