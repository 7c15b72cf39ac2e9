// Every resource limit of the host, declared once and listed in the README (Limits): one
// attendee must not be able to take the host down. The mechanisms live in limiters.ts; the
// field limits of notes and the like are in shared/model (the schema registry).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface BucketLimit {
  /** Messages a connection may send in one burst. */
  burst: number;
  /** Messages per second it earns back. */
  perSecond: number;
}

export interface RoleLimits {
  attendee: number;
  facilitator: number;
}

export interface HostLimits {
  hub: {
    /** Largest hub frame; the facilitator's may restore a whole session in one sync message. */
    maxFrameBytes: RoleLimits;
    rate: { attendee: BucketLimit; facilitator: BucketLimit };
    /** A session's document may grow to this many bytes; past it updates are refused and the
     * facilitator's console says why. */
    maxDocBytes: number;
    /** An attendee must answer the join challenge within this; until then at most
     * `unprovenMessages` of its messages wait (hub.ts). */
    challengeMs: number;
    unprovenMessages: number;
    /** Hub messages at least this big go compressed, once for every peer (MSG_DEFLATED,
     * shared/protocol/deflatedMessage.ts), to peers that said they inflate (browsers that can,
     * the test kit): a newcomer's sync of a big board, a big paste. Smaller ones (a note, a vote,
     * a presence batch of a small room) go as they are, with no zlib work on their way. Null: no
     * compression (the bench's anchor). Nothing attendees send is ever inflated by the host. */
    deflateAboveBytes: number | null;
  };
  /** Participants waiting for the facilitator (roster/commands.ts): per device address and per
   * session; past it, a new identity's connection is refused and nothing is written. */
  lobby: { perAddress: number; total: number };
  signaling: {
    maxFrameBytes: number;
    rate: BucketLimit;
  };
  /** WebSocket connections (hub and signaling counted apart) per session and per address. */
  connections: {
    perSession: number;
    /** Of perSession, kept for the facilitator's windows: attendees get perSession − reserve. */
    facilitatorReserve: number;
    /** Attendee connections from one address (a laptop with a few tabs, not a script). */
    perAddress: number;
  };
  http: {
    /** A request's headers must arrive within this (slowloris). */
    headersTimeoutMs: number;
    /** A whole request, body included (a 64 MiB import over slow Wi-Fi fits). */
    requestTimeoutMs: number;
    keepAliveTimeoutMs: number;
    /** Open TCP connections from one address other than the host's own. */
    socketsPerAddress: number;
  };
  /** Open TCP connections in all; set below the file-descriptor limit by socketBudget(). */
  sockets: { budget: number; reserveForLocal: number };
  /** Wrong tokens (join codes, facilitator keys) per address before backing off (authFailures.ts). */
  authFailures: { free: number; windowMs: number; maxBackoffMs: number };
}

export const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<HostLimits> = {
  hub: {
    maxFrameBytes: { attendee: 1 * MIB, facilitator: 16 * MIB },
    rate: {
      attendee: { burst: 300, perSecond: 60 },
      facilitator: { burst: 1200, perSecond: 240 },
    },
    maxDocBytes: 16 * MIB,
    challengeMs: 60_000,
    unprovenMessages: 64,
    deflateAboveBytes: 16 * 1024,
  },
  lobby: { perAddress: 4, total: 100 },
  signaling: {
    maxFrameBytes: 64 * 1024, // SDP offers are a few KB
    // A y-webrtc client opening 40 peer connections sends a burst of offers and candidates.
    rate: { burst: 400, perSecond: 40 },
  },
  connections: { perSession: 600, facilitatorReserve: 16, perAddress: 32 },
  http: {
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 120_000,
    keepAliveTimeoutMs: 5_000,
    socketsPerAddress: 256,
  },
  sockets: { budget: 900, reserveForLocal: 64 },
  authFailures: { free: 10, windowMs: 60_000, maxBackoffMs: 5_000 },
};

/** Everything the host does not limit, for the bench's same-run comparison only. */
export const UNLIMITED: Readonly<HostLimits> = {
  hub: {
    maxFrameBytes: { attendee: 64 * MIB, facilitator: 64 * MIB },
    rate: {
      attendee: { burst: Infinity, perSecond: Infinity },
      facilitator: { burst: Infinity, perSecond: Infinity },
    },
    maxDocBytes: Infinity,
    challengeMs: 60_000,
    unprovenMessages: Infinity,
    deflateAboveBytes: 16 * 1024,
  },
  lobby: { perAddress: Infinity, total: Infinity },
  signaling: { maxFrameBytes: 64 * 1024, rate: { burst: Infinity, perSecond: Infinity } },
  connections: { perSession: Infinity, facilitatorReserve: 0, perAddress: Infinity },
  http: {
    headersTimeoutMs: 60_000,
    requestTimeoutMs: 300_000,
    keepAliveTimeoutMs: 5_000,
    socketsPerAddress: Infinity,
  },
  sockets: { budget: Infinity, reserveForLocal: 0 },
  authFailures: { free: Infinity, windowMs: 60_000, maxBackoffMs: 0 },
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type LimitOverrides = DeepPartial<HostLimits>;

/** `base` with `overrides` laid over it (tests lower limits to reach them quickly). */
export function withLimits(overrides: LimitOverrides = {}, base = DEFAULT_LIMITS): HostLimits {
  const merge = (a: unknown, b: unknown): unknown => {
    if (b === undefined) return a;
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return b;
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
    return out;
  };
  return merge(base, overrides) as HostLimits;
}

/** The soft and hard limits on open files, where the OS tells us (Linux); null elsewhere. */
export function fdLimits(read = () => readFileSync('/proc/self/limits', 'utf8')) {
  try {
    const line = /^Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/m.exec(read());
    if (!line) return null;
    const n = (s: string | undefined) => (s === 'unlimited' ? Infinity : Number(s));
    return { soft: n(line[1]), hard: n(line[2]) };
  } catch {
    return null;
  }
}

/** Raises the soft open-files limit towards the hard one where the OS allows (Node does this
 * itself at start on POSIX; Electron's main process may not). Returns the soft limit after. */
export function raiseFdLimit(log: (m: string) => void = () => {}): number | null {
  const before = fdLimits();
  if (!before || before.soft >= before.hard) return before?.soft ?? null;
  const target = Math.min(before.hard, 65_536);
  try {
    execFileSync('prlimit', ['--pid', String(process.pid), `--nofile=${target}:${before.hard}`], {
      stdio: 'ignore',
      timeout: 2000,
    });
  } catch {
    log(`could not raise the open-files limit above ${before.soft} (prlimit unavailable)`);
  }
  return fdLimits()?.soft ?? before.soft;
}

/** Open sockets the host allows: below the fd limit, leaving room for files, pipes and Chromium
 * (PDF export). Without a known limit, what a desktop's default of 1,024 allows. */
export function socketBudget(softLimit: number | null): number {
  const soft = softLimit ?? 1024;
  if (!Number.isFinite(soft)) return 60_000;
  return Math.max(64, Math.floor(soft * 0.9) - 100);
}
