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

/** Where compaction keeps the generation before the current one (see compactLog). */
export function previousGeneration(snapshotFile: string, logFile: string) {
  return {
    snapshot: snapshotFile.replace(/\.bin$/, '.prev.bin'),
    log: logFile.replace(/\.log$/, '.prev.log'),
  };
}

/**
 * Replaces snapshot + log with a snapshot of `state` and a log of what arrived meanwhile, keeping
 * the generation before as snapshot.prev.bin + updates.prev.log: together they hold everything
 * the new snapshot holds, so a damaged snapshot later costs nothing (recovery.ts).
 * `state` is taken after the cut is marked, so it covers every record appended before it; the
 * log is flushed first so that the previous log holds every record the new snapshot does.
 * Crash-safe at every step: a missing snapshot.bin (crash right after it was moved aside) opens
 * from the previous generation; a missing updates.log (crash right after it was moved aside)
 * opens from the previous log; Yjs updates are idempotent, so replaying both is safe.
 * `currentOk` is false when snapshot.bin is damaged: it is then not kept as the previous
 * generation (that would replace a good one); the new state is written to both instead.
 */
export async function compactLog(
  fs: StoreFs,
  files: { snapshot: string; log: string },
  log: UpdateLog,
  state: () => Promise<{ state: Uint8Array; currentOk: boolean }>,
): Promise<void> {
  const prev = previousGeneration(files.snapshot, files.log);
  await log.flush();
  log.beginCompaction();
  try {
    const next = await state();
    if (next.currentOk) await renameIfPresent(fs, files.snapshot, prev.snapshot);
    else await writeSnapshot(fs, prev.snapshot, next.state);
    await writeSnapshot(fs, files.snapshot, next.state);
  } catch (err) {
    log.abortCompaction();
    throw err;
  }
  await log.finishCompaction(prev.log);
}

async function renameIfPresent(fs: StoreFs, from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err;
  }
}
