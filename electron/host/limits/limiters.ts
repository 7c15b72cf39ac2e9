// The mechanisms behind limits.ts: a token bucket per connection, connection quotas per session
// and address with the facilitator's reserve, and the TCP socket budget. All take an injected
// clock so tests are deterministic.
import type { Server, Socket } from 'node:net';
import type { BucketLimit, HostLimits } from './limits';
import type { Role } from '../../../shared/model/doc';

/** Messages per connection: a burst, then a steady rate. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limit: BucketLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = limit.burst;
    this.last = now();
  }

  /** Takes one token; false when the connection is sending faster than allowed. */
  take(): boolean {
    if (this.limit.burst === Infinity) return true;
    const t = this.now();
    const elapsed = Math.max(0, t - this.last) / 1000;
    this.last = t;
    this.tokens = Math.min(this.limit.burst, this.tokens + elapsed * this.limit.perSecond);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The facilitator's windows run on the host's own machine. */
export function isLocalAddress(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

export type QuotaRefusal = 'session-full' | 'address-full';

/** Open WebSocket connections per session and per address (one instance per server: hub and
 * signaling count apart). The facilitator is never counted against an address and always has
 * `facilitatorReserve` places left in a session that attendees have filled. */
export class ConnectionQuota {
  private readonly perSession = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();

  constructor(private readonly limits: HostLimits['connections']) {}

  /** Counts the connection in, or says why not; call the returned release when it closes. */
  admit(
    sessionId: string,
    role: Role,
    address: string | undefined,
  ): { ok: true; release: () => void } | { ok: false; why: QuotaRefusal } {
    const inSession = this.perSession.get(sessionId) ?? 0;
    const cap =
      role !== 'attendee'
        ? this.limits.perSession
        : this.limits.perSession - this.limits.facilitatorReserve;
    if (inSession >= cap) return { ok: false, why: 'session-full' };
    const key = role === 'attendee' ? (address ?? '?') : null;
    if (key !== null && (this.perAddress.get(key) ?? 0) >= this.limits.perAddress)
      return { ok: false, why: 'address-full' };
    this.perSession.set(sessionId, inSession + 1);
    if (key !== null) this.perAddress.set(key, (this.perAddress.get(key) ?? 0) + 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        decrement(this.perSession, sessionId);
        if (key !== null) decrement(this.perAddress, key);
      },
    };
  }

  count(sessionId: string): number {
    return this.perSession.get(sessionId) ?? 0;
  }
}

function decrement(map: Map<string, number>, key: string): void {
  const n = (map.get(key) ?? 0) - 1;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}

/**
 * Keeps open TCP sockets under the budget (below the fd limit) and per address: a flood of idle
 * sockets is cut at accept, before it can use up the descriptors the host needs. The host's own
 * machine (the facilitator's windows) keeps a reserve past the budget and has no per-address cap.
 */
export function guardSockets(
  server: Server,
  limits: Pick<HostLimits, 'sockets' | 'http'>,
  log: (m: string) => void = () => {},
): { open(): number } {
  let open = 0;
  const perAddress = new Map<string, number>();
  let loggedBudget = false;
  const loggedAddresses = new Set<string>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '?';
    const local = isLocalAddress(address);
    const cap = limits.sockets.budget - (local ? 0 : limits.sockets.reserveForLocal);
    const fromHere = perAddress.get(address) ?? 0;
    if (open >= cap) {
      if (!loggedBudget)
        log(`socket budget of ${limits.sockets.budget} reached: refusing new connections`);
      loggedBudget = true;
      socket.destroy();
      return;
    }
    if (!local && fromHere >= limits.http.socketsPerAddress) {
      if (!loggedAddresses.has(address))
        log(`${address} has ${fromHere} connections open: refusing more from it`);
      loggedAddresses.add(address);
      socket.destroy();
      return;
    }
    open++;
    perAddress.set(address, fromHere + 1);
    socket.once('close', () => {
      open--;
      decrement(perAddress, address);
      if (open < cap) loggedBudget = false;
    });
  });
  return { open: () => open };
}
