// The host's y-webrtc-compatible signaling (subscribe/unsubscribe/publish/ping, as y-webrtc's
// bin/server.js), hardened: one topic per join token; every frame size-, shape- and rate-checked;
// connections per session and address capped, with the facilitator's reserve (limits.ts). The
// facilitator's token never travels in a URL: its windows connect without one and send
// {type:'auth', token} as their first frame; frames before it wait (a few) until it is checked.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  parseSignalingFrame,
  rawToText,
  refuse,
  tokenFrom,
  type SignalingMessage,
} from './frameGuard';
import { ConnectionQuota, TokenBucket, type QuotaRefusal } from '../limits/limiters';
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

export interface SignalingServer {
  /** For an HTTP upgrade whose path is /signal: with ?token= it is checked now (401 when
   * wrong); without, the connection must send an auth frame first (else closed with 4401). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection that authenticated with `token` (a rotated join code). */
  disconnectToken(token: string): number;
  stats(): SignalingStats;
  close(): Promise<void>;
}

export const DEFAULT_SIGNALING_LIMITS: Readonly<SignalingLimits> = {
  maxFrameBytes: DEFAULT_LIMITS.signaling.maxFrameBytes,
  rate: DEFAULT_LIMITS.signaling.rate,
  maxTopicsPerConnection: 4,
  connections: DEFAULT_LIMITS.connections,
  authTimeoutMs: 10_000,
};

/** Frames a connection may send before its auth frame; more and it is closed. */
const MAX_EARLY_FRAMES = 16;

/** Malformed frames (bad JSON, wrong shapes) a connection may send before it is closed. */
export const MAX_MALFORMED_FRAMES = 10;
const HEARTBEAT_MS = 30_000;

export const SignalingCloseCode = {
  unsupportedData: 1003,
  invalidPayload: 1007,
  policyViolation: 1008,
} as const;

interface Peer {
  ws: WebSocket;
  /** The one topic this connection's token grants; null until its auth frame was checked. */
  topic: string | null;
  /** The token it authenticated with (rotating a join code disconnects its holders). */
  token: string | null;
  address: string;
  /** Frees its place in the session's and address's quota. */
  release: () => void;
  /** Frames that arrived before authentication, handled once it succeeds. */
  early: [RawData, boolean][] | null;
  rate: TokenBucket;
  malformed: number;
  /** Answered the last keepalive ping. */
  alive: boolean;
  /** Being closed by us: later frames are ignored. */
  closing: boolean;
  loggedDrop: boolean;
}

function refusalText(why: QuotaRefusal): string {
  return why === 'session-full'
    ? 'the session has no places left'
    : 'too many connections from one address';
}

