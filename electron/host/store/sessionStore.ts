// The host's session library on disk and the hub's durable ReplicaPersistence (hub/persistence.ts).
// Storage faults never throw out of the hub's calls: they become warnings and health(), the
// data stays in memory and later writes are retried.
import * as path from 'node:path';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../../shared/model/doc';
import { randomId, randomJoinCode } from '../../../shared/model/ids';
import { cleanText, TITLE_MAX_CHARS } from '../../../shared/model/limits';
import type { ReplicaPersistence, StoredState } from '../hub/persistence';
import * as folders from './libraryFolders';
import { LOG_FILE, META_FILE, SNAPSHOT_FILE } from './libraryFolders';
import { encodeOffsiteFile, readOffsiteForImport } from './offsiteFile';
import { assertSessionId, readMetaFile, writeMetaFile, SESSION_ID_PATTERN } from './sessionMeta';
import type { StoredSessionMeta } from './sessionMeta';
import { compactLog } from './snapshot';
import { recoverSession, type RecoveredState } from './recovery';
import { describeFault, errorCode, faultWords, StoreError } from './storeErrors';
import { hostWords } from '../../../shared/protocol/hostWords';
import { StoreHealthMonitor } from './storeHealth';
import type { StoreHealth } from './storeHealth';
import type { StoreWarning } from './storeErrors';
import { nodeStoreFs } from './storeFs';
import type { StoreFs } from './storeFs';
import { readLog, UpdateLog } from './updateLog';
import { sharedMerger, type UpdateMerger } from './updateMerger';

const GONE = hostWords('session.gone', {}, 'That session is not in the library (any more).');

export interface SessionStoreOptions {
  dataDir: string;
  /** The file system; tests inject faults through it. */
  fs?: StoreFs;
  /** Appends are fsync'd within this many ms (default 50). */
  debounceMs?: number;
  /** After a failed write, retry this often (default 2000 ms). */
  retryMs?: number;
  /** Compact a session's log once it passes either size (defaults 1 MiB, 1,000 records). */
  compactAfterBytes?: number;
  compactAfterRecords?: number;
  now?: () => number;
  /** Merges for compaction (default: on a worker thread, updateMerger.ts). */
  merger?: UpdateMerger;
}

export interface SessionSummary extends StoredSessionMeta {
  /** Bytes on disk of the session's folder. */
  sizeBytes: number;
}

export interface NewSession {
  title: string;
  facilitatorName?: string;
  createdAt?: number;
  schemaVersion?: number;
  series?: StoredSessionMeta['series'];
}

const FAULT_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

/** What a person asked of the library, as a storage fault's refusal says it. */
const ACTIONS = {
  create: 'create the session',
  rename: 'rename the session',
  update: 'update the session',
  joinCode: 'change the join code',
  delete: 'delete the session',
} as const;
type LibraryAction = keyof typeof ACTIONS;

export class SessionStore implements ReplicaPersistence {
  readonly dataDir: string;
  private readonly fs: StoreFs;
  private readonly now: () => number;
  private readonly logs = new Map<string, UpdateLog>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly compacting = new Map<string, Promise<void>>();
  private readonly monitor: StoreHealthMonitor;
  private readonly merger: UpdateMerger;

  constructor(private readonly opts: SessionStoreOptions) {
    this.merger = opts.merger ?? sharedMerger();
    this.dataDir = path.resolve(opts.dataDir);
    this.fs = opts.fs ?? nodeStoreFs;
    this.now = opts.now ?? Date.now;
    this.monitor = new StoreHealthMonitor(this.dataDir);
  }

  /** The file system the library writes through (with its fault seam), for the saved templates. */
  get files(): StoreFs {
    return this.fs;
  }

  /** Calls `listener` for each fault, recovery and skipped piece of data; returns an unsubscribe. */
  onWarning(listener: (w: StoreWarning) => void): () => void {
    return this.monitor.onWarning(listener);
  }

  /** Whether saving works; when it does not, a sentence for the console's banner. */
  health(): StoreHealth {
    return this.monitor.health();
  }

