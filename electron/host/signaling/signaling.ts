// The host's y-webrtc-compatible signaling (subscribe/unsubscribe/publish/ping, as y-webrtc's
// bin/server.js), hardened: one topic per join token; every frame size-, shape- and rate-checked;
// connections per session and address capped, with the facilitator's reserve (both through the
// admission gate, limits/admission.ts). The facilitator's token never travels in a URL: its
// windows connect without one and send {type:'auth', token} as their first frame; frames before
// it wait (a few) until it is checked. This file is the socket side; the y-webrtc messages on
// topics and each connection's state are in topics.ts, options and defaults in signalingOptions.ts.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { parseSignalingFrame, rawToText, tokenFrom } from './frameGuard';
import { SignalingPeer, Topics } from './topics';
import { AdmissionGate, type Door, type Grant, type Ticket } from '../limits/admission';
import {
  MAX_EARLY_FRAMES,
  MAX_MALFORMED_FRAMES,
  SignalingCloseCode,
  defaultHeartbeat,
  signalingLimits,
  type SignalingLimits,
  type SignalingOptions,
  type SignalingStats,
} from './signalingOptions';

/** A server for the options (the same as `new SignalingServer(options)`). */

export function createSignalingServer(options: SignalingOptions): SignalingServer {
  return new SignalingServer(options);
}

export class SignalingServer {
  private readonly limits: SignalingLimits;
  private readonly gate: AdmissionGate;
  private readonly log: (message: string) => void;
  private readonly now: () => number;
  private readonly wss: WebSocketServer;
  private readonly peers = new Set<SignalingPeer>();
  private readonly topics: Topics;
  private framesDropped = 0;
  private connectionsClosedForAbuse = 0;
  private closing: Promise<void> | null = null;
  private readonly cancelHeartbeat: () => void;