const defaultHeartbeat = (sweep: () => void): (() => void) => {
  const timer = setInterval(sweep, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
};

export function createSignalingServer(options: SignalingOptions): SignalingServer {
  const limits: SignalingLimits = { ...DEFAULT_SIGNALING_LIMITS };
  for (const [key, value] of Object.entries(options.limits ?? {})) {
    // Partial<> admits explicit undefined; only real values override a default.
    if (key in limits && value !== undefined && value !== null) {
      (limits as unknown as Record<string, unknown>)[key] = value;
    }
  }
  const quota = new ConnectionQuota(limits.connections);
  const log = options.log ?? ((message: string) => console.warn(`[signaling] ${message}`));
  const now = options.now ?? Date.now;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxFrameBytes,
    perMessageDeflate: false, // no decompression bombs; signaling frames are small anyway
  });
  const peers = new Set<Peer>();
  const topics = new Map<string, Set<Peer>>();
  let framesDropped = 0;
  let connectionsClosedForAbuse = 0;
  let closing: Promise<void> | null = null;

  /** Runs a handler so that nothing it throws escapes into the event loop. */
  const guard = (what: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      log(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const send = (peer: Peer, text: string): void => {
    if (peer.ws.readyState !== WebSocket.OPEN) return;
    peer.ws.send(text, (error) => {
      if (error) log(`send failed: ${error.message}`);
    });
  };

  const leave = (peer: Peer): void => {
    if (peer.topic === null) return;
    const members = topics.get(peer.topic);
    if (!members) return;
    members.delete(peer);
    if (members.size === 0) topics.delete(peer.topic);
  };

  const dropFrame = (peer: Peer, reason: string): void => {
    framesDropped += 1;
    if (!peer.loggedDrop) {
      peer.loggedDrop = true;
      log(`dropped a signaling frame (${reason}); further drops on this connection only counted`);
    }
  };

  const closeForAbuse = (peer: Peer, code: number, reason: string): void => {
    if (peer.closing) return;
    peer.closing = true;
    connectionsClosedForAbuse += 1;
    leave(peer);
    log(`closing a signaling connection (${code}): ${reason}`);
    peer.ws.close(code, reason);
  };

  const handle = (peer: Peer, message: SignalingMessage): void => {
    if (peer.topic === null) return;
    switch (message.type) {
      case 'subscribe':
        // A y-webrtc client lists every room open in its page on every signaling
        // connection, so foreign topics are skipped, not punished.
        if (message.topics.includes(peer.topic)) {
          let members = topics.get(peer.topic);
          if (!members) topics.set(peer.topic, (members = new Set()));
          members.add(peer);
        } else if (message.topics.length > 0) dropFrame(peer, 'subscribe to a foreign topic');
        return;
      case 'unsubscribe':
        if (message.topics.includes(peer.topic)) leave(peer);
        return;
      case 'publish': {
        if (message.topic !== peer.topic) return dropFrame(peer, 'publish to a foreign topic');
        const members = topics.get(peer.topic);
        if (!members) return;
        // Rebuilt rather than echoed, so a sender cannot smuggle extra fields to others.
        const { type, topic, data } = message;
        const text = JSON.stringify({ type, topic, data, clients: members.size });
        for (const member of members) send(member, text);
        return;
      }
      case 'ping':
        send(peer, JSON.stringify({ type: 'pong' }));
        return;
    }
  };

  const onFrame = (peer: Peer, data: RawData, isBinary: boolean): void => {
    if (peer.closing) return;
    if (peer.early) {
      // y-webrtc subscribes as soon as it connects; our auth frame follows: hold the rest.
      const text = isBinary ? null : rawToText(data);
      const parsed = text === null ? null : parseSignalingFrame(text, 1);
      if (parsed?.ok && parsed.message.type === 'auth') {
        if (peer.token === null) void authenticate(peer, parsed.message.token);
        return;
      }
      if (peer.early.length >= MAX_EARLY_FRAMES)
        return closeForAbuse(peer, SignalingCloseCode.policyViolation, 'no auth frame');
      peer.early.push([data, isBinary]);
      return;
    }
    if (!peer.rate.take()) {
      framesDropped += 1;
      return closeForAbuse(peer, SignalingCloseCode.policyViolation, 'rate limit exceeded');
    }
    if (isBinary) {
      framesDropped += 1;
      return closeForAbuse(peer, SignalingCloseCode.unsupportedData, 'binary frame');
    }
    const result = parseSignalingFrame(rawToText(data), limits.maxTopicsPerConnection);
    if (result.ok && result.message.type === 'auth') return; // already authenticated
    if (result.ok) return handle(peer, result.message);
    dropFrame(peer, result.reason);
    if (result.verdict === 'malformed' && ++peer.malformed >= MAX_MALFORMED_FRAMES) {
      closeForAbuse(peer, SignalingCloseCode.invalidPayload, 'too many malformed frames');
    }
  };

  const accept = (
    ws: WebSocket,
    grant: { topic: string; role: Role; token: string } | null,
    address: string,
    release: () => void,
  ): void => {
    const peer: Peer = {
      ws,
      topic: grant?.topic ?? null,
      token: grant?.token ?? null,
      address,
      release,
      early: grant ? null : [],
      rate: new TokenBucket(limits.rate, now),
      malformed: 0,
      alive: true,
      closing: false,
      loggedDrop: false,
    };
    peers.add(peer);
    if (!grant) {
      const timer = setTimeout(() => {
        if (peer.early) closeForAbuse(peer, 4401, 'no auth frame in time');
      }, limits.authTimeoutMs);
      timer.unref();
      ws.once('close', () => clearTimeout(timer));
    }
    ws.on('message', (data, isBinary) =>
      guard('signaling frame', () => onFrame(peer, data, isBinary)),
    );
    ws.on('pong', () => {
      peer.alive = true;
    });
    // ws has already failed the connection (1009 for an oversized frame, 1007 for bad
    // UTF-8, 1002 for protocol errors); an unhandled 'error' would crash the host.
    ws.on('error', (error) =>
      guard('signaling error', () => {
        if (peer.closing) return;
        peer.closing = true;
        framesDropped += 1;
        connectionsClosedForAbuse += 1;
        leave(peer);
        log(`signaling connection failed: ${error.message}`);
      }),
    );
    ws.on('close', () =>
      guard('signaling close', () => {
        leave(peer);
        peers.delete(peer);
        peer.release();
      }),
    );
  };

  /** The auth frame of a connection that came without a token (the facilitator's windows). */
  const authenticate = async (peer: Peer, token: string): Promise<void> => {
    peer.token = ''; // checking: a second auth frame is ignored
    const outcome = await check(peer.address, token, 'frame');
    if (peer.closing || peer.ws.readyState !== WebSocket.OPEN) return;
    if (outcome.ok !== true) return closeForAbuse(peer, 4401, 'unauthorized');
    const admitted = quota.admit(outcome.topic, outcome.role, peer.address);
    if (!admitted.ok) return closeForAbuse(peer, 4503, refusalText(admitted.why));
    peer.release = admitted.release;
    peer.topic = outcome.topic;
    peer.token = token;
    const rest = peer.early ?? [];
    peer.early = null;
    for (const [data, isBinary] of rest) onFrame(peer, data, isBinary);
  };

  type CheckResult = { ok: true; topic: string; role: Role } | { ok: false; busy?: boolean };

  /** Checks a token, slowed down for an address that has been guessing (authFailures.ts). */
  const check = async (address: string, token: string, via: 'url' | 'frame') => {
    const run = (): CheckResult => {
      const grant = authorize(token, via);
      if (grant === null || grant === '') return { ok: false };
      return typeof grant === 'string'
        ? { ok: true, topic: grant, role: 'attendee' }
        : { ok: true, topic: grant.topic, role: grant.role };
    };
    if (!options.failures) return run();
    const result = await options.failures.attempt(address, run);
    return result === 'busy' ? ({ ok: false, busy: true } as CheckResult) : result;
  };

  const sweep = (): void => {
    for (const peer of peers) {
      guard('keepalive', () => {
        if (!peer.alive) {
          log('closing a signaling connection that stopped answering pings');
          leave(peer);
          peer.ws.terminate();
          return;
        }
        peer.alive = false;
        if (peer.ws.readyState === WebSocket.OPEN) peer.ws.ping();
      });
    }
  };
  const cancelHeartbeat = (options.heartbeat ?? defaultHeartbeat)(sweep);

  const authorize = (token: string, via: 'url' | 'frame'): SignalingGrant | null => {
    try {
      return options.authorize(token, via);
    } catch (error) {
      log(`authorize threw: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };

  const upgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    if (closing) return refuse(socket, 503, 'Service Unavailable');
    const address = req.socket.remoteAddress ?? '?';
    const token = tokenFrom(req.url);
    let grant: { topic: string; role: Role; token: string } | null = null;
    let release = () => {};
    if (token !== null || new URL(req.url ?? '/', 'http://h.invalid').searchParams.has('token')) {
      const outcome =
        token === null ? ({ ok: false } as const) : await check(address, token, 'url');
      if (socket.destroyed) return;
      if (outcome.ok !== true) {
        log('refused a signaling connection: missing or unknown token');
        return 'busy' in outcome && outcome.busy
          ? refuse(socket, 429, 'Too Many Requests')
          : refuse(socket, 401, 'Unauthorized');
      }
      const admitted = quota.admit(outcome.topic, outcome.role, address);
      if (!admitted.ok) {
        log(`refused a signaling connection: ${refusalText(admitted.why)}`);
        return refuse(socket, 503, 'Service Unavailable');
      }
      grant = { topic: outcome.topic, role: outcome.role, token: token ?? '' };
      release = admitted.release;
    } else if (pendingFrom(address) >= limits.connections.perAddress) {
      return refuse(socket, 503, 'Service Unavailable');
    }
    wss.handleUpgrade(req, socket, head, (ws) =>
      guard('signaling accept', () => {
        if (closing) {
          release();
          return ws.terminate();
        }
        accept(ws, grant, address, release);
      }),
    );
  };

  /** Connections from `address` still waiting for their auth frame. */
  const pendingFrom = (address: string): number => {
    let n = 0;
    for (const peer of peers) if (peer.early && peer.address === address) n++;
    return n;
  };

  return {
    handleUpgrade(req, socket, head) {
      void upgrade(req, socket, head).catch((error: unknown) => {
        log(`signaling upgrade failed: ${error instanceof Error ? error.message : String(error)}`);
        socket.destroy();
      });
    },
    disconnectToken(token) {
      let n = 0;
      for (const peer of peers)
        if (peer.token === token) {
          n++;
          leave(peer);
          peer.closing = true;
          peer.ws.close(4401, 'join code changed');
        }
      return n;
    },
    stats: () => ({
      connections: peers.size,
      topics: topics.size,
      framesDropped,
      connectionsClosedForAbuse,
    }),
    close() {
      closing ??= (async () => {
        cancelHeartbeat();
        const closed = [...peers].map(
          (peer) =>
            new Promise<void>((resolve) => {
              if (peer.ws.readyState === WebSocket.CLOSED) return resolve();
              peer.ws.once('close', () => resolve());
              peer.ws.terminate();
            }),
        );
        await Promise.all(closed);
        peers.clear();
        topics.clear();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      })();
      return closing;
    },
  };
}
