// The seam between the hub's replicas and durable storage (README, Storage). The hub calls it;
// store/sessionStore.ts implements it, on disk (--data, userData) or on an in-memory fs.

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
