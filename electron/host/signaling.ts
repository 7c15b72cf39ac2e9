// The host's y-webrtc-compatible signaling (subscribe/unsubscribe/publish/ping, as y-webrtc's
// bin/server.js), hardened: one topic per join token; every frame size-, shape- and rate-checked.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  parseSignalingFrame,
  rawToText,
  RateWindow,
  refuse,
  tokenFrom,
  type SignalingMessage,
} from './frameGuard';

export interface SignalingLimits {
  maxFrameBytes: number;
  maxMessagesPerWindow: number;
  windowMs: number;
  /** The most topics one subscribe/unsubscribe frame may list; longer frames are dropped. */
  maxTopicsPerConnection: number;
  maxConnections: number;
}

export interface SignalingOptions {
  /** Maps the token from the connection URL (?token=...) to the ONE topic (session id = y-webrtc room name) the connection may use, or null to refuse. */
  authorize(token: string): string | null;
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
  /** server.ts calls this for an HTTP upgrade whose path is /signal; you parse ?token= from req.url yourself. Refuse (HTTP 401 on the raw socket, or close with code 4401 / 1008) when the token is missing or authorize() returns null. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  stats(): SignalingStats;
  close(): Promise<void>;
}

export const DEFAULT_SIGNALING_LIMITS: Readonly<SignalingLimits> = {
  maxFrameBytes: 64 * 1024, // SDP offers are a few KB
  maxMessagesPerWindow: 200,
  windowMs: 10_000,
  maxTopicsPerConnection: 4,
  maxConnections: 500,
};

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
  /** The one topic this connection's token grants. */
  topic: string;
  rate: RateWindow;
  malformed: number;
  /** Answered the last keepalive ping. */
  alive: boolean;
  /** Being closed by us: later frames are ignored. */
  closing: boolean;
  loggedDrop: boolean;
}

const defaultHeartbeat = (sweep: () => void): (() => void) => {
  const timer = setInterval(sweep, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
};

export function createSignalingServer(options: SignalingOptions): SignalingServer {
  const limits: SignalingLimits = { ...DEFAULT_SIGNALING_LIMITS };
  for (const [key, value] of Object.entries(options.limits ?? {})) {
    // Partial<> admits explicit undefined; only real positive numbers override a default.
    if (key in limits && typeof value === 'number' && value > 0) {
      limits[key as keyof SignalingLimits] = value;
    }
  }
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
    if (!peer.rate.take()) {
      framesDropped += 1;
      return closeForAbuse(peer, SignalingCloseCode.policyViolation, 'rate limit exceeded');
    }
    if (isBinary) {
      framesDropped += 1;
      return closeForAbuse(peer, SignalingCloseCode.unsupportedData, 'binary frame');
    }
    const result = parseSignalingFrame(rawToText(data), limits.maxTopicsPerConnection);
    if (result.ok) return handle(peer, result.message);
    dropFrame(peer, result.reason);
    if (result.verdict === 'malformed' && ++peer.malformed >= MAX_MALFORMED_FRAMES) {
      closeForAbuse(peer, SignalingCloseCode.invalidPayload, 'too many malformed frames');
    }
  };

  const accept = (ws: WebSocket, topic: string): void => {
    const peer: Peer = {
      ws,
      topic,
      rate: new RateWindow(limits.maxMessagesPerWindow, limits.windowMs, now),
      malformed: 0,
      alive: true,
      closing: false,
      loggedDrop: false,
    };
    peers.add(peer);
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
      }),
    );
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

  const authorize = (token: string): string | null => {
    try {
      return options.authorize(token);
    } catch (error) {
      log(`authorize threw: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };

  return {
    handleUpgrade(req, socket, head) {
      try {
        if (closing) return refuse(socket, 503, 'Service Unavailable');
        const token = tokenFrom(req.url);
        const topic = token === null ? null : authorize(token);
        if (typeof topic !== 'string' || topic === '') {
          log('refused a signaling connection: missing or unknown token');
          return refuse(socket, 401, 'Unauthorized');
        }
        if (peers.size >= limits.maxConnections) {
          log(`refused a signaling connection: ${peers.size} connections already open`);
          return refuse(socket, 503, 'Service Unavailable');
        }
        wss.handleUpgrade(req, socket, head, (ws) =>
          guard('signaling accept', () => (closing ? ws.terminate() : accept(ws, topic))),
        );
      } catch (error) {
        log(`signaling upgrade failed: ${error instanceof Error ? error.message : String(error)}`);
        socket.destroy();
      }
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
