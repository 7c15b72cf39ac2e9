import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as Y from 'yjs';
import { SessionStore } from '#electron/host/store/sessionStore';
import { readLog } from '#electron/host/store/updateLog';
import { nodeStoreFs } from '#electron/host/store/storeFs';
import { readMeta } from '#shared/model/session/read';
import { SCHEMA_VERSION } from '#shared/model/doc';
import { docWithNotes, noteUpdate, replayNotes, tempDir } from './storeTestUtils';

function openStore(
  dataDir = tempDir(),
  extra: Partial<ConstructorParameters<typeof SessionStore>[0]> = {},
) {
  let t = 1_000;
  return new SessionStore({ dataDir, debounceMs: 5, now: () => (t += 1000), ...extra });
}

describe('SessionStore as the hub persistence', () => {
  it('stores appended updates and loads them back after a restart', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const meta = await store.create({ title: 'Offsite' });
    const { updates } = docWithNotes(20);
    for (const u of updates) store.append(meta.id, u);
    await store.flush();
    await store.close();

    const again = openStore(dir);
    const stored = await again.load(meta.id);
    expect(stored?.warnings).toEqual([]);
    expect(replayNotes(stored!.updates)).toHaveLength(20);
    expect(await again.load('0'.repeat(32))).toBeNull();
  });

  it('compact() replaces the log with a snapshot and keeps what arrives meanwhile', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const { id } = await store.create({ title: 'Offsite' });
    const { doc, updates } = docWithNotes(10);
    for (const u of updates) store.append(id, u);
    const compaction = store.compact(id, Y.encodeStateAsUpdate(doc));
    store.append(id, noteUpdate(doc, 10)); // arrives during the compaction
    await compaction;
    await store.flush();
    const log = await readLog(nodeStoreFs, path.join(dir, id, 'updates.log'));
    expect(log.records.length).toBeLessThanOrEqual(1);
    expect(fs.existsSync(path.join(dir, id, 'snapshot.bin'))).toBe(true);
    await store.close();
    expect(replayNotes((await openStore(dir).load(id))!.updates)).toHaveLength(11);
  });

  it('compacts by itself once the log passes the record threshold', async () => {
    const dir = tempDir();
    const store = openStore(dir, { compactAfterRecords: 50 });
    const { id } = await store.create({ title: 'Offsite' });
    const { updates } = docWithNotes(120);
    for (const u of updates) {
      store.append(id, u);
      await store.flush(id);
    }
    await store.close();
    const log = await readLog(nodeStoreFs, path.join(dir, id, 'updates.log'));
    expect(log.records.length).toBeLessThan(50);
    expect(replayNotes((await openStore(dir).load(id))!.updates)).toHaveLength(120);
  });
});

describe('SessionStore as the library', () => {
  it('creates, lists, renames, touches, duplicates and deletes', async () => {
    const store = openStore();
    expect(await store.list()).toEqual([]);
    const { doc } = docWithNotes(3);
    const a = await store.create(
      { title: 'Vision', facilitatorName: 'Fay' },
      Y.encodeStateAsUpdate(doc),
    );
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.joinCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    await store.rename(a.id, '  Vision 2030 ');
    const touched = await store.touch(a.id);
    const list = await store.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: a.id, title: 'Vision 2030', facilitatorName: 'Fay' });
    expect(list[0]!.lastOpenedAt).toBe(touched.lastOpenedAt);
    expect(list[0]!.sizeBytes).toBeGreaterThan(100);

    const copy = await store.duplicate(a.id);
    expect(copy.id).not.toBe(a.id);
    expect(copy.joinCode).not.toBe(a.joinCode);
    expect(copy.title).toBe('Vision 2030 (copy)');
    expect(replayNotes((await store.load(copy.id))!.updates)).toHaveLength(3);
    expect((await store.list())[0]!.id).toBe(copy.id); // most recently opened first

    await store.delete(a.id);
    expect((await store.list()).map((s) => s.id)).toEqual([copy.id]);
    await expect(store.rename(a.id, 'x')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.load('../etc')).rejects.toMatchObject({ code: 'invalid-id' });
  });

  it('writes meta.json with the documented fields', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const meta = await store.create({ title: 'Retro' });
    const json = JSON.parse(fs.readFileSync(path.join(dir, meta.id, 'meta.json'), 'utf8'));
    expect(Object.keys(json).sort()).toEqual(
      ['createdAt', 'id', 'joinCode', 'lastOpenedAt', 'schemaVersion', 'title'].sort(),
    );
  });

  it('still lists a session whose meta.json was lost, and ignores stray folders', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const meta = await store.create({ title: 'Retro' });
    fs.rmSync(path.join(dir, meta.id, 'meta.json'));
    fs.mkdirSync(path.join(dir, '.new-abc'));
    fs.mkdirSync(path.join(dir, 'not-a-session'));
    const list = await store.list();
    expect(list.map((s) => [s.id, s.title])).toEqual([[meta.id, 'Recovered session']]);
    await store.sweep();
    expect(fs.existsSync(path.join(dir, '.new-abc'))).toBe(false);
  });
});

