// One session's append-only update log: appends are batched and fsync'd within a
// short debounce; a failed write keeps the records in memory and retries; compaction swaps in a
// fresh log carrying only what arrived after the snapshot's cut.
import {
  decodeLog,
  decodeLogAsync,
  encodeLogHeader,
  encodeRecords,
  RECORD_OVERHEAD,
} from './logFormat';
import type { DecodedLog } from './logFormat';
import { nodeStoreFs, writeAll, writeFileAtomic } from './storeFs';
import type { StoreFileHandle, StoreFs } from './storeFs';
import * as path from 'node:path';

export const DEFAULT_DEBOUNCE_MS = 50;
export const DEFAULT_RETRY_MS = 2000;

export interface UpdateLogOptions {
  fs?: StoreFs;
  /** How long appends may wait for their fsync (they are written together). */
  debounceMs?: number;
  /** After a failed write, when to try again even if nothing new arrives. */
  retryMs?: number;
  /** A write failed; the records stay in memory and will be retried. */
  onFault?: (err: unknown) => void;
  /** A write succeeded after earlier failures. */
  onRecovered?: () => void;
  /** Damage found when the log was opened for appending (a copy was kept, the rest cut off). */
  onSkipped?: (warnings: string[]) => void;
  /** Runs before the file is first opened for writing, e.g. to create its folder. */
  prepare?: () => Promise<void>;
}

export interface LogContents {
  records: Uint8Array[];
  warnings: string[];
  damagedRecords: number;
  /** False when there is no such file (yet). */
  exists: boolean;
}

/** Reads a log file; a missing file is an empty log. Never throws for damaged content. */
export async function readLog(
  fs: StoreFs,
  file: string,
): Promise<DecodedLog & { exists: boolean }> {
  const bytes = await readIfExists(fs, file);
  const decoded = await decodeLogAsync(bytes ?? new Uint8Array(0), path.basename(file));
  return { ...decoded, exists: bytes !== null };
}

function logBytes(records: readonly Uint8Array[]): Uint8Array {
  const header = encodeLogHeader();
  const body = encodeRecords(records);
  const bytes = new Uint8Array(header.length + body.length);
  bytes.set(header, 0);
  bytes.set(body, header.length);
  return bytes;
}

async function renameIfExists(fs: StoreFs, from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err;
  }
}

async function readIfExists(fs: StoreFs, file: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw err;
  }
}

export class UpdateLog {
  private readonly fs: StoreFs;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private fh: StoreFileHandle | null = null;
  /** Payloads appended but not yet durable, oldest first. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private appendedSeq = 0;
  private durableSeq = 0;
  private durableSize = 0;
  private fileRecords = 0;
  private needsTruncate = false;
  private faulted = false;
  private closed = false;
  /** While a compaction runs: every payload appended since its cut. */
  private carry: Uint8Array[] | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private waiters: { seq: number; resolve: () => void }[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly opts: UpdateLogOptions = {},
  ) {
    this.fs = opts.fs ?? nodeStoreFs;
    this.debounceMs = opts.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.retryMs = opts.retryMs ?? DEFAULT_RETRY_MS;
  }

  /** Records in the file plus those waiting to be written. */
  get recordCount(): number {
    return this.fileRecords + this.pending.length;
  }

  /** Bytes in the file plus those waiting to be written. */
  get byteLength(): number {
    return this.durableSize + this.pendingBytes;
  }

  /** True while the last write attempt failed. */
  get isFaulted(): boolean {
    return this.faulted;
  }

  append(update: Uint8Array): void {
    if (this.closed) throw new Error(`The update log ${this.file} is closed.`);
    const copy = update.slice();
    this.pending.push(copy);
    this.pendingBytes += RECORD_OVERHEAD + copy.length;
    this.appendedSeq++;
    this.carry?.push(copy);
    this.schedule(this.debounceMs);
  }

  /** Resolves once everything appended so far is durable; rejects with the write error if the
   * attempt fails (the records stay queued and are retried). */
  flush(): Promise<void> {
    const target = this.appendedSeq;
    if (this.durableSeq >= target) return this.queue;
    this.clearTimer();
    return this.serial(async () => {
      if (this.durableSeq < target) await this.writePending();
    });
  }

