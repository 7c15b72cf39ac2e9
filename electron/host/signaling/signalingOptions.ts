// What the signaling server (signaling.ts) is given and reports: its options, limits and their
// defaults, stats, close codes.
import { DEFAULT_LIMITS, type BucketLimit, type HostLimits } from '../limits/limits';
import type { AuthFailures } from '../limits/authFailures';
import type { Role } from '../../../shared/model/doc';

export interface SignalingLimits {
  maxFrameBytes: number;
  rate: BucketLimit;
  /** The most topics one subscribe/unsubscribe frame may list; longer frames are dropped. */
  maxTopicsPerConnection: number;
  connections: HostLimits['connections'];
  /** A connection without a token must authenticate within this. */
  authTimeoutMs: number;
}

/** What a token grants: the ONE topic (session id = y-webrtc room name) and who holds it. */
export type SignalingGrant = string | { topic: string; role: Role };

export interface SignalingOptions {
  /** Maps a token (from ?token= for attendees, from the auth frame for the facilitator) to what
   * it grants, or null to refuse. A plain string grants an attendee's place. */
  authorize(token: string, via: 'url' | 'frame'): SignalingGrant | null;
  /** Counts wrong tokens per address with the hub and /api/join (authFailures.ts). */
  failures?: AuthFailures;
  limits?: Partial<SignalingLimits>;
  log?: (message: string) => void;
  now?: () => number; // injectable clock for rate limiting tests
  /** Schedules the keepalive sweep and returns its cancel function; default: every 30 s.
   *  Each sweep closes connections that did not answer the previous sweep's ws ping. */
  heartbeat?: (sweep: () => void) => () => void;
}

export interface SignalingStats {
  connections: number;
  topics: number;
  framesDropped: number;
  connectionsClosedForAbuse: number;
}

export const DEFAULT_SIGNALING_LIMITS: Readonly<SignalingLimits> = {
  maxFrameBytes: DEFAULT_LIMITS.signaling.maxFrameBytes,
  rate: DEFAULT_LIMITS.signaling.rate,
  maxTopicsPerConnection: 4,
  connections: DEFAULT_LIMITS.connections,
  authTimeoutMs: 10_000,
};

/** The defaults with what `partial` sets (Partial<> admits explicit undefined: only real values
 * override a default). */
export function signalingLimits(partial: Partial<SignalingLimits> = {}): SignalingLimits {
  const limits: SignalingLimits = { ...DEFAULT_SIGNALING_LIMITS };
  for (const [key, value] of Object.entries(partial)) {
    if (key in limits && value !== undefined && value !== null) {
      (limits as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return limits;
}

/** Frames a connection may send before its auth frame; more and it is closed. */
export const MAX_EARLY_FRAMES = 16;

/** Malformed frames (bad JSON, wrong shapes) a connection may send before it is closed. */
export const MAX_MALFORMED_FRAMES = 10;
const HEARTBEAT_MS = 30_000;

export const SignalingCloseCode = {
  unsupportedData: 1003,
  invalidPayload: 1007,
  policyViolation: 1008,
} as const;

export const defaultHeartbeat = (sweep: () => void): (() => void) => {
  const timer = setInterval(sweep, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
};
