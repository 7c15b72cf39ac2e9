// The host's replica of one session: its doc and awareness, the rules of who may
// write what (hubAuthority.ts), and persistence of every update it accepts, whichever windows are
// open. It knows its peers only as something to send bytes to, so the same replica can be fed by
// another transport or engine than this host's WebSocket server.
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { ReplicaPersistence } from './persistence';
import type { BindingVault } from './bindingVault';
import type { DeviceVault } from './deviceVault';
import type { Role } from '../../../shared/model/doc';
import { migrateDoc, type MigrationResult } from '../../../shared/model/migrations';
import { BINDING_ORIGIN } from '../../../shared/model/origins';
import { ReplicaAuthority, type Identity } from '../../../shared/model/authority/hubAuthority';
import { FullStateCache } from './fullStateCache';
import { awarenessMessage, syncUpdateMessage } from './hubMessages';
import { REPLAY_ORIGIN } from '../../../shared/model/origins';

/**
 * Anonymous writes reach the room in batches, after a random delay within this window, so that
 * neither their first hop (always the host) nor their timing tells who wrote them.
 */
const ANON_BATCH_MIN_MS = 400;
const ANON_BATCH_MAX_MS = 1600;
/**
 * How soon presence goes out after a visible change, and after a renewal alone. Clients drop a
 * state not renewed for 30 s and renew their own every 15 s, so a renewal may wait a few seconds.
 */
const PRESENCE_CHANGE_MS = 30;
const PRESENCE_RENEWAL_MS = 3000;
/** How long the host's client-id bindings may wait to go out together. */
const BINDING_BATCH_MS = 50;

/** One connected peer, as the replica sees it: who it is and where its bytes go. */
export interface ReplicaPeer {
  readonly role: Role;
  readonly identity: Identity;
  /** Awareness client ids this peer speaks for, removed when it leaves. */
  readonly clientIds: Set<number>;
  /** Said once per peer that part of what it sent was refused. */
  warned: boolean;
  send(message: Uint8Array): void;
}

/** Transaction origin of an anonymous write accepted from a peer. */
export class AnonymousOrigin {
  constructor(readonly peer: ReplicaPeer) {}
}

export class Replica {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers = new Set<ReplicaPeer>();
  /** Bytes of the document: its stored state at open plus every update since (an upper bound,
   * cheap to keep, checked against the doc ceiling). */
  sizeBytes = 0;
  /** The doc ceiling was reported for this replica. */
  ceilingReported = false;
  readonly authority: ReplicaAuthority;
  /** Answers to sync step 1 (fullStateCache.ts). */
  readonly fullState: FullStateCache;
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
    this.fullState = new FullStateCache(this.doc);
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
        const peer = this.peers.has(origin as ReplicaPeer) ? (origin as ReplicaPeer) : undefined;
        if (peer) {
          // `updated` too: a state renewed on a reconnect comes back as an update (this awareness
          // kept its clock), and a socket that then closes without a goodbye must take it along.
          for (const id of [...added, ...updated]) peer.clientIds.add(id);
          for (const id of removed) peer.clientIds.delete(id);
        }
        for (const id of [...added, ...updated, ...removed]) this.presence.add(id);
        this.schedulePresence(PRESENCE_RENEWAL_MS);
      },
    );
    // A change people can see (someone came, left, moved on) goes out within a few ms; a renewal
    // that only keeps a state alive waits for the next batch.
    this.awareness.on('change', () => this.schedulePresence(PRESENCE_CHANGE_MS));
  }

  /** A peer joins: it hears every later update and presence batch. */
  add(peer: ReplicaPeer): void {
    this.peers.add(peer);
  }

  /** A peer leaves: its presence goes with it. */
  remove(peer: ReplicaPeer): void {
    if (!this.peers.delete(peer)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.clientIds], null);
  }

  /**
   * Presence goes out in batches: one awareness message with every state that changed or was
   * renewed since the last batch, the same bytes to every peer (its own state included, which
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
    const message = awarenessMessage(this.awareness, ids);
    if (message) this.broadcast(message, null);
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
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
    this.fullState.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** How many peers of this role are connected right now. */
  connectedCount(role: Role): number {
    let n = 0;
    for (const p of this.peers) if (p.role === role) n++;
    return n;
  }
}

/**
 * A session's replica loaded from persistence and brought to the current schema (migrations.ts).
 * Damage is contained by the store (a damaged snapshot falls back to the previous generation);
 * only an I/O error or a snapshot from a newer Offsite makes this throw: the open fails (and is
 * retried) rather than starting an empty replica.
 */
export async function loadReplica(
  sessionId: string,
  persistence: ReplicaPersistence,
  log: (message: string) => void,
  vault?: BindingVault,
  devices?: DeviceVault,
): Promise<{ replica: Replica; migration: MigrationResult | null }> {
  const replica = new Replica(sessionId, persistence);
  if (devices) {
    // One admitted participant per device address holds across restarts (deviceVault.ts).
    const book = replica.authority.devices;
    book.restore(await devices.load(sessionId));
    book.onChange = () => devices.save(sessionId, () => book.entries());
  }
  if (vault) {
    // Anonymous authors keep their entries across restarts (bindingVault.ts).
    const kept = await vault.load(sessionId);
    if (kept) replica.authority.restoreAnonymousBindings(kept);
    replica.authority.onAnonymousBinding = () =>
      vault.save(sessionId, () => replica.authority.anonymousBindings());
  }
  const stored = await persistence.load(sessionId);
  let migration: MigrationResult | null = null;
  if (stored) {
    for (const w of stored.warnings) log(`session ${sessionId}: ${w}`);
    // Replayed updates are already stored: they must not be appended to the log again.
    if (stored.updates.length > 0) {
      // Applied one by one in one transaction, not merged first: Y.mergeUpdates of a 5,000-note
      // snapshot and a thousand records costs 200–600 ms on this thread, applying them ~40 ms
      // more than the snapshot alone. Their summed length bounds the doc's size from above.
      replica.doc.transact(() => {
        for (const update of stored.updates) {
          replica.sizeBytes += update.length;
          Y.applyUpdate(replica.doc, update, REPLAY_ORIGIN);
        }
      }, REPLAY_ORIGIN);
      // Migrations run as ordinary (stored, broadcast) updates; a doc newer than this build
      // throws MigrationError and the session stays closed.
      migration = migrateDoc(replica.doc);
      if (migration.applied.length > 0)
        log(`session ${sessionId}: migrated (${migration.applied.join(', ')})`);
    }
  }
  return { replica, migration };
}
