// One failure limiter for every token check (/signal, /sync, /api/join): wrong join codes and
// facilitator keys are counted per address together. Past a few free failures each attempt from
// that address waits, doubling up to a ceiling, before its token is even looked at, so guessing
// is slow everywhere at once. The right code is never refused: it only waits its turn, and a
// success does not reset the count (an attendee could otherwise interleave guesses with the code
// they were given).
import type { HostLimits } from './limits';

/** Attempts from one address that may wait at once; past it an attempt is refused unheard. */
const MAX_WAITING_PER_ADDRESS = 8;
/** Addresses remembered; the oldest is forgotten past this (bounded memory under a flood). */
const MAX_ADDRESSES = 10_000;
const FIRST_BACKOFF_MS = 250;

interface AddressRecord {
  failures: number[];
  waiting: number;
}

export class AuthFailures {
  private readonly byAddress = new Map<string, AddressRecord>();

  constructor(
    private readonly limits: HostLimits['authFailures'],
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((r) => setTimeout(r, ms).unref()),
  ) {}

  /** How long the next attempt from `address` waits (0 while under the free failures). */
  delayFor(address: string): number {
    const rec = this.byAddress.get(address);
    if (!rec) return 0;
    const cutoff = this.now() - this.limits.windowMs;
    rec.failures = rec.failures.filter((t) => t > cutoff);
    const over = rec.failures.length - this.limits.free;
    if (over < 0) return 0;
    return Math.min(this.limits.maxBackoffMs, FIRST_BACKOFF_MS * 2 ** Math.min(over, 20));
  }

  /**
   * Waits this address's turn, then runs `check` (which says whether the token was right).
   * Resolves to the check's result, or to 'busy' when too many attempts from the address are
   * already waiting (the check is then not run: no answer for a guess).
   */
  async attempt<T extends { ok: boolean }>(address: string, check: () => T): Promise<T | 'busy'> {
    const delay = this.delayFor(address);
    const rec = this.record(address);
    if (delay > 0) {
      if (rec.waiting >= MAX_WAITING_PER_ADDRESS) return 'busy';
      rec.waiting++;
      try {
        await this.sleep(delay);
      } finally {
        rec.waiting--;
      }
    }
    const result = check();
    if (!result.ok) this.fail(address);
    return result;
  }

  fail(address: string): void {
    const rec = this.record(address);
    rec.failures.push(this.now());
    // Only the newest matter for the backoff; keep the list short.
    if (rec.failures.length > this.limits.free + 32) rec.failures.shift();
  }

  private record(address: string): AddressRecord {
    let rec = this.byAddress.get(address);
    if (!rec) {
      if (this.byAddress.size >= MAX_ADDRESSES) {
        const oldest = this.byAddress.keys().next().value;
        if (oldest !== undefined) this.byAddress.delete(oldest);
      }
      rec = { failures: [], waiting: 0 };
      this.byAddress.set(address, rec);
    }
    return rec;
  }
}
