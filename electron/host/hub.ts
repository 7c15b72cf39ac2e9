// The hub (DESIGN.md §2): the host's own replica of every open session, synced with each peer
// over one WebSocket using the Yjs sync and awareness protocols (y-websocket's wire format).
// Every update the replica accepts goes to persistence, whichever windows are open.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { ReplicaPersistence } from './persistence';
import { requestUrl } from './http';
import type { Role } from '../../shared/model/doc';
import { migrateDoc, type MigrationResult } from '../../shared/model/migrations';
import { HUB_PROTOCOL, KEY_PROTOCOL_PREFIX } from '../../shared/protocol/hostApi';
import { DEFAULT_LIMITS, type HostLimits } from './limits';
import { ConnectionQuota, TokenBucket } from './limiters';
import type { AuthFailures } from './authFailures';
import {
  decodePublicKey,
  hubClaim,
  participantIdOf,
  verifyText,
} from '../../shared/model/authority/signing';
import { BINDING_ORIGIN, filterAwareness, ReplicaAuthority, type Identity } from './hubAuthority';
import { useNativeSignatures } from './nativeSignatures';

const MSG_SYNC = 0;
const MSG_AWARENESS = 1;
const MSG_QUERY_AWARENESS = 3;
/** An awareness message with no states: tells a client the hub is alive, changes nothing. */
const ALIVE_MESSAGE = new Uint8Array([MSG_AWARENESS, 1, 0]);

/**
 * Anonymous writes reach the room in batches, after a random delay within this window, so that
 * neither their first hop (always the host) nor their timing tells who wrote them.
 */
const ANON_BATCH_MIN_MS = 400;
const ANON_BATCH_MAX_MS = 1600;

/** Transaction origin of an anonymous write accepted from a connection. */
class AnonymousOrigin {
  constructor(readonly ws: WebSocket) {}
}

/**
 * How soon presence goes out after a visible change, and after a renewal alone. Clients drop a
 * state not renewed for 30 s and renew their own every 15 s, so a renewal may wait a few seconds.
 */
const PRESENCE_CHANGE_MS = 30;
const PRESENCE_RENEWAL_MS = 3000;
/** How long the host's client-id bindings may wait to go out together. */
const BINDING_BATCH_MS = 50;

/** Origin of updates replayed from disk when a replica opens. */
const REPLAY_ORIGIN = Symbol('replay');

export interface HubOptions {
  persistence: ReplicaPersistence;
  /** Maps (sessionId, token) to the connecting peer's role, or null to refuse. `via` says where
   * the token came from: the URL (?token=, join codes only) or a subprotocol (the key). */
  authorize(sessionId: string, token: string, via: 'url' | 'protocol'): Role | null;
  /** Frame sizes, message rates, the doc ceiling and connection quotas (limits.ts). */
  limits?: Pick<HostLimits, 'hub' | 'connections'>;
  /** Counts wrong tokens per address with signaling and /api/join. */
  failures?: AuthFailures;
  /** A session reached a limit the facilitator must hear about (its doc ceiling). */
  onLimit?: (sessionId: string, message: string) => void;
  /** Interval of the keepalive that lets clients tell a live hub from a dead one. */
  keepaliveMs?: number;
  log?: (message: string) => void;
  /** A replica was opened and brought to the current schema (DESIGN.md §4). */
  onOpened?: (sessionId: string, migration: MigrationResult | null) => void;
}

interface Connection {
  role: Role;
  identity: Identity;
  /** Said once per connection that part of what it sent was refused. */
  warned: boolean;
  /** Awareness client ids this connection speaks for, removed when it closes. */
  clientIds: Set<number>;
  /** The join code it came with (rotating the code disconnects it); null for the facilitator. */
  joinCode: string | null;
  rate: TokenBucket;
  /** After a protocol violation nothing more from this connection is applied. */
  violated: boolean;
}