  // ---- ReplicaPersistence ----

  async load(sessionId: string): Promise<StoredState | null> {
    const recovered = await this.recover(sessionId);
    if (!recovered.found) return null;
    const { updates, warnings } = recovered;
    for (const message of warnings) this.monitor.warn({ sessionId, kind: 'skipped', message });
    if (recovered.filler) this.logFor(sessionId).append(recovered.filler);
    if (recovered.damage) {
      const title = await readMetaFile(this.fs, this.file(sessionId, META_FILE)).then(
        (m) => m.title,
        () => sessionId,
      );
      this.monitor.damaged(sessionId, title, recovered.damage);
    }
    return { updates, warnings };
  }

  append(sessionId: string, update: Uint8Array): void {
    assertSessionId(sessionId);
    const log = this.logFor(sessionId);
    log.append(update);
    this.compactIfBig(sessionId, log);
  }

  /** Compacts a log past its thresholds; again when what arrived during one (the merge runs on
   * a worker, so appends go on meanwhile) is itself past them, as long as each run works. */
  private compactIfBig(sessionId: string, log: UpdateLog): void {
    const { compactAfterBytes = 1 << 20, compactAfterRecords = 1000 } = this.opts;
    const big = log.recordCount >= compactAfterRecords || log.byteLength >= compactAfterBytes;
    if (!big || log.isFaulted || this.compacting.has(sessionId)) return;
    const run = this.compactOnce(sessionId).then((ok) => {
      this.compacting.delete(sessionId);
      if (ok && this.logs.get(sessionId) === log) this.compactIfBig(sessionId, log);
    });
    this.compacting.set(sessionId, run);
  }

  /** Resolves once everything appended is durable, or once the attempt has failed and been
   * reported (onWarning, health()): it never rejects, a full disk must not stop the session. */
  async flush(sessionId?: string): Promise<void> {
    const logs = sessionId ? [this.logs.get(sessionId)] : [...this.logs.values()];
    await Promise.all(logs.map((log) => log?.flush().catch(() => {})));
  }

  /** Resolves when the session's appends so far are durable, at the debounce's own pace. */
  whenDurable(sessionId: string): Promise<void> {
    return this.logs.get(sessionId)?.whenDurable() ?? Promise.resolve();
  }

  /** Replaces the session's log with a snapshot. `state` (the replica's) is merged with what is
   * stored, so a partial state can never drop anything. Failures are reported, not thrown. */
  async compact(sessionId: string, state?: Uint8Array): Promise<void> {
    await this.compactOnce(sessionId, state);
  }

  /** compact(), saying whether it worked. */
  private async compactOnce(sessionId: string, state?: Uint8Array): Promise<boolean> {
    assertSessionId(sessionId);
    const log = this.logFor(sessionId);
    const files = { snapshot: this.file(sessionId, SNAPSHOT_FILE), log: log.file };
    return this.withLock(sessionId, () =>
      compactLog(this.fs, files, log, async () => {
        const stored = await this.recover(sessionId);
        const parts = [...stored.updates, ...(state ? [state] : [])];
        const merged = await this.merger.merge(parts);
        return { state: merged, currentOk: stored.currentSnapshotOk };
      }),
    ).then(
      () => {
        this.monitor.recovered(sessionId);
        return true;
      },
      (err: unknown) => {
        if (err instanceof StoreError && err.code === 'damaged-file')
          this.monitor.warn({
            sessionId,
            kind: 'skipped',
            message: `Not compacted: ${err.message}`,
          });
        else this.monitor.fault(sessionId, err);
        return false;
      },
    );
  }

  // ---- the library ----

  async list(): Promise<SessionSummary[]> {
    const out: SessionSummary[] = [];
    for (const id of await folders.listSessionIds(this.fs, this.dataDir)) {
      const meta = await readMetaFile(this.fs, this.file(id, META_FILE)).catch(() => ({
        // Never hide a session whose meta.json is gone: its notes are still there.
        id,
        title: 'Recovered session',
        createdAt: 0,
        lastOpenedAt: 0,
        joinCode: '',
        schemaVersion: 0,
      }));
      out.push({ ...meta, sizeBytes: await folders.folderSize(this.fs, this.dir(id)) });
    }
    return out.sort((a, b) => b.lastOpenedAt - a.lastOpenedAt || a.title.localeCompare(b.title));
  }

