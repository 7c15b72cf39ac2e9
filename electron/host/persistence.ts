// The seam between the hub's replicas and durable storage (DESIGN.md §4). The hub calls it;
// the in-memory implementation below serves tests and the skeleton, store.ts the real library.

export interface StoredState {
  /** Updates to apply in order (a compacted snapshot first, then the log's records). */
  updates: Uint8Array[];
  /** Human-readable notes on anything skipped while reading (torn tail, bad checksum). */
  warnings: string[];
}

export interface ReplicaPersistence {
  /** The stored state of a session, or null when nothing is stored for it. */
  load(sessionId: string): Promise<StoredState | null>;
  /** Records an update the replica accepted; durable within the implementation's debounce. */
  append(sessionId: string, update: Uint8Array): void;
  /** Resolves once everything appended so far is durable. */
  flush(sessionId?: string): Promise<void>;
  /** Replaces the log with one snapshot of the whole state. */
  compact(sessionId: string, state: Uint8Array): Promise<void>;
}

/** Keeps updates in memory only: for tests and for a host started without a data folder. */
export class MemoryPersistence implements ReplicaPersistence {
  private readonly logs = new Map<string, Uint8Array[]>();

  async load(sessionId: string): Promise<StoredState | null> {
    const log = this.logs.get(sessionId);
    return log ? { updates: [...log], warnings: [] } : null;
  }

  append(sessionId: string, update: Uint8Array): void {
    let log = this.logs.get(sessionId);
    if (!log) this.logs.set(sessionId, (log = []));
    log.push(update);
  }

  async flush(): Promise<void> {}

  async compact(sessionId: string, state: Uint8Array): Promise<void> {
    this.logs.set(sessionId, [state]);
  }
}
