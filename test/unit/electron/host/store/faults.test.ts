// Storage faults injected through the StoreFs seam (tests run as root, where chmod 0555 does not
// stop writes): a full or read-only data folder must not crash or lose the in-memory session.
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { SessionStore } from '#electron/host/store/sessionStore';
import type { StoreWarning } from '#electron/host/store/sessionStore';
import { nodeStoreFs } from '#electron/host/store/storeFs';
import type { StoreFs } from '#electron/host/store/storeFs';
import { readLog } from '#electron/host/store/updateLog';
import { docWithNotes, errno, faultyFs, replayNotes, tempDir } from './storeTestUtils';

describe('storage faults', () => {
  it('a full disk: appends stay in memory, one warning, health says why, retried later', async () => {
    const dir = tempDir();
    const { fs, fault } = faultyFs();
    const store = new SessionStore({ dataDir: dir, fs, debounceMs: 1, retryMs: 60_000 });
    const { id } = await store.create({ title: 'Offsite' });
    const warnings: StoreWarning[] = [];
    store.onWarning((w) => warnings.push(w));

    fault.code = 'ENOSPC';
    const { updates } = docWithNotes(30);
    for (const u of updates.slice(0, 10)) store.append(id, u);
    await store.flush(id); // resolves: a full disk must not reject into the hub
    for (const u of updates.slice(10, 20)) store.append(id, u);
    await store.flush();
    expect(warnings.map((w) => w.kind)).toEqual(['fault']);
    expect(warnings[0]!.message).toContain('the disk is full (ENOSPC)');
    expect(store.health()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/in memory/),
    });
    // Nothing reached the disk, but load() still sees the records waiting in memory.
    expect(replayNotes((await store.load(id))!.updates)).toHaveLength(19); // [0] is the title

    fault.code = null;
    for (const u of updates.slice(20)) store.append(id, u);
    await store.flush();
    expect(warnings.map((w) => w.kind)).toEqual(['fault', 'recovered']);
    expect(store.health()).toEqual({ ok: true, damaged: [] });
    await store.close();
    expect(replayNotes((await new SessionStore({ dataDir: dir }).load(id))!.updates)).toHaveLength(
      30,
    );
  });

  it('retries on its own after retryMs, without another append or flush', async () => {
    const dir = tempDir();
    const { fs, fault } = faultyFs();
    const store = new SessionStore({ dataDir: dir, fs, debounceMs: 1, retryMs: 20 });
    const { id } = await store.create({ title: 'Offsite' });
    fault.code = 'EROFS';
    const { updates } = docWithNotes(3);
    for (const u of updates) store.append(id, u);
    await expect.poll(() => store.health().message).toContain('read-only disk (EROFS)');
    fault.code = null;
    await expect.poll(() => store.health().ok).toBe(true);
    const log = await readLog(nodeStoreFs, path.join(dir, id, 'updates.log'));
    expect(log.records).toHaveLength(updates.length);
    await store.close();
  });

  it('a write that fails half way is cut off before the retry, so later records stay readable', async () => {
    const dir = tempDir();
    let failNext = false;
    const fs: StoreFs = {
      ...nodeStoreFs,
      open: async (file, flags) => {
        const fh = await nodeStoreFs.open(file, flags);
        return {
          ...fh,
          write: async (buf, offset, length, position) => {
            if (!failNext) return fh.write(buf, offset, length, position);
            failNext = false;
            await fh.write(buf, offset, Math.floor(length / 2), position);
            throw errno('ENOSPC');
          },
          sync: () => fh.sync(),
          truncate: (len) => fh.truncate(len),
          close: () => fh.close(),
        };
      },
    };
    const store = new SessionStore({ dataDir: dir, fs, debounceMs: 1, retryMs: 60_000 });
    const { id } = await store.create({ title: 'Offsite' });
    const { updates } = docWithNotes(6);
    for (const u of updates.slice(0, 3)) store.append(id, u);
    await store.flush();
    failNext = true;
    for (const u of updates.slice(3)) store.append(id, u);
    await store.flush();
    expect(store.health().ok).toBe(false);
    await store.flush(); // the retry
    expect(store.health().ok).toBe(true);
    const log = await readLog(nodeStoreFs, path.join(dir, id, 'updates.log'));
    expect(log.warnings).toEqual([]);
    expect(log.records).toHaveLength(updates.length);
  });

  it('library actions on a read-only folder fail with a sentence and change nothing', async () => {
    const dir = tempDir();
    const { fs, fault } = faultyFs();
    const store = new SessionStore({ dataDir: dir, fs });
    const a = await store.create({ title: 'Keep me' });
    const before = await store.list();
    fault.code = 'EACCES';
    await expect(store.create({ title: 'New' })).rejects.toMatchObject({
      name: 'StoreError',
      code: 'storage-fault',
      message: expect.stringMatching(/Could not create the session: Offsite is not allowed/),
    });
    await expect(store.rename(a.id, 'Other')).rejects.toMatchObject({ code: 'storage-fault' });
    await expect(store.delete(a.id)).rejects.toMatchObject({ code: 'storage-fault' });
    fault.code = null;
    expect(await store.list()).toEqual(before);
  });
});
