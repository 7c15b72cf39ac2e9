// The hub: the host's replicas (replica.ts, one per open session, which every peer syncs with and
// the host persists) served over WebSocket in y-websocket's wire format (hubMessages.ts,
// peerSync.ts). This file is the socket side only: who may connect (join token or key, the claimed
// client id, quotas: through the admission gate, limits/admission.ts), the join challenge (an
// attendee proves its key on this connection before anything it sends is applied), frame and rate
// limits, keep-alives.
import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { ReplicaPersistence } from './persistence';
import type { BindingVault } from './bindingVault';
import type { DeviceVault } from './deviceVault';
import { requestUrl } from '../http/replies';
import type { Role } from '../../../shared/model/doc';
import type { MigrationResult } from '../../../shared/model/migrations';
import { HUB_PROTOCOL, KEY_PROTOCOL_PREFIX } from '../../../shared/protocol/hostApi';
import { DEFAULT_LIMITS, type HostLimits } from '../limits/limits';
import { TokenBucket } from '../limits/limiters';
import { AdmissionGate } from '../limits/admission';
import type { AuthFailures } from '../limits/authFailures';
import {
  claimedIdentity,
  proveClaim,
  type Identity,
} from '../../../shared/model/authority/hubAuthority';
import {
  challengeMessage,
  MSG_CHALLENGE,
  readChallengeAnswer,
} from '../../../shared/protocol/hubChallenge';
import { moveAddressesOut, seedRoster } from '../../../shared/model/roster/commands';
import { markSignedSince } from '../../../shared/model/authority/signedSince';
import { HOST_ORIGIN } from '../../../shared/model/origins';
import { watchBreakouts } from './breakoutHost';
import { useNativeSignatures } from './nativeSignatures';
import { ALIVE_MESSAGE, compressedMessage } from './hubMessages';
import { INFLATE_PARAM } from '../../../shared/protocol/deflatedMessage';
import { greet, receive, type SyncRules } from './peerSync';
import { loadReplica, type Replica, type ReplicaPeer } from './replica';

export interface HubOptions {
  persistence: ReplicaPersistence;
  /** Where anonymous bindings outlive the process (bindingVault.ts); memory only without. */
  vault?: BindingVault;
  /** Where device addresses outlive the process (deviceVault.ts); memory only without. */
  devices?: DeviceVault;
  /** Maps (sessionId, token) to the connecting peer's role, or null to refuse. `via` says where
   * the token came from: the URL (?token=, join codes only) or a subprotocol (the key). */
  authorize(sessionId: string, token: string, via: 'url' | 'protocol'): Role | null;
  /** Frame sizes, message rates, the doc ceiling and connection quotas (limits.ts). */
  limits?: Pick<HostLimits, 'hub' | 'connections' | 'lobby'>;
  /** Admit every participant on arrival unless the facilitator admits by hand (a test rig on one
   * address, or a room whose devices share one address); by default one per device address. */
  admitEveryone?: boolean;
  /** Counts wrong tokens per address with signaling and /api/join. */
  failures?: AuthFailures;
  /** A session reached a limit the facilitator must hear about (its doc ceiling). */
  onLimit?: (sessionId: string, message: string, mib: number) => void;
  /** Interval of the keepalive that lets clients tell a live hub from a dead one. */
  keepaliveMs?: number;
  log?: (message: string) => void;
  /** The facilitator key: with it the host places people in breakout groups within the
   * facilitator's plan and seals each member their group's key (breakoutHost.ts). */
  facilitatorKey?: string;
  /** A replica was opened and brought to the current schema (migrations.ts); `migration` says
   * what was migrated, null when it was current. */
  onOpened?: (sessionId: string, migration: MigrationResult | null) => void;
}

/** A peer on a WebSocket. */
class SocketPeer implements ReplicaPeer {
  warned = false;
  readonly clientIds = new Set<number>();
  /** After a protocol violation nothing more from this connection is applied. */
  violated = false;
  /** Answered the last keep-alive ping. */
  alive = true;

  constructor(
    readonly ws: WebSocket,
    readonly role: Role,
    readonly identity: Identity,
    readonly rate: TokenBucket,
    /** Messages this big or bigger go compressed (the peer inflates), or null: all plain. */
    private readonly compressAbove: number | null,
  ) {}