export class Replica {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness: awarenessProtocol.Awareness;
  readonly conns = new Map<WebSocket, Connection>();
  /** Bytes of the document: its stored state at open plus every update since (an upper bound,
   * cheap to keep, checked against the doc ceiling). */
  sizeBytes = 0;
  /** The doc ceiling was reported for this replica. */
  ceilingReported = false;
  readonly authority: ReplicaAuthority;
  private anonQueue: Uint8Array[] = [];
  private bindingQueue: Uint8Array[] = [];
  private bindingTimer: NodeJS.Timeout | null = null;
  /** Client ids whose presence changed or was renewed since the last batch went out. */
  private readonly presence = new Set<number>();
  private presenceTimer: NodeJS.Timeout | null = null;
  private presenceDue = 0;
  private anonTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly sessionId: string,
    private readonly persistence: ReplicaPersistence,
  ) {
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.authority = new ReplicaAuthority(this.doc);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REPLAY_ORIGIN) return;
      this.sizeBytes += update.length;
      this.persistence.append(this.sessionId, update);
      if (origin instanceof AnonymousOrigin) {
        this.queueAnonymous(update);
        return;
      }
      if (origin === BINDING_ORIGIN) {
        this.queueBinding(update);
        return;
      }
      this.flushBindings();
      this.broadcast(syncUpdateMessage(update), origin);
    });
    this.awareness.on(
      'update',
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        const conn = origin instanceof Object ? this.conns.get(origin as WebSocket) : undefined;
        if (conn) {
          for (const id of added) conn.clientIds.add(id);
          for (const id of removed) conn.clientIds.delete(id);
        }
        for (const id of [...added, ...updated, ...removed]) this.presence.add(id);
        this.schedulePresence(PRESENCE_RENEWAL_MS);
      },
    );
    // A change people can see (someone came, left, moved on) goes out within a few ms; a renewal
    // that only keeps a state alive waits for the next batch.
    this.awareness.on('change', () => this.schedulePresence(PRESENCE_CHANGE_MS));
  }

  /**
   * Presence goes out in batches: one awareness message with every state that changed or was
   * renewed since the last batch, the same bytes to every connection (its own state included, which
   * y-protocols ignores). Relaying each renewal on its own cost N² frames per renewal period: 250,000
   * frames every 15 s in a room of 500.
   */
  private schedulePresence(withinMs: number): void {
    const due = performance.now() + withinMs;
    if (this.presenceTimer && this.presenceDue <= due) return;
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceDue = due;
    this.presenceTimer = setTimeout(() => this.flushPresence(), withinMs);
    this.presenceTimer.unref();
  }

  flushPresence(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.presenceTimer = null;
    if (this.presence.size === 0) return;
    const ids = [...this.presence];
    this.presence.clear();
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MSG_AWARENESS);
    encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
    this.broadcast(encoding.toUint8Array(enc), null);
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const ws of this.conns.keys()) if (ws !== except) send(ws, message);
  }

  /**
   * Bindings go out merged, within BINDING_BATCH_MS and always before any later update: each
   * join wrote one to everyone already there, N²/2 frames for a room joining at once (87 s of
   * the room simulator's 500 joining).
   */
  private queueBinding(update: Uint8Array): void {
    this.bindingQueue.push(update);
    if (this.bindingTimer) return;
    this.bindingTimer = setTimeout(() => this.flushBindings(), BINDING_BATCH_MS);
    this.bindingTimer.unref();
  }

  flushBindings(): void {
    if (this.bindingTimer) clearTimeout(this.bindingTimer);
    this.bindingTimer = null;
    if (this.bindingQueue.length === 0) return;
    const merged = Y.mergeUpdates(this.bindingQueue);
    this.bindingQueue = [];
    this.broadcast(syncUpdateMessage(merged), null);
  }

  /** Anonymous writes go out merged, to everyone (their author too), after a random delay. */
  private queueAnonymous(update: Uint8Array): void {
    this.anonQueue.push(update);
    if (this.anonTimer) return;
    const delay = ANON_BATCH_MIN_MS + Math.random() * (ANON_BATCH_MAX_MS - ANON_BATCH_MIN_MS);
    this.anonTimer = setTimeout(() => this.flushAnonymous(), delay);
    this.anonTimer.unref();
  }

  flushAnonymous(): void {
    if (this.anonTimer) clearTimeout(this.anonTimer);
    this.anonTimer = null;
    if (this.anonQueue.length === 0) return;
    this.flushBindings();
    const merged = Y.mergeUpdates(this.anonQueue);
    this.anonQueue = [];
    this.broadcast(syncUpdateMessage(merged), null);
  }

  destroy(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    if (this.anonTimer) clearTimeout(this.anonTimer);
    if (this.bindingTimer) clearTimeout(this.bindingTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** How many distinct attendees are connected to the hub right now. */
  connectedCount(role: Role): number {
    let n = 0;
    for (const c of this.conns.values()) if (c.role === role) n++;
    return n;
  }
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_SYNC);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
}

