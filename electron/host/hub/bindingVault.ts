// The hub's anonymous bindings (which participant each one-off client id and vote pseudonym
// belongs to), kept across host restarts so that after one, an anonymous author can still change
// their answer, upvote or note and nobody else can take it over. They are sealed with AES-256-GCM
// under a key derived from the facilitator key and the session id (HKDF-SHA256), in the session's
// own folder (`anonymous.bin`), never in the doc: nobody who reads the session's files or its
// .offsite export without the facilitator key learns who wrote what, and deleting the session
// deletes them. Saves are coalesced: one write at a time, the latest state after it.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { AnonymousBindings } from '../../../shared/model/authority/hubAuthority';
import { writeAll, type StoreFs } from '../store/storeFs';

const FILE = 'anonymous.bin';
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface BindingVault {
  load(sessionId: string): Promise<AnonymousBindings | null>;
  save(sessionId: string, bindings: () => AnonymousBindings): void;
  /** Resolves once every save asked for so far is on disk. */
  flush(): Promise<void>;
}

function sessionKey(facilitatorKey: string, sessionId: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', facilitatorKey, sessionId, 'offsite/anonymous-bindings', 32),
  );
}

export function seal(facilitatorKey: string, sessionId: string, b: AnonymousBindings): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sessionKey(facilitatorKey, sessionId), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(b), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** The bindings sealed in `bytes`; null when they are not this key's or not well formed. */
export function unseal(
  facilitatorKey: string,
  sessionId: string,
  bytes: Uint8Array,
): AnonymousBindings | null {
  if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) return null;
  const buf = Buffer.from(bytes);
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      sessionKey(facilitatorKey, sessionId),
      buf.subarray(1, 1 + IV_BYTES),
    );
    decipher.setAuthTag(buf.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(buf.subarray(1 + IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    const b = JSON.parse(text) as AnonymousBindings;
    const pairs = (v: unknown, first: 'number' | 'string') =>
      Array.isArray(v) &&
      v.every((p) => Array.isArray(p) && typeof p[0] === first && typeof p[1] === 'string');
    return pairs(b.clients, 'number') && pairs(b.pseudonyms, 'string') ? b : null;
  } catch {
    return null;
  }
}

/** A vault in each session's folder of the data folder. */
export function folderVault(
  fs: StoreFs,
  dataDir: string,
  facilitatorKey: string,
  log: (message: string) => void,
): BindingVault {
  const file = (id: string) => path.join(dataDir, id, FILE);
  const pending = new Map<string, () => AnonymousBindings>();
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
      await write(sessionId, seal(facilitatorKey, sessionId, get())).catch((err: unknown) => {
        // A deleted session's folder is gone: nothing to keep.
        if ((err as { code?: string }).code !== 'ENOENT')
          log(`session ${sessionId}: could not save anonymous bindings: ${String(err)}`);
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
      const b = unseal(facilitatorKey, sessionId, bytes);
      if (!b)
        log(
          `session ${sessionId}: anonymous bindings could not be read (another facilitator key?); ` +
            `anonymous entries written before stay as they are, changeable by nobody`,
        );
      return b;
    },
    save(sessionId, bindings) {
      const idle = pending.size === 0;
      pending.set(sessionId, bindings);
      if (idle) writing = writing.then(drain);
    },
    flush: () =>
      writing.then(() => (pending.size > 0 ? (writing = writing.then(drain)) : undefined)),
  };
}