  send(message: Uint8Array): void {
    // A failed write errors the socket, which ws then closes: no callback per message.
    if (this.ws.readyState !== this.ws.OPEN) return;
    const big = this.compressAbove !== null && message.length >= this.compressAbove;
    this.ws.send(big ? compressedMessage(message) : message);
  }
}

export class Hub {
  private readonly replicas = new Map<string, Promise<Replica>>();
  /** One server per role: the frame limit applies while a frame is read, before any role check. */
  private readonly wss: Record<LimitRole, WebSocketServer>;
  private readonly keepalive: NodeJS.Timeout;
  private readonly log: (message: string) => void;
  private readonly limits: Pick<HostLimits, 'hub' | 'connections' | 'lobby'>;
  private readonly gate: AdmissionGate;
  private readonly rules: SyncRules;
  /** The session and join code each attendee connection came with. */
  private readonly codes = new WeakMap<WebSocket, { sessionId: string; joinCode: string }>();
  /** Each open connection's peer, once its replica is open (keep-alives). */
  private readonly peers = new WeakMap<WebSocket, SocketPeer>();

  constructor(private readonly options: HubOptions) {
    this.log = options.log ?? (() => {});
    useNativeSignatures();
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.gate = new AdmissionGate({
      connections: this.limits.connections,
      failures: options.failures,
      log: this.log,
      label: 'hub: refused a connection',
    });
    this.rules = {
      maxDocBytes: this.limits.hub.maxDocBytes,
      log: this.log,
      onCeiling: (replica) => {
        const mib = Math.round(this.limits.hub.maxDocBytes / 2 ** 20);
        const message =
          `This session has reached the host's size limit (${mib} MiB): new notes and changes ` +
          `from attendees are refused. Export it, then continue in a new session.`;
        this.log(`session ${replica.sessionId}: ${message}`);
        this.options.onLimit?.(replica.sessionId, message, mib);
      },
    };
    // Never echo the key: the answer is always the plain protocol name when one was offered.
    const handleProtocols = (offered: Set<string>) =>
      offered.has(HUB_PROTOCOL) ? HUB_PROTOCOL : false;
    const server = (role: LimitRole) =>
      new WebSocketServer({
        noServer: true,
        maxPayload: this.limits.hub.maxFrameBytes[role],
        // No permessage-deflate: its zlib streams, two per connection for the connection's life,
        // were most of the host's memory per attendee at 500. Big messages are compressed once
        // for every peer instead (compressedMessage), and nothing a peer sends is inflated.
        perMessageDeflate: false,
        handleProtocols,
      });
    this.wss = { attendee: server('attendee'), facilitator: server('facilitator') };
    this.keepalive = setInterval(() => this.pingAll(), options.keepaliveMs ?? 10_000);
    this.keepalive.unref();
  }

  /** The replica of a session, loaded from persistence on first use. */
  open(sessionId: string): Promise<Replica> {
    let p = this.replicas.get(sessionId);
    if (!p) {
      const { persistence, vault, devices } = this.options;
      p = loadReplica(sessionId, persistence, this.log, vault, devices).then(
        ({ replica, migration }) => {
          // A session from before the roster: whoever took part counts; from before signed names
          // and note authors: what its attendees wrote stays believed.
          replica.doc.transact(() => {
            seedRoster(replica.doc);
            markSignedSince(replica.doc);
            // A session from before the addresses left the doc: they go to the host's book.
            const moved = moveAddressesOut(replica.doc, replica.authority.devices);
            if (moved > 0)
              this.log(`session ${sessionId}: moved ${moved} device addresses out of the document`);
          }, HOST_ORIGIN);
          if (this.options.facilitatorKey)
            watchBreakouts(replica.doc, this.options.facilitatorKey, sessionId, this.log);
          this.options.onOpened?.(sessionId, migration);
          return replica;
        },
      );
      this.replicas.set(sessionId, p);
      p.catch(() => this.replicas.delete(sessionId));
    }
    return p;
  }

  /** Resolves once every anonymous binding made so far is saved. */
  async flushBindings(): Promise<void> {
    await this.options.vault?.flush();
    await this.options.devices?.flush();
  }

