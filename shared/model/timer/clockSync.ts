// NTP-style estimate of the host's clock: ping the host a few times, keep the
// sample with the lowest round trip, then tick with the monotonic performance clock, so the
// local wall clock (which may be minutes off) never enters the result.

/** One ping: t0 and t2 on the local clock when sent and received, t1 the host's time. */
export interface ClockSample {
  t0: number;
  t1: number;
  t2: number;
}

export interface ClockEstimate {
  /** Add to a local reading (same clock as t0/t2) to get host time. */
  offsetMs: number;
  /** Round trip of the chosen sample; the offset is off by at most half of it. */
  roundTripMs: number;
}

/** offset = t1 − (t0 + t2) / 2 from the sample with the lowest round trip; null if none is usable. */
export function estimateOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const { t0, t1, t2 } of samples) {
    if (![t0, t1, t2].every(Number.isFinite) || t2 < t0) continue;
    const roundTripMs = t2 - t0;
    if (best === null || roundTripMs < best.roundTripMs)
      best = { offsetMs: t1 - (t0 + t2) / 2, roundTripMs };
  }
  return best;
}

export interface HostClockOptions {
  /** Asks the host for its time (epoch ms), e.g. GET /time. */
  fetchHostTime: () => Promise<number>;
  /** Monotonic local clock, e.g. () => performance.now(). */
  performanceNow: () => number;
  /** Local wall clock, e.g. Date.now; only a fallback before the first sync, and for diagnostics. */
  dateNow: () => number;
  /** Pings per sync (default 5). */
  samples?: number;
}

/** A backward correction larger than this is a real clock change and is applied at once. */
export const MAX_HELD_BACK_MS = 1000;

/**
 * The host's clock as seen from here. Call `sync()` once at start, and again when the caller
 * decides (every 30 s, when the page becomes visible); `hostNow()` is cheap and can run per frame.
 */
export class HostClock {
  private readonly opts: HostClockOptions;
  private current: ClockEstimate | null = null;
  private last = -Infinity;

  constructor(opts: HostClockOptions) {
    this.opts = opts;
  }

  get synced(): boolean {
    return this.current !== null;
  }

  /** The estimate in use, relative to `performanceNow()`; null before the first sync. */
  get estimate(): ClockEstimate | null {
    return this.current;
  }

  /**
   * Pings the host `samples` times in a row and adopts the best sample. Rejects, keeping the
   * previous estimate, when not one ping succeeded.
   */
  async sync(): Promise<ClockEstimate> {
    const n = Math.max(1, this.opts.samples ?? 5);
    const samples: ClockSample[] = [];
    let lastError: unknown = null;
    for (let i = 0; i < n; i++) {
      const t0 = this.opts.performanceNow();
      try {
        const t1 = await this.opts.fetchHostTime();
        samples.push({ t0, t1, t2: this.opts.performanceNow() });
      } catch (err) {
        lastError = err;
      }
    }
    const estimate = estimateOffset(samples);
    if (estimate === null)
      throw lastError instanceof Error ? lastError : new Error('Could not read the host clock.');
    if (this.current === null) this.last = -Infinity; // leaving the wall-clock fallback
    this.current = estimate;
    return estimate;
  }

  /**
   * Host time now. Never goes backwards by a re-sync's small correction (it holds still
   * instead); before the first sync it is the local wall clock, the best guess there is.
   */
  hostNow(): number {
    if (this.current === null) return this.opts.dateNow();
    const now = this.opts.performanceNow() + this.current.offsetMs;
    if (now < this.last && this.last - now <= MAX_HELD_BACK_MS) return this.last;
    this.last = now;
    return now;
  }

  /** How far the local wall clock is from the host's (positive: local is ahead); null before sync. */
  wallClockSkewMs(): number | null {
    return this.current === null ? null : this.opts.dateNow() - this.hostNow();
  }
}