  async get(id: string): Promise<StoredSessionMeta> {
    assertSessionId(id);
    try {
      return await readMetaFile(this.fs, this.file(id, META_FILE));
    } catch (err) {
      if (errorCode(err) === 'ENOENT') throw new StoreError(GONE.message, 'not-found', GONE);
      throw err;
    }
  }

  async create(input: NewSession, initialState?: Uint8Array): Promise<StoredSessionMeta> {
    const now = this.now();
    const meta: StoredSessionMeta = {
      id: randomId(),
      title: cleanText(input.title, 'The session title', TITLE_MAX_CHARS),
      createdAt: input.createdAt ?? now,
      lastOpenedAt: now,
      joinCode: randomJoinCode(),
      schemaVersion: input.schemaVersion ?? SCHEMA_VERSION,
      ...(input.facilitatorName !== undefined && { facilitatorName: input.facilitatorName }),
      ...(input.series !== undefined && { series: input.series }),
    };
    await this.asStoreError('create', () =>
      folders.createSessionFolder(this.fs, this.dataDir, meta, initialState),
    );
    return meta;
  }

  rename(id: string, title: string): Promise<StoredSessionMeta> {
    const clean = cleanText(title, 'The session title', TITLE_MAX_CHARS);
    return this.patchMeta(id, 'rename', { title: clean });
  }

  /** Records that the session was opened now. */
  touch(id: string): Promise<StoredSessionMeta> {
    return this.patchMeta(id, 'update', { lastOpenedAt: this.now() });
  }

  /** Records the schema version the session's document was migrated to on open. */
  setSchemaVersion(id: string, schemaVersion: number): Promise<StoredSessionMeta> {
    return this.patchMeta(id, 'update', { schemaVersion });
  }

  /** Records the session's place in its series (the host wrote the same into its document). */
  setSeries(
    id: string,
    series: NonNullable<StoredSessionMeta['series']>,
  ): Promise<StoredSessionMeta> {
    return this.patchMeta(id, 'update', { series });
  }

  /** Gives the session a fresh join code (the old one stops working). */
  newJoinCode(id: string): Promise<StoredSessionMeta> {
    return this.patchMeta(id, 'joinCode', { joinCode: randomJoinCode() });
  }

  /** A copy with a new id and join code (its own room), holding everything stored so far. */
  async duplicate(id: string, title?: string): Promise<StoredSessionMeta> {
    // A copy stands alone: it takes no place in the original's series.
    const { series: _alone, ...meta } = await this.get(id);
    const state = await this.storedState(id);
    return this.create(
      { ...meta, title: title ?? `${meta.title} (copy)`, createdAt: this.now() },
      state,
    );
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.withLock(id, async () => {
      await this.logs.get(id)?.discard();
      this.logs.delete(id);
      this.monitor.forget(id);
      await this.asStoreError('delete', () =>
        folders.removeSessionFolder(this.fs, this.dataDir, id),
      );
    });
  }