  /** Resolves once everything appended so far is durable, without hurrying the debounce
   * (what the hub's updates naturally wait). During a fault it waits for the retry. */
  whenDurable(): Promise<void> {
    if (this.durableSeq >= this.appendedSeq) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ seq: this.appendedSeq, resolve }));
  }

  /** Every record: what the file holds (every good record, with warnings for what was
   * skipped) followed by what is still waiting to be written. Runs between writes, so it never
   * sees a half-written batch. */
  read(): Promise<LogContents> {
    return this.serial(async () => {
      const decoded = await readLog(this.fs, this.file);
      return {
        records: [...decoded.records, ...this.pending],
        warnings: decoded.warnings,
        damagedRecords: decoded.damagedRecords,
        exists: decoded.exists,
      };
    });
  }

  /** Marks the cut of a compaction: appends from now on are carried into the next log. */
  beginCompaction(): void {
    if (this.carry) throw new Error('A compaction is already running for this log.');
    this.carry = [];
  }

  abortCompaction(): void {
    this.carry = null;
  }

  /** Call once the snapshot holding everything before the cut is durable: replaces the log
   * (temp file, fsync, rename) with one holding only what was appended since the cut. */
  finishCompaction(previousFile?: string): Promise<void> {
    return this.serial(async () => {
      const carried = this.carry;
      this.carry = null;
      if (!carried) throw new Error('finishCompaction without beginCompaction.');
      const seqAtCut = this.appendedSeq;
      const pendingAtCut = this.pending.length;
      const bytes = logBytes(carried);
      const old = this.fh;
      this.fh = null;
      await old?.close().catch(() => {});
      try {
        // The replaced log becomes the previous generation: with the previous snapshot it
        // rebuilds everything should the new snapshot be damaged later (snapshot.ts).
        if (previousFile) await renameIfExists(this.fs, this.file, previousFile);
        await writeFileAtomic(this.fs, this.file, bytes);
      } catch (err) {
        // The old log (or, if only the folder sync failed, the new one) is intact, and every
        // pending record is still queued: re-open from whatever is on disk and carry on.
        this.noteFault(err);
        throw err;
      }
      const dropped = this.pending.splice(0, pendingAtCut);
      for (const p of dropped) this.pendingBytes -= RECORD_OVERHEAD + p.length;
      this.durableSeq = Math.max(this.durableSeq, seqAtCut);
      this.durableSize = bytes.length;
      this.fileRecords = carried.length;
      this.needsTruncate = false;
      this.noteSuccess();
    });
  }

  /** Writes what is pending and closes the file; later appends are refused. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.clearTimer();
    await this.flush().catch(() => {});
    this.closed = true;
    await this.serial(async () => {
      this.clearTimer();
      await this.fh?.close().catch(() => {});
      this.fh = null;
    });
  }

  /** Drops everything and closes without writing (the session is being deleted). */
  async discard(): Promise<void> {
    this.closed = true;
    this.clearTimer();
    this.pending = [];
    this.pendingBytes = 0;
    for (const w of this.waiters.splice(0)) w.resolve();
    await this.serial(async () => {
      await this.fh?.close().catch(() => {});
      this.fh = null;
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  private schedule(ms: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // Failures are reported through onFault and retried; nobody awaits this one.
      this.serial(() => this.writePending()).catch(() => {});
    }, ms);
    if (ms > this.debounceMs) this.timer.unref?.();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async writePending(): Promise<void> {
    const count = this.pending.length;
    if (count === 0) return;
    const seq = this.appendedSeq;
    const batch = this.pending.slice(0, count);
    const bytes = encodeRecords(batch);
    try {
      const fh = await this.ensureOpen();
      if (this.needsTruncate) {
        // An earlier failed write may have left part of a record behind: cut it off first,
        // or every record after it would be unreadable.
        await fh.truncate(this.durableSize);
        this.needsTruncate = false;
      }
      await writeAll(fh, bytes);
      await fh.sync();
    } catch (err) {
      if (this.fh) this.needsTruncate = true;
      this.noteFault(err);
      if (!this.closed) this.schedule(this.retryMs);
      throw err;
    }
    this.pending.splice(0, count);
    this.pendingBytes -= bytes.length;
    this.durableSeq = seq;
    this.durableSize += bytes.length;
    this.fileRecords += count;
    this.noteSuccess();
  }

  private async ensureOpen(): Promise<StoreFileHandle> {
    if (this.fh) return this.fh;
    await this.opts.prepare?.();
    const bytes = await readIfExists(this.fs, this.file);
    const decoded = decodeLog(bytes ?? new Uint8Array(0), path.basename(this.file));
    if (bytes && decoded.damaged) {
      // Keep the damaged file for a human to look at, then rewrite the log with every good
      // record (those after the damage too): appends must follow a clean record boundary.
      await writeFileAtomic(this.fs, `${this.file}.damaged-${Date.now()}`, bytes);
      this.opts.onSkipped?.(decoded.warnings);
    }
    if (!bytes || bytes.length === 0 || decoded.damaged) {
      const clean = logBytes(decoded.records);
      await writeFileAtomic(this.fs, this.file, clean);
      this.durableSize = clean.length;
    } else {
      this.durableSize = decoded.validLength;
    }
    this.fileRecords = decoded.records.length;
    this.fh = await this.fs.open(this.file, 'a');
    return this.fh;
  }

  private settleWaiters(): void {
    const done = this.waiters.filter((w) => w.seq <= this.durableSeq);
    this.waiters = this.waiters.filter((w) => w.seq > this.durableSeq);
    for (const w of done) w.resolve();
  }

  private noteFault(err: unknown): void {
    this.faulted = true;
    this.opts.onFault?.(err);
  }

  private noteSuccess(): void {
    this.settleWaiters();
    if (!this.faulted) return;
    this.faulted = false;
    this.opts.onRecovered?.();
  }
}