  constructor(private readonly options: SignalingOptions) {
    this.limits = signalingLimits(options.limits);
    this.log = options.log ?? ((message: string) => console.warn(`[signaling] ${message}`));
    this.now = options.now ?? Date.now;
    this.gate = new AdmissionGate({
      connections: this.limits.connections,
      failures: options.failures,
      log: this.log,
      label: 'refused a signaling connection',
    });
    this.topics = new Topics(this.log);
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: this.limits.maxFrameBytes,
      perMessageDeflate: false, // no decompression bombs; signaling frames are small anyway
    });
    this.cancelHeartbeat = (options.heartbeat ?? defaultHeartbeat)(() => this.ping());
  }

  /** For an HTTP upgrade whose path is /signal: with ?token= it is checked now (401 when
   * wrong); without, the connection must send an auth frame first (else closed with 4401). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    void this.upgrade(req, socket, head).catch((error: unknown) => {
      this.log(`signaling upgrade failed: ${message(error)}`);
      socket.destroy();
    });
  }

  /** Closes every connection that authenticated with `token` (a rotated join code). */
  disconnectToken(token: string): number {
    let n = 0;
    for (const peer of this.peers)
      if (peer.token === token) {
        n++;
        this.topics.leave(peer);
        peer.closing = true;
        peer.ws.close(4401, 'join code changed');
      }
    return n;
  }

  stats(): SignalingStats {
    return {
      connections: this.peers.size,
      topics: this.topics.size,
      framesDropped: this.framesDropped,
      connectionsClosedForAbuse: this.connectionsClosedForAbuse,
    };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.cancelHeartbeat();
      const closed = [...this.peers].map(
        (peer) =>
          new Promise<void>((resolve) => {
            if (peer.ws.readyState === WebSocket.CLOSED) return resolve();
            peer.ws.once('close', () => resolve());
            peer.ws.terminate();
          }),
      );
      await Promise.all(closed);
      this.peers.clear();
      this.topics.clear();
      await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    })();
    return this.closing;
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const door: Door = { socket };
    if (this.closing) return void this.gate.refuse(door, 'closing');
    const address = req.socket.remoteAddress ?? '?';
    const token = tokenFrom(req.url);
    let ticket: Ticket<Grant> | null = null;
    if (token !== null) {
      ticket = await this.gate.admit(door, { address, token: () => this.authorize(token, 'url') });
      if (!ticket) return;
    } else if (new URL(req.url ?? '/', 'http://h.invalid').searchParams.has('token')) {
      // ?token= with nothing in it: refused, and no guess to count.
      return void this.gate.refuse(door, 'unauthorized');
    } else if (this.pendingFrom(address) >= this.limits.connections.perAddress) {
      return void this.gate.refuse(door, 'address-full');
    }
    const grant = ticket && {
      topic: ticket.grant.session,
      token: token ?? '',
      release: ticket.release,
    };
    this.wss.handleUpgrade(req, socket, head, (ws) =>
      this.guard('signaling accept', () => {
        if (this.closing) {
          ticket?.release();
          return ws.terminate();
        }
        this.accept(new SignalingPeer(ws, address, grant, this.limits.rate, this.now));
      }),
    );
  }

  /** Connections from `address` still waiting for their auth frame. */
  private pendingFrom(address: string): number {
    let n = 0;
    for (const peer of this.peers) if (peer.early && peer.address === address) n++;
    return n;
  }

  /** A grant as the gate counts it: a plain string is an attendee's place in that topic. */
  private authorize(token: string, via: 'url' | 'frame'): Grant | null {
    const grant = this.options.authorize(token, via);
    if (grant === null || grant === '') return null;
    return typeof grant === 'string'
      ? { session: grant, role: 'attendee' }
      : { session: grant.topic, role: grant.role };
  }

  private accept(peer: SignalingPeer): void {
    const { ws } = peer;
    this.peers.add(peer);
    if (peer.early) {
      const timer = setTimeout(() => {
        if (peer.early) this.closeForAbuse(peer, 4401, 'no auth frame in time');
      }, this.limits.authTimeoutMs);
      timer.unref();
      ws.once('close', () => clearTimeout(timer));
    }
    ws.on('message', (data, isBinary) =>
      this.guard('signaling frame', () => this.onFrame(peer, data, isBinary)),
    );
    ws.on('pong', () => {
      peer.alive = true;
    });
    // ws has already failed the connection (1009 for an oversized frame, 1007 for bad
    // UTF-8, 1002 for protocol errors); an unhandled 'error' would crash the host.
    ws.on('error', (error) =>
      this.guard('signaling error', () => {
        if (peer.closing) return;
        peer.closing = true;
        this.framesDropped += 1;
        this.connectionsClosedForAbuse += 1;
        this.topics.leave(peer);
        this.log(`signaling connection failed: ${error.message}`);
      }),
    );
    ws.on('close', () =>
      this.guard('signaling close', () => {
        this.topics.leave(peer);
        this.peers.delete(peer);
        peer.release();
      }),
    );
  }

  private onFrame(peer: SignalingPeer, data: RawData, isBinary: boolean): void {
    if (peer.closing) return;
    if (peer.early) {
      // y-webrtc subscribes as soon as it connects; our auth frame follows: hold the rest.
      const text = isBinary ? null : rawToText(data);
      const parsed = text === null ? null : parseSignalingFrame(text, 1);
      if (parsed?.ok && parsed.message.type === 'auth') {
        if (peer.token === null) void this.authenticate(peer, parsed.message.token);
        return;
      }
      if (peer.early.length >= MAX_EARLY_FRAMES)
        return this.closeForAbuse(peer, SignalingCloseCode.policyViolation, 'no auth frame');
      peer.early.push([data, isBinary]);
      return;
    }
    if (!peer.rate.take()) {
      this.framesDropped += 1;
      return this.closeForAbuse(peer, SignalingCloseCode.policyViolation, 'rate limit exceeded');
    }
    if (isBinary) {
      this.framesDropped += 1;
      return this.closeForAbuse(peer, SignalingCloseCode.unsupportedData, 'binary frame');
    }
    const result = parseSignalingFrame(rawToText(data), this.limits.maxTopicsPerConnection);
    if (result.ok) {
      const dropped = this.topics.handle(peer, result.message);
      if (dropped !== null) this.dropFrame(peer, dropped);
      return;
    }
    this.dropFrame(peer, result.reason);
    if (result.verdict === 'malformed' && ++peer.malformed >= MAX_MALFORMED_FRAMES) {
      this.closeForAbuse(peer, SignalingCloseCode.invalidPayload, 'too many malformed frames');
    }
  }

  /** The auth frame of a connection that came without a token (the facilitator's windows):
   * through the same gate as a token in the URL, refused with a close code. */
  private async authenticate(peer: SignalingPeer, token: string): Promise<void> {
    peer.token = ''; // checking: a second auth frame is ignored
    const ticket = await this.gate.admit(
      {
        isOpen: () => !peer.closing && peer.ws.readyState === WebSocket.OPEN,
        close: (code, reason) => this.shut(peer, code, reason),
      },
      { address: peer.address, token: () => this.authorize(token, 'frame') },
    );
    if (!ticket) return;
    peer.release = ticket.release;
    peer.topic = ticket.grant.session;
    peer.token = token;
    const rest = peer.early ?? [];
    peer.early = null;
    for (const [data, isBinary] of rest) this.onFrame(peer, data, isBinary);
  }

  /** The keepalive sweep: closes connections that did not answer the last ping, pings the rest. */
  private ping(): void {
    for (const peer of this.peers) {
      this.guard('keepalive', () => {
        if (!peer.alive) {
          this.log('closing a signaling connection that stopped answering pings');
          this.topics.leave(peer);
          peer.ws.terminate();
          return;
        }
        peer.alive = false;
        if (peer.ws.readyState === WebSocket.OPEN) peer.ws.ping();
      });
    }
  }

  private dropFrame(peer: SignalingPeer, reason: string): void {
    this.framesDropped += 1;
    if (!peer.loggedDrop) {
      peer.loggedDrop = true;
      this.log(
        `dropped a signaling frame (${reason}); further drops on this connection only counted`,
      );
    }
  }

  private closeForAbuse(peer: SignalingPeer, code: number, reason: string): void {
    if (peer.closing) return;
    this.log(`closing a signaling connection (${code}): ${reason}`);
    this.shut(peer, code, reason);
  }

  /** Closes a connection we refuse (its abuse, or the gate's refusal of its auth frame). */
  private shut(peer: SignalingPeer, code: number, reason: string): void {
    if (peer.closing) return;
    peer.closing = true;
    this.connectionsClosedForAbuse += 1;
    this.topics.leave(peer);
    peer.ws.close(code, reason);
  }

  /** Runs a handler so that nothing it throws escapes into the event loop. */
  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.log(`${what} failed: ${message(error)}`);
    }
  }
}

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