describe('.offsite files', () => {
  it('export then import gives a new session with the same notes and a new join code', async () => {
    const store = openStore();
    const { doc, updates } = docWithNotes(5, 'Roadmap');
    const a = await store.create({ title: 'Roadmap' });
    for (const u of updates) store.append(a.id, u);
    const file = await store.exportFile(a.id);
    expect(file.subarray(0, 7).toString()).toBe('OFFSITE');

    const other = openStore();
    const b = await other.importFile(file);
    expect(b.title).toBe('Roadmap');
    expect(b.joinCode).not.toBe(a.joinCode);
    const stored = await other.load(b.id);
    expect(replayNotes(stored!.updates)).toEqual(replayNotes([Y.encodeStateAsUpdate(doc)]));
    const replica = new Y.Doc();
    for (const u of stored!.updates) Y.applyUpdate(replica, u);
    expect(readMeta(replica)).toMatchObject({ title: 'Roadmap', schemaVersion: SCHEMA_VERSION });
  });

  it('refuses empty, truncated, foreign, damaged and future files and changes nothing', async () => {
    const store = openStore();
    const { doc } = docWithNotes(3);
    const a = await store.create({ title: 'Keep me' }, Y.encodeStateAsUpdate(doc));
    const good = await store.exportFile(a.id);
    const before = await store.list();
    const dirBefore = fs.readdirSync(store.dataDir).sort();

    const future = Buffer.from(good);
    future.writeUInt16LE(2, 8);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10]! ^= 1;
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty-file', new Uint8Array(0), /empty/],
      ['truncated-file', good.subarray(0, good.length - 7), /incomplete/],
      ['truncated-file', good.subarray(0, 5), /incomplete/],
      ['foreign-file', Buffer.from('%PDF-1.7 not a session'), /not an Offsite session file/],
      ['future-version', future, /newer version of Offsite/],
      ['damaged-file', flipped, /damaged/],
    ];
    for (const [code, bytes, message] of cases) {
      const err = await store.importFile(bytes).catch((e: unknown) => e);
      expect(err, code).toMatchObject({ name: 'StoreError', code });
      expect((err as Error).message).toMatch(message);
    }
    expect(await store.list()).toEqual(before);
    expect(fs.readdirSync(store.dataDir).sort()).toEqual(dirBefore);
  });

  it('refuses a file whose document is from a newer schema', async () => {
    const store = openStore();
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 99);
    const a = await store.create({ title: 'From the future' }, Y.encodeStateAsUpdate(doc));
    const file = await store.exportFile(a.id);
    await store.delete(a.id);
    await expect(store.importFile(file)).rejects.toMatchObject({
      code: 'future-version',
      message: expect.stringMatching(/schema 99/),
    });
    expect(await store.list()).toEqual([]);
  });
});