/** The identity a connection claims in its URL: the declared client id, and for attendees a
 * participant key with a signature over the claim. Null when the claim does not hold. */
function identityFrom(url: URL | null, sessionId: string, role: Role): Identity | null {
  const cid = Number(url?.searchParams.get('cid') ?? '');
  if (!Number.isInteger(cid) || cid <= 0 || cid >= 2 ** 32) return null;
  if (role !== 'attendee') return { writer: { kind: 'facilitator' }, clientId: cid };
  const pk = decodePublicKey(url?.searchParams.get('pk'));
  if (!pk || !verifyText(pk, hubClaim(sessionId, cid), url?.searchParams.get('ps'))) return null;
  return { writer: { kind: 'participant', id: participantIdOf(pk) }, clientId: cid };
}

function send(ws: WebSocket, message: Uint8Array): void {
  if (ws.readyState !== ws.OPEN) return;
  ws.send(message, (err) => {
    if (err) ws.terminate();
  });
}

export class Hub {
  private readonly replicas = new Map<string, Promise<Replica>>();
  /** One server per role: the frame limit applies while a frame is read, before any role check. */
  private readonly wss: Record<LimitRole, WebSocketServer>;
  private readonly keepalive: NodeJS.Timeout;
  private readonly log: (message: string) => void;
  private readonly limits: Pick<HostLimits, 'hub' | 'connections'>;
  private readonly quota: ConnectionQuota;

