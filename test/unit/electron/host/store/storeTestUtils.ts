// Helpers for the store tests: a fresh temp folder per test, docs with notes, and an fs whose
// writes can be made to fail on demand (as root, chmod cannot make a folder read-only).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as Y from 'yjs';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { initSession } from '#shared/model/session/commands';
import { nodeStoreFs } from '#electron/host/store/storeFs';
import type { StoreFs } from '#electron/host/store/storeFs';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'offsite-store-'));
}

/** A doc with a title and `n` notes, plus every update it emitted, in order. */
export function docWithNotes(n: number, title = 'Strategy offsite') {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  initSession(doc, { title, now: 1 });
  for (let i = 0; i < n; i++)
    addParkingItem(doc, {
      text: `note ${i}`,
      authorId: 'a',
      authorName: 'Ann',
      now: 10 + i,
      id: `n${i}`,
    });
  return { doc, updates };
}

export function noteUpdate(doc: Y.Doc, i: number): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  doc.on('update', capture);
  addParkingItem(doc, {
    text: `note ${i}`,
    authorId: 'a',
    authorName: 'Ann',
    now: 10 + i,
    id: `n${i}`,
  });
  doc.off('update', capture);
  return update!;
}

/** The note texts a list of stored updates replays to. */
export function replayNotes(updates: Uint8Array[]): string[] {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return listParkingItems(doc).map((n) => n.text);
}

export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

/** nodeStoreFs, except that every write fails with `fault.code` while `fault.code` is set. */
export function faultyFs(): { fs: StoreFs; fault: { code: string | null } } {
  const fault: { code: string | null } = { code: null };
  const check = () => {
    if (fault.code) throw errno(fault.code);
  };
  const fs: StoreFs = {
    ...nodeStoreFs,
    open: async (file, flags) => {
      if (flags !== 'r') check();
      const fh = await nodeStoreFs.open(file, flags);
      return {
        write: async (...args) => {
          check();
          return fh.write(...args);
        },
        sync: () => fh.sync(),
        truncate: async (len) => {
          check();
          return fh.truncate(len);
        },
        close: () => fh.close(),
      };
    },
    mkdir: async (dir) => {
      check();
      return nodeStoreFs.mkdir(dir);
    },
    rename: async (a, b) => {
      check();
      return nodeStoreFs.rename(a, b);
    },
  };
  return { fs, fault };
}
