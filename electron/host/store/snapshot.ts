// snapshot.bin: one compacted Yjs update with a small checksummed header, replaced atomically
// (temp file, fsync, rename, fsync folder). Compaction writes it, then swaps in a fresh log.
import { crc32 } from './crc32';
import { StoreError } from './storeErrors';
import { writeFileAtomic } from './storeFs';
import type { StoreFs } from './storeFs';
import type { UpdateLog } from './updateLog';

const MAGIC = new TextEncoder().encode('OFSSNP');
export const SNAPSHOT_FORMAT_VERSION = 1;
const HEADER_BYTES = MAGIC.length + 2 + 4 + 4;

export function encodeSnapshot(state: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + state.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(MAGIC.length, SNAPSHOT_FORMAT_VERSION, true);
  view.setUint32(MAGIC.length + 2, state.length, true);
  view.setUint32(MAGIC.length + 6, crc32(state), true);
  out.set(state, HEADER_BYTES);
  return out;
}

/** The state in a snapshot file. Throws StoreError when it is damaged: unlike a log's tail,
 * a snapshot holds the whole past, so silently continuing without it would lose the session. */
export function decodeSnapshot(bytes: Uint8Array, sessionId?: string): Uint8Array {
  const which = sessionId ? `The saved snapshot of session ${sessionId}` : 'The saved snapshot';
  const damaged = (why: string) => new StoreError(`${which} is damaged: ${why}.`, 'damaged-file');
  if (bytes.length < HEADER_BYTES || !MAGIC.every((b, i) => bytes[i] === b))
    throw damaged('it does not start with an Offsite snapshot header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(MAGIC.length, true);
  if (version !== SNAPSHOT_FORMAT_VERSION)
    throw new StoreError(
      `${which} uses snapshot format ${version}; this version of Offsite reads format ${SNAPSHOT_FORMAT_VERSION}. Update Offsite to open it.`,
      'future-version',
    );
  const length = view.getUint32(MAGIC.length + 2, true);
  if (HEADER_BYTES + length !== bytes.length)
    throw damaged(
      `it should hold ${length} bytes of state but holds ${bytes.length - HEADER_BYTES}`,
    );
  const state = bytes.subarray(HEADER_BYTES);
  if (crc32(state) !== view.getUint32(MAGIC.length + 6, true)) throw damaged('checksum mismatch');
  return state;
}

/** The snapshot's state, or null when there is none yet. Leftover temp files are ignored. */
export async function readSnapshot(
  fs: StoreFs,
  file: string,
  sessionId?: string,
): Promise<Uint8Array | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw err;
  }
  return decodeSnapshot(bytes, sessionId);
}

export function writeSnapshot(fs: StoreFs, file: string, state: Uint8Array): Promise<void> {
  return writeFileAtomic(fs, file, encodeSnapshot(state));
}

/**
 * Replaces snapshot + log with a snapshot of `state` and a log of what arrived meanwhile.
 * `state` is taken after the cut is marked, so it covers every record appended before it.
 * Crash-safe at every step: until the snapshot's rename the old snapshot and log are intact;
 * between it and the log's rename, the new snapshot plus the old log replay to the same state
 * (Yjs updates are idempotent); after it, the new log holds every record past the cut.
 */
export async function compactLog(
  fs: StoreFs,
  snapshotFile: string,
  log: UpdateLog,
  state: () => Uint8Array | Promise<Uint8Array>,
): Promise<void> {
  log.beginCompaction();
  try {
    await writeSnapshot(fs, snapshotFile, await state());
  } catch (err) {
    log.abortCompaction();
    throw err;
  }
  await log.finishCompaction();
}