  /** The session as one `.offsite` file (see offsiteFile.ts). */
  async exportFile(id: string): Promise<Buffer> {
    const meta = await this.get(id);
    const state = await this.storedState(id);
    const bytes = encodeOffsiteFile({
      header: {
        sessionId: meta.id,
        title: meta.title,
        createdAt: meta.createdAt,
        lastOpenedAt: meta.lastOpenedAt,
        schemaVersion: meta.schemaVersion,
        exportedAt: this.now(),
        ...(meta.facilitatorName !== undefined && { facilitatorName: meta.facilitatorName }),
      },
      state,
    });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Adds the session in an `.offsite` file to the library, migrated to the current schema,
   * as a new session (new id and join code). Throws StoreError and changes nothing if the file
   * is empty, truncated, foreign, damaged or from a newer version. */
  async importFile(file: Uint8Array): Promise<StoredSessionMeta> {
    const { header, state } = readOffsiteForImport(file);
    return this.create(header, state);
  }

  /** Writes what is pending and closes every log. */
  async close(): Promise<void> {
    while (this.compacting.size > 0) await Promise.all([...this.compacting.values()]);
    await Promise.all([...this.logs.values()].map((log) => log.close()));
    this.logs.clear();
  }

  /** Clears work folders a crash may have left in the data folder. */
  sweep(): Promise<void> {
    return folders.sweepWorkFolders(this.fs, this.dataDir);
  }

  // ---- internals ----

  private dir(id: string): string {
    return path.join(this.dataDir, id);
  }

  private file(id: string, name: string): string {
    return path.join(this.dataDir, id, name);
  }

  /** The session's stored generations around any damage (recovery.ts). */
  private recover(sessionId: string): Promise<RecoveredState> {
    assertSessionId(sessionId);
    const files = {
      snapshot: this.file(sessionId, SNAPSHOT_FILE),
      log: this.file(sessionId, LOG_FILE),
    };
    const log = this.logs.get(sessionId);
    return recoverSession(this.fs, files, sessionId, async () => {
      if (log) return log.read();
      // Not open for writing yet: read the file without creating a log object for it.
      const decoded = await readLog(this.fs, files.log);
      return { ...decoded, records: decoded.records };
    });
  }

  private logFor(id: string): UpdateLog {
    let log = this.logs.get(id);
    if (!log) {
      log = new UpdateLog(this.file(id, LOG_FILE), {
        fs: this.fs,
        ...(this.opts.debounceMs !== undefined && { debounceMs: this.opts.debounceMs }),
        ...(this.opts.retryMs !== undefined && { retryMs: this.opts.retryMs }),
        onFault: (err) => this.monitor.fault(id, err),
        onRecovered: () => this.monitor.recovered(id),
        onSkipped: (warnings) => {
          for (const message of warnings)
            this.monitor.warn({ sessionId: id, kind: 'skipped', message });
        },
        prepare: () => this.fs.mkdir(this.dir(id)),
      });
      this.logs.set(id, log);
    }
    return log;
  }

  /** Everything stored for a session as one update (snapshot and log merged), merged on the
   * worker like a compaction: an export or a copy must not stall the hub either. */
  private async storedState(id: string): Promise<Uint8Array> {
    const stored = await this.load(id);
    const updates = stored?.updates ?? [];
    if (updates.length === 0) return Y.mergeUpdates([]);
    return this.merger.merge(updates);
  }

  private async patchMeta(
    id: string,
    what: LibraryAction,
    patch: Partial<StoredSessionMeta>,
  ): Promise<StoredSessionMeta> {
    return this.withLock(id, async () => {
      const meta = { ...(await this.get(id)), ...patch };
      await this.asStoreError(what, () => writeMetaFile(this.fs, this.file(id, META_FILE), meta));
      return meta;
    });
  }

  /** Library actions are asked for by a person: a storage fault fails them with a sentence. */
  private async asStoreError<T>(what: LibraryAction, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      const code = errorCode(err);
      if (code && FAULT_CODES.has(code)) {
        const fault = faultWords(err);
        const message = `Could not ${ACTIONS[what]}: ${describeFault(err)}.`;
        throw new StoreError(
          message,
          'storage-fault',
          hostWords('storage.actionFailed', { action: what, fault }, message),
        );
      }
      throw err;
    }
  }

  private withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.locks.get(id) ?? Promise.resolve()).then(fn, fn);
    const settled = run.then(
      () => {},
      () => {},
    );
    this.locks.set(id, settled);
    void settled.then(() => {
      if (this.locks.get(id) === settled) this.locks.delete(id);
    });
    return run;
  }
}

export { SESSION_ID_PATTERN, StoreError };
export type { StoredSessionMeta, StoreHealth, StoreWarning };
