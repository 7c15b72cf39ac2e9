// Reads a session's stored generations so that damage costs only what is damaged: snapshot.bin
// + updates.log normally; when snapshot.bin is damaged (or missing after a crash mid-compaction),
// the previous generation snapshot.prev.bin + updates.prev.log + updates.log, which hold
// everything the damaged snapshot held (see compactLog in snapshot.ts).
import { readLog, type LogContents } from './updateLog';
import { previousGeneration, readSnapshot } from './snapshot';
import { StoreError } from './storeErrors';
import { gapFiller } from './gapFiller';
import type { StoreFs } from './storeFs';

export interface DamageReport {
  /** Damaged log records that were skipped (the records around them were kept). */
  recordsSkipped: number;
  /** The snapshot itself was damaged and the previous generation used instead. */
  snapshotDamaged: boolean;
  /** Where the session was rebuilt from, for people: "the snapshot and the update log". */
  recoveredFrom: string;
}

export interface RecoveredState {
  /** Updates to apply in order; empty when nothing is stored. */
  updates: Uint8Array[];
  /** Human-readable notes on everything left out. */
  warnings: string[];
  /** Set when damaged data (not just a torn tail) was left out. */
  damage: DamageReport | null;
  /** Whether snapshot.bin decoded (or is absent): compaction keeps it as the previous one. */
  currentSnapshotOk: boolean;
  /** False when the session has no stored data at all. */
  found: boolean;
  /** Marks the clocks of skipped records as deleted (gapFiller.ts); already in `updates`. The
   * store appends it to the log so the next open needs no repair. */
  filler: Uint8Array | null;
}

type SnapshotRead = { state: Uint8Array | null; error: StoreError | null };

async function tryReadSnapshot(fs: StoreFs, file: string, sessionId: string) {
  try {
    return { state: await readSnapshot(fs, file, sessionId), error: null } as SnapshotRead;
  } catch (err) {
    // A snapshot from a newer Offsite is not damage: falling back would hide newer data.
    if (err instanceof StoreError && err.code === 'damaged-file')
      return { state: null, error: err };
    throw err;
  }
}

/** Everything stored for a session, around any damage. `current` reads updates.log (with what
 * is still waiting to be written). Throws only for I/O errors and snapshots from the future. */
export async function recoverSession(
  fs: StoreFs,
  files: { snapshot: string; log: string },
  sessionId: string,
  current: () => Promise<LogContents>,
): Promise<RecoveredState> {
  const prevFiles = previousGeneration(files.snapshot, files.log);
  const snap = await tryReadSnapshot(fs, files.snapshot, sessionId);
  const log = await current();
  const warnings = [...log.warnings];
  let recordsSkipped = log.damagedRecords;
  const updates: Uint8Array[] = [];
  let usedPrevious = false;
  let prevSnapshotUsable = false;

  const prevSnap =
    snap.state === null ? await tryReadSnapshot(fs, prevFiles.snapshot, sessionId) : null;
  // A crash between moving updates.log aside and writing the new one, or a damaged or missing
  // snapshot: the previous log is needed.
  const needPrevLog = !log.exists || snap.error !== null || prevSnap?.state != null;
  if (snap.state) updates.push(snap.state);
  else if (prevSnap?.state) {
    updates.push(prevSnap.state);
    usedPrevious = true;
    prevSnapshotUsable = true;
  }
  if (snap.error) warnings.push(`${snap.error.message} It was left out.`);
  if (prevSnap?.error && snap.error) warnings.push(`${prevSnap.error.message} It was left out.`);
  let prevLogExists = false;
  if (needPrevLog) {
    const prevLog = await readLog(fs, prevFiles.log);
    prevLogExists = prevLog.exists;
    if (prevLog.exists) usedPrevious = true;
    updates.push(...prevLog.records);
    warnings.push(...prevLog.warnings);
    recordsSkipped += prevLog.damagedRecords;
  }
  updates.push(...log.records);
  // Without this, every later update of the damaged record's writer would stay pending.
  let filler: Uint8Array | null = null;
  if (recordsSkipped > 0 || (snap.error && !prevSnapshotUsable)) {
    filler = gapFiller(updates).filler;
    if (filler) updates.push(filler);
  }

  const found =
    snap.state !== null || snap.error !== null || usedPrevious || log.exists || updates.length > 0;
  const damaged = snap.error !== null || recordsSkipped > 0;
  let recoveredFrom = '';
  if (damaged) {
    if (!snap.error)
      recoveredFrom = snap.state ? 'the snapshot and the update log' : 'the update log';
    else if (prevSnapshotUsable) recoveredFrom = 'the previous snapshot and the update logs';
    else if (prevLogExists) recoveredFrom = 'the update logs (no earlier snapshot was usable)';
    else
      recoveredFrom = 'the update log alone (notes older than its last compaction may be missing)';
  }
  return {
    updates,
    warnings,
    damage: damaged
      ? { recordsSkipped, snapshotDamaged: snap.error !== null, recoveredFrom }
      : null,
    currentSnapshotOk: snap.error === null,
    found,
    filler,
  };
}

/** "damaged: 2 records skipped, recovered from the snapshot and the update log." */
export function describeDamage(d: DamageReport): string {
  const parts: string[] = [];
  if (d.snapshotDamaged) parts.push('the snapshot was unreadable');
  if (d.recordsSkipped > 0 || !d.snapshotDamaged)
    parts.push(`${d.recordsSkipped} record${d.recordsSkipped === 1 ? '' : 's'} skipped`);
  return `damaged: ${parts.join(', ')}, recovered from ${d.recoveredFrom}.`;
}
