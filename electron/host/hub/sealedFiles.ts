// Host-only state kept in a session's own folder, sealed with AES-256-GCM under a key derived from
// the facilitator key and the session id (HKDF-SHA256, one `info` per kind of state): never in the
// doc, so nobody who reads the session's files or its .offsite export without the facilitator key
// learns it, and deleting the session deletes it. Saves are coalesced: one write at a time, the
// latest state after it. Two kinds today: the anonymous bindings (bindingVault.ts) and where each
// participant joined from (deviceVault.ts).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeAll, type StoreFs } from '../store/storeFs';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** One kind of sealed state: its file in the session's folder, its key's `info`, its shape. */
export interface SealedKind<T> {
  file: string;
  info: string;
  valid(v: unknown): v is T;
  /** What to say in the log when a stored file cannot be read (another facilitator key?). */
  unreadable: string;
}

export interface SealedStore<T> {
  load(sessionId: string): Promise<T | null>;
  save(sessionId: string, state: () => T): void;
  /** Resolves once every save asked for so far is on disk. */
  flush(): Promise<void>;
}

function sessionKey(facilitatorKey: string, sessionId: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', facilitatorKey, sessionId, info, 32));
}

export function sealJson(
  facilitatorKey: string,
  sessionId: string,
  info: string,
  value: unknown,
): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sessionKey(facilitatorKey, sessionId, info), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** The JSON value sealed in `bytes`; undefined when it is not this key's or not well formed. */
export function unsealJson(
  facilitatorKey: string,
  sessionId: string,
  info: string,
  bytes: Uint8Array,
): unknown {
  if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) return undefined;
  const buf = Buffer.from(bytes);
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      sessionKey(facilitatorKey, sessionId, info),
      buf.subarray(1, 1 + IV_BYTES),
    );
    decipher.setAuthTag(buf.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(buf.subarray(1 + IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A sealed store of one kind in each session's folder of the data folder. */
export function sealedFolder<T>(
  fs: StoreFs,
  dataDir: string,
  facilitatorKey: string,
  kind: SealedKind<T>,
  log: (message: string) => void,
): SealedStore<T> {
  const file = (id: string) => path.join(dataDir, id, kind.file);
  const pending = new Map<string, () => T>();
  let writing: Promise<void> = Promise.resolve();
  const write = async (sessionId: string, bytes: Uint8Array) => {
    const tmp = `${file(sessionId)}.new`;
    const fh = await fs.open(tmp, 'w');
    try {
      await writeAll(fh, bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, file(sessionId));
  };
  const drain = async () => {
    for (const [sessionId, get] of pending) {
      pending.delete(sessionId);
      const bytes = sealJson(facilitatorKey, sessionId, kind.info, get());
      await write(sessionId, bytes).catch((err: unknown) => {
        // A deleted session's folder is gone: nothing to keep.
        if ((err as { code?: string }).code !== 'ENOENT')
          log(`session ${sessionId}: could not save ${kind.file}: ${String(err)}`);
      });
    }
  };
  return {
    async load(sessionId) {
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(file(sessionId));
      } catch {
        return null;
      }
      const value = unsealJson(facilitatorKey, sessionId, kind.info, bytes);
      if (kind.valid(value)) return value;
      log(`session ${sessionId}: ${kind.unreadable}`);
      return null;
    },
    save(sessionId, state) {
      const idle = pending.size === 0;
      pending.set(sessionId, state);
      if (idle) writing = writing.then(drain);
    },
    flush: () =>
      writing.then(() => (pending.size > 0 ? (writing = writing.then(drain)) : undefined)),
  };
}