  constructor(private readonly options: HubOptions) {
    this.log = options.log ?? (() => {});
    useNativeSignatures();
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.quota = new ConnectionQuota(this.limits.connections);
    // Never echo the key: the answer is always the plain protocol name when one was offered.
    const handleProtocols = (offered: Set<string>) =>
      offered.has(HUB_PROTOCOL) ? HUB_PROTOCOL : false;
    const server = (role: LimitRole) =>
      new WebSocketServer({
        noServer: true,
        maxPayload: this.limits.hub.maxFrameBytes[role],
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
      p = this.load(sessionId);
      this.replicas.set(sessionId, p);
      p.catch(() => this.replicas.delete(sessionId));
    }
    return p;
  }

  /** Already-open replica, if any (no loading). */
  async peek(sessionId: string): Promise<Replica | undefined> {
    return this.replicas.get(sessionId);
  }

  private async load(sessionId: string): Promise<Replica> {
    const replica = new Replica(sessionId, this.options.persistence);
    // Damage is contained by the store (a damaged snapshot falls back to the previous
    // generation); only an I/O error or a snapshot from a newer Offsite makes load() throw:
    // the open fails (and is retried) rather than starting an empty replica.
    const stored = await this.options.persistence.load(sessionId);
    let migration: MigrationResult | null = null;
    if (stored) {
      for (const w of stored.warnings) this.log(`session ${sessionId}: ${w}`);
      // Replayed updates are already stored: they must not be appended to the log again.
      if (stored.updates.length > 0) {
        const merged = Y.mergeUpdates(stored.updates);
        replica.sizeBytes = merged.length;
        Y.applyUpdate(replica.doc, merged, REPLAY_ORIGIN);
        // Migrations run as ordinary (stored, broadcast) updates; a doc newer than this build
        // throws MigrationError and the session stays closed.
        migration = migrateDoc(replica.doc);
        if (migration.applied.length > 0)
          this.log(`session ${sessionId}: migrated (${migration.applied.join(', ')})`);
      }
    }
    this.options.onOpened?.(sessionId, migration);
    return replica;
  }

  /** Closes a session's replica and disconnects its peers (the session is being deleted). */
  async drop(sessionId: string): Promise<void> {
    const p = this.replicas.get(sessionId);
    if (!p) return;
    this.replicas.delete(sessionId);
    const replica = await p.catch(() => null);
    if (!replica) return;
    for (const ws of replica.conns.keys()) ws.close(4404, 'session deleted');
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

  /** The session and join code each attendee connection came with. */
  private readonly codes = new WeakMap<WebSocket, { sessionId: string; joinCode: string }>();

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
    const check = () => {
      const role = /^[0-9a-f]{32}$/.test(sessionId)
        ? this.options.authorize(sessionId, token, via)
        : null;
      return { ok: role !== null, role };
    };
    const address = req.socket.remoteAddress ?? '?';
    const result = this.options.failures
      ? await this.options.failures.attempt(address, check)
      : check();
    if (socket.destroyed) return;
    if (result === 'busy') return refuseSocket(socket, 429, 'Too Many Requests');
    const role = result.role;
    const identity = role ? identityFrom(url, sessionId, role) : null;
    if (!role || !identity) return refuseSocket(socket, 401, 'Unauthorized');
    const admitted = this.quota.admit(sessionId, role, address);
    if (!admitted.ok) {
      this.log(
        `hub: refused a connection to session ${sessionId}: ` +
          (admitted.why === 'session-full' ? 'no places left' : `too many from ${address}`),
      );
      return refuseSocket(socket, 503, 'Service Unavailable');
    }
    this.wss[limitRole(role)].handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', admitted.release);
      if (role === 'attendee') this.codes.set(ws, { sessionId, joinCode: token });
      // Loading a replica from disk takes a while; the peer's first messages (its sync step 1)
      // arrive meanwhile and must not be lost, or it never hears our step 2 and never syncs.
      const early: [RawData, boolean][] = [];
      const hold = (data: RawData, isBinary: boolean) => early.push([data, isBinary]);
      ws.on('message', hold);
      this.open(sessionId).then(
        (replica) => {
          ws.off('message', hold);
          if (ws.readyState !== ws.OPEN) return;
          if (!replica.authority.bind(identity)) {
            this.log(`session ${sessionId}: refused a connection claiming another's client id`);
            ws.close(4403, 'client id taken');
            return;
          }
          this.attach(replica, ws, role, role === 'attendee' ? token : null, identity);
          for (const [data, isBinary] of early) ws.emit('message', data, isBinary);
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
    joinCode: string | null,
    identity: Identity,
  ): void {
    const conn: Connection = {
      role,
      identity,
      warned: false,
      clientIds: new Set(),
      joinCode,
      rate: new TokenBucket(this.limits.hub.rate[limitRole(role)]),
      violated: false,
    };
    replica.conns.set(ws, conn);
    (ws as WebSocket & { isAlive?: boolean }).isAlive = true;
    ws.on('pong', () => ((ws as WebSocket & { isAlive?: boolean }).isAlive = true));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      // After a violation the connection is closing: nothing more from it is applied.
      if (conn.violated) return;
      try {
        if (!conn.rate.take())
          return this.violation(replica, ws, conn, 1008, 'rate limit exceeded');
        if (!isBinary) throw new Error('text frame');
        this.onMessage(replica, ws, toUint8(data));
      } catch (err) {
        this.violation(replica, ws, conn, 1007, `bad frame (${String(err)})`);
      }
    });
    ws.on('close', () => {
      conn.violated = true;
      replica.conns.delete(ws);
      awarenessProtocol.removeAwarenessStates(replica.awareness, [...conn.clientIds], null);
    });
    // ws fails the connection itself (1009 for an oversized frame): nothing more is applied.
    ws.on('error', (err) => {
      this.violation(replica, ws, conn, 1009, err.message);
      ws.terminate();
    });

    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MSG_SYNC);
    syncProtocol.writeSyncStep1(enc, replica.doc);
    send(ws, encoding.toUint8Array(enc));
    const states = [...replica.awareness.getStates().keys()];
    if (states.length > 0) {
      const a = encoding.createEncoder();
      encoding.writeVarUint(a, MSG_AWARENESS);
      encoding.writeVarUint8Array(
        a,
        awarenessProtocol.encodeAwarenessUpdate(replica.awareness, states),
      );
      send(ws, encoding.toUint8Array(a));
    }
  }

  /** Ends what a connection may do: said once per connection, not once per frame. */
  private violation(
    replica: Replica,
    ws: WebSocket,
    conn: Connection,
    code: number,
    why: string,
  ): void {
    if (conn.violated) return;
    conn.violated = true;
    this.log(`hub: session ${replica.sessionId}: closing a ${conn.role} connection: ${why}`);
    ws.close(code, code === 1008 ? 'rate limit' : 'bad frame');
  }

