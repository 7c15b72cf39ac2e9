// Tracks storage faults per session and tells listeners (the console's warning banner) when
// saving fails and when it works again.
import { describeFault } from './storeErrors';
import type { StoreWarning } from './storeErrors';

export interface StoreHealth {
  ok: boolean;
  message?: string;
}

export class StoreHealthMonitor {
  private readonly listeners = new Set<(w: StoreWarning) => void>();
  /** Sessions whose last write failed, with the reason. */
  private readonly faults = new Map<string, string>();

  constructor(private readonly dataDir: string) {}

  onWarning(listener: (w: StoreWarning) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  health(): StoreHealth {
    const [first] = this.faults.values();
    return first === undefined ? { ok: true } : { ok: false, message: first };
  }

  warn(w: StoreWarning): void {
    for (const l of this.listeners) l(w);
  }

  fault(sessionId: string, err: unknown): void {
    const message =
      `Offsite can't save to ${this.dataDir}: ${describeFault(err)}. The session keeps running ` +
      `in memory, and Offsite keeps trying to save it.`;
    if (this.faults.get(sessionId) === message) return;
    this.faults.set(sessionId, message);
    this.warn({ sessionId, kind: 'fault', message });
  }

  recovered(sessionId: string): void {
    if (!this.faults.delete(sessionId)) return;
    this.warn({ sessionId, kind: 'recovered', message: `Saving works again in ${this.dataDir}.` });
  }

  /** The session is gone: its faults no longer matter. */
  forget(sessionId: string): void {
    this.faults.delete(sessionId);
  }
}