  /** Already-open replica, if any (no loading). */
  async peek(sessionId: string): Promise<Replica | undefined> {
    return this.replicas.get(sessionId);
  }

  /** Closes a session's replica and disconnects its peers (the session is being deleted). */
  async drop(sessionId: string): Promise<void> {
    const p = this.replicas.get(sessionId);
    if (!p) return;
    this.replicas.delete(sessionId);
    const replica = await p.catch(() => null);
    if (!replica) return;
    for (const peer of replica.peers) (peer as SocketPeer).ws.close(4404, 'session deleted');
    replica.destroy();
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.upgrade(req, socket, head).catch((err: unknown) => {
      this.log(`hub upgrade failed: ${String(err)}`);
      socket.destroy();
    });
  }

  /** Closes the connections of a session that came with `joinCode` (it was rotated). */
  disconnectJoinCode(sessionId: string, joinCode: string): number {
    let n = 0;
    for (const ws of this.wss.attendee.clients) {
      const held = this.codes.get(ws);
      if (held?.sessionId !== sessionId || held.joinCode !== joinCode) continue;
      ws.close(4401, 'join code changed');
      n++;
    }
    return n;
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = requestUrl(req);
    // /sync/<sessionId>?token=…  (y-websocket appends the room name to the URL)
    const sessionId = url?.pathname.split('/')[2] ?? '';
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim());
    const key = offered.find((p) => p.startsWith(KEY_PROTOCOL_PREFIX));
    const token = key
      ? key.slice(KEY_PROTOCOL_PREFIX.length)
      : (url?.searchParams.get('token') ?? '');
    const via = key ? 'protocol' : 'url';
    const ticket = await this.gate.admit(
      { socket },
      {
        address: req.socket.remoteAddress ?? '?',
        token: () => {
          const role = /^[0-9a-f]{32}$/.test(sessionId)
            ? this.options.authorize(sessionId, token, via)
            : null;
          return role === null ? null : { session: sessionId, role };
        },
        claim: (grant) => {
          const identity = claimedIdentity(url?.searchParams, grant.role);
          return identity && { ...grant, identity };
        },
      },
    );
    if (!ticket) return;
    const { role, identity } = ticket.grant;
    const address = req.socket.remoteAddress ?? '?';
    const inflates = url?.searchParams.get(INFLATE_PARAM) === '1';
    this.wss[limitRole(role)].handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', ticket.release);
      // ws fails a connection itself (1009 for an oversized frame, 1002 for a bad one, a compressed
      // frame among them: no compression is negotiated) and says so as an 'error' event: before the peer is attached (the join challenge,
      // a replica still loading) nothing else listens, and an unheard 'error' would throw in the
      // host's process. The connection is already failed; say so and end it.
      const onEarlyError = (err: Error) => {
        if (this.peers.has(ws)) return; // attached: the peer's own handler says it
        this.log(`session ${sessionId}: refused a connection: ${err.message}`);
        ws.terminate();
      };
      ws.on('error', onEarlyError);
      if (role === 'attendee') this.codes.set(ws, { sessionId, joinCode: token });
      // Until the peer is attached, what it sends waits here (bounded): loading a replica from
      // disk takes a while, and an attendee must first answer the join challenge. Its first
      // messages (its sync step 1) must not be lost, or it never hears our step 2 and never syncs.
      const early: [RawData, boolean][] = [];
      const nonce = identity.publicKey ? randomBytes(18).toString('base64') : null;
      let proven = nonce === null;
      let replica: Replica | null = null;
      const refuse = (code: number, why: string) => {
        this.log(`session ${sessionId}: refused a connection: ${why}`);
        ws.close(code, why);
      };
      const timer = proven
        ? null
        : // Not answered in time (a busy host, a slow phone): 1013, so the client tries again.
          setTimeout(
            () => refuse(1013, 'join challenge not answered'),
            this.limits.hub.challengeMs,
          );
      timer?.unref();
      const hold = (data: RawData, isBinary: boolean) => {
        if (!proven && isBinary) {
          const bytes = toUint8(data);
          const decoder = decoding.createDecoder(bytes);
          if (bytes.length > 0 && decoding.readVarUint(decoder) === MSG_CHALLENGE) {
            if (!proveClaim(identity, sessionId, nonce!, readChallengeAnswer(decoder)))
              return refuse(4401, 'join challenge failed');
            proven = true;
            if (timer) clearTimeout(timer);
            return ready();
          }
        }
        if (early.length >= this.limits.hub.unprovenMessages)
          return refuse(1008, 'too many messages before joining');
        early.push([data, isBinary]);
      };
      const ready = () => {
        if (!proven || !replica || ws.readyState !== ws.OPEN) return;
        ws.off('message', hold);
        const bound = replica.authority.bind(identity, {
          address,
          now: Date.now(),
          admitEveryone: this.options.admitEveryone,
          lobby: this.limits.lobby,
        });
        if (!bound.ok) {
          if (bound.why === 'lobby full')
            return refuse(4429, 'the lobby is full: the facilitator must admit or remove someone');
          return refuse(4403, 'client id taken');
        }
        this.attach(replica, ws, role, identity, inflates);
        // Emptied once replayed: the closures that live as long as the socket share this scope.
        for (const [data, isBinary] of early.splice(0)) ws.emit('message', data, isBinary);
      };
      ws.on('message', hold);
      ws.once('close', () => {
        if (timer) clearTimeout(timer);
      });
      if (nonce !== null) ws.send(challengeMessage(nonce));
      this.open(sessionId).then(
        (opened) => {
          replica = opened;
          ready();
        },
        (err: unknown) => {
          this.log(`session ${sessionId} failed to open: ${String(err)}`);
          ws.close(1011, 'session unavailable');
        },
      );
    });
  }

  private attach(
    replica: Replica,
    ws: WebSocket,
    role: Role,
    identity: Identity,
    inflates: boolean,
  ): void {
    const peer = new SocketPeer(
      ws,
      role,
      identity,
      new TokenBucket(this.limits.hub.rate[limitRole(role)]),
      inflates ? this.limits.hub.deflateAboveBytes : null,
    );
    replica.add(peer);
    this.peers.set(ws, peer);
    ws.on('pong', () => (peer.alive = true));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      // After a violation the connection is closing: nothing more from it is applied.
      if (peer.violated) return;
      try {
        if (!peer.rate.take()) return this.violation(replica, peer, 1008, 'rate limit exceeded');
        if (!isBinary) throw new Error('text frame');
        receive(replica, peer, toUint8(data), this.rules);
      } catch (err) {
        this.violation(replica, peer, 1007, `bad frame (${String(err)})`);
      }
    });
    ws.on('close', () => {
      peer.violated = true;
      replica.remove(peer);
    });
    // ws fails the connection itself (1009 for an oversized frame, 1002 for a bad one): nothing
    // more is applied.
    ws.on('error', (err) => {
      this.violation(replica, peer, 1009, err.message);
      ws.terminate();
    });
    greet(replica, peer);
  }

  /** Ends what a connection may do: said once per connection, not once per frame. */
  private violation(replica: Replica, peer: SocketPeer, code: number, why: string): void {
    if (peer.violated) return;
    peer.violated = true;
    this.log(`hub: session ${replica.sessionId}: closing a ${peer.role} connection: ${why}`);
    peer.ws.close(code, code === 1008 ? 'rate limit' : 'bad frame');
  }

  /** ws pings find dead sockets; an empty awareness message tells clients the hub is alive. */
  private pingAll(): void {
    for (const ws of [...this.wss.attendee.clients, ...this.wss.facilitator.clients]) {
      const peer = this.peers.get(ws);
      if (peer && !peer.alive) {
        ws.terminate();
        continue;
      }
      if (peer) peer.alive = false;
      ws.ping();
      if (ws.readyState === ws.OPEN) ws.send(ALIVE_MESSAGE);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.keepalive);
    for (const wss of Object.values(this.wss)) {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    }
    await this.options.persistence.flush();
    await this.flushBindings();
    for (const p of this.replicas.values()) {
      const r = await p.catch(() => null);
      r?.destroy();
    }
    this.replicas.clear();
  }
}

/** The facilitator's windows (console, projector) share the facilitator's limits. */
type LimitRole = 'attendee' | 'facilitator';
const limitRole = (role: Role): LimitRole => (role === 'attendee' ? 'attendee' : 'facilitator');

function toUint8(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