  /**
   * Past the doc ceiling, updates are dropped unapplied and the facilitator is told why (the
   * console's storage banner). The facilitator keeps a quarter more room, to run the agenda.
   */
  private overCeiling(replica: Replica, role: Role, decoder: decoding.Decoder): boolean {
    const peek = decoding.clone(decoder);
    const kind = decoding.readVarUint(peek);
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate)
      return false;
    const size = decoding.readVarUint(peek); // the update's length prefix
    const max = this.limits.hub.maxDocBytes * (role === 'attendee' ? 1 : 1.25);
    if (replica.sizeBytes + size <= max) return false;
    if (!replica.ceilingReported) {
      replica.ceilingReported = true;
      const mib = Math.round(this.limits.hub.maxDocBytes / 2 ** 20);
      const message =
        `This session has reached the host's size limit (${mib} MiB): new notes and changes ` +
        `from attendees are refused. Export it, then continue in a new session.`;
      this.log(`session ${replica.sessionId}: ${message}`);
      this.options.onLimit?.(replica.sessionId, message);
    }
    return true;
  }

  private onMessage(replica: Replica, ws: WebSocket, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    const conn = replica.conns.get(ws);
    if (!conn) return;
    if (type === MSG_SYNC) {
      if (this.overCeiling(replica, conn.role, decoder)) return;
      const kind = decoding.readVarUint(decoder);
      if (kind === syncProtocol.messageYjsSyncStep1) {
        const enc = encoding.createEncoder();
        encoding.writeVarUint(enc, MSG_SYNC);
        syncProtocol.writeSyncStep2(enc, replica.doc, decoding.readVarUint8Array(decoder));
        send(ws, encoding.toUint8Array(enc));
      } else if (
        kind === syncProtocol.messageYjsSyncStep2 ||
        kind === syncProtocol.messageYjsUpdate
      ) {
        this.applyFrom(replica, ws, conn, decoding.readVarUint8Array(decoder));
      } else throw new Error(`unknown sync message ${kind}`);
    } else if (type === MSG_AWARENESS) {
      // A connection speaks for its own client id only: no rewriting others' presence.
      const update = filterAwareness(
        decoding.readVarUint8Array(decoder),
        (id) => id === conn.identity.clientId,
      );
      if (update) awarenessProtocol.applyAwarenessUpdate(replica.awareness, update, ws);
    } else if (type === MSG_QUERY_AWARENESS) {
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MSG_AWARENESS);
      encoding.writeVarUint8Array(
        enc,
        awarenessProtocol.encodeAwarenessUpdate(replica.awareness, [
          ...replica.awareness.getStates().keys(),
        ]),
      );
      send(ws, encoding.toUint8Array(enc));
    } else {
      throw new Error(`unknown message type ${type}`);
    }
  }

  /**
   * Applies what the schema's rules let this connection write (hubAuthority.ts); the rest is
   * dropped unapplied. Relayed structs of other clients arrive from their authors directly.
   */
  private applyFrom(replica: Replica, ws: WebSocket, conn: Connection, update: Uint8Array): void {
    const verdict = replica.authority.judge(conn.identity, update);
    if (!verdict.whole && !conn.warned) {
      conn.warned = true;
      this.log(
        `session ${replica.sessionId}: refused part of an update from a ${conn.role}: ${verdict.refused[0] ?? ''}`,
      );
    }
    if (!verdict.update) return;
    const origin = ReplicaAuthority.anonymousOnly(verdict) ? new AnonymousOrigin(ws) : ws;
    Y.applyUpdate(replica.doc, verdict.update, origin);
  }

  /** ws pings find dead sockets; an empty awareness message tells clients the hub is alive. */
  private pingAll(): void {
    for (const ws of [...this.wss.attendee.clients, ...this.wss.facilitator.clients]) {
      const w = ws as WebSocket & { isAlive?: boolean };
      if (w.isAlive === false) {
        w.terminate();
        continue;
      }
      w.isAlive = false;
      w.ping();
      send(w, ALIVE_MESSAGE);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.keepalive);
    for (const wss of Object.values(this.wss)) {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    }
    await this.options.persistence.flush();
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

function refuseSocket(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function toUint8(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
