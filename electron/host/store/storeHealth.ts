// Tracks storage faults per session and tells listeners (the console's warning banner) when
// saving fails and when it works again.
import { faultWords } from './storeErrors';
import { hostWords, type HostWords } from '../../../shared/protocol/hostWords';
import type { StoreWarning } from './storeErrors';
import { describeDamage, type DamageReport } from './recovery';

/** A session that was opened around damaged stored data. */
export interface DamageNotice extends DamageReport {
  sessionId: string;
  title: string;
  /** "Strategy offsite: damaged: 1 record skipped, recovered from the snapshot and the update log." */
  message: string;
}

export interface StoreHealth {
  ok: boolean;
  message?: string;
  /** `message` as a code and values, for the page's language. */
  words?: HostWords;
  /** Sessions opened since the host started whose stored data was damaged. */
  damaged: DamageNotice[];
}

export class StoreHealthMonitor {
  private readonly listeners = new Set<(w: StoreWarning) => void>();
  /** Sessions whose last write failed, with the reason. */
  private readonly faults = new Map<string, HostWords>();
  private readonly damage = new Map<string, DamageNotice>();

  constructor(private readonly dataDir: string) {}

  onWarning(listener: (w: StoreWarning) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  health(): StoreHealth {
    const [first] = this.faults.values();
    const damaged = [...this.damage.values()];
    return first === undefined
      ? { ok: true, damaged }
      : { ok: false, message: first.message, words: first, damaged };
  }

  /** A session was rebuilt around damage; said once per session and kind of damage. */
  damaged(sessionId: string, title: string, report: DamageReport): void {
    const message = `${title}: ${describeDamage(report)}`;
    if (this.damage.get(sessionId)?.message === message) return;
    this.damage.set(sessionId, { ...report, sessionId, title, message });
    this.warn({ sessionId, kind: 'damaged', message });
  }

  warn(w: StoreWarning): void {
    for (const l of this.listeners) l(w);
  }

  fault(sessionId: string, err: unknown): void {
    const fault = faultWords(err);
    const message =
      `Offsite can't save to ${this.dataDir}: ${typeof fault === 'string' ? fault : fault.message}. The session keeps running ` +
      `in memory, and Offsite keeps trying to save it.`;
    if (this.faults.get(sessionId)?.message === message) return;
    this.faults.set(
      sessionId,
      hostWords('storage.fault', { dataDir: this.dataDir, fault }, message),
    );
    this.warn({ sessionId, kind: 'fault', message });
  }

  recovered(sessionId: string): void {
    if (!this.faults.delete(sessionId)) return;
    this.warn({ sessionId, kind: 'recovered', message: `Saving works again in ${this.dataDir}.` });
  }

  /** The session is gone: its faults no longer matter. */
  forget(sessionId: string): void {
    this.faults.delete(sessionId);
    this.damage.delete(sessionId);
  }
}
