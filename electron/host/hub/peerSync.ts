// One peer's side of the Yjs sync and awareness protocols against a replica: what the hub says
// when a peer joins, and what it does with each message the peer sends. No sockets here: the hub
// hands in bytes and a peer to answer (hub.ts); a malformed message throws.
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import type { Role } from '../../../shared/model/doc';
import {
  awarenessClockAllowed,
  filterAwareness,
  ReplicaAuthority,
} from '../../../shared/model/authority/hubAuthority';
import {
  ALIVE_MESSAGE,
  MSG_AWARENESS,
  MSG_QUERY_AWARENESS,
  MSG_SYNC,
  awarenessMessage,
  syncStep1Message,
} from './hubMessages';
import { AnonymousOrigin, type Replica, type ReplicaPeer } from './replica';

export interface SyncRules {
  /** The doc ceiling (limits.ts); the facilitator keeps a quarter more room. */
  maxDocBytes: number;
  /** The ceiling was reached, said once per replica. */
  onCeiling(replica: Replica): void;
  log(message: string): void;
}

/** What a joining peer hears first: the hub's state vector, then everyone's presence. */
export function greet(replica: Replica, peer: ReplicaPeer): void {
  peer.send(syncStep1Message(replica.doc));
  const presence = awarenessMessage(replica.awareness);
  if (presence) peer.send(presence);
}

export function receive(
  replica: Replica,
  peer: ReplicaPeer,
  data: Uint8Array,
  rules: SyncRules,
): void {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MSG_SYNC) {
    if (overCeiling(replica, peer.role, decoder, rules)) return;
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      for (const m of replica.fullState.answer(decoding.readVarUint8Array(decoder))) peer.send(m);
    } else if (
      kind === syncProtocol.messageYjsSyncStep2 ||
      kind === syncProtocol.messageYjsUpdate
    ) {
      applyFrom(replica, peer, decoding.readVarUint8Array(decoder), rules);
    } else throw new Error(`unknown sync message ${kind}`);
  } else if (type === MSG_AWARENESS) {
    // A peer speaks for its own client id only: no rewriting others' presence, and no clock
    // far past its last one (awarenessClockAllowed).
    const now = Date.now();
    const update = filterAwareness(
      decoding.readVarUint8Array(decoder),
      (id, clock) =>
        id === peer.identity.clientId &&
        awarenessClockAllowed(replica.awareness.meta.get(id), clock, now),
    );
    if (update) awarenessProtocol.applyAwarenessUpdate(replica.awareness, update, peer);
  } else if (type === MSG_QUERY_AWARENESS) {
    peer.send(awarenessMessage(replica.awareness) ?? ALIVE_MESSAGE);
  } else {
    throw new Error(`unknown message type ${type}`);
  }
}

/**
 * Past the doc ceiling, updates are dropped unapplied and the facilitator is told why (the
 * console's storage banner). The facilitator keeps a quarter more room, to run the agenda.
 */
function overCeiling(
  replica: Replica,
  role: Role,
  decoder: decoding.Decoder,
  rules: SyncRules,
): boolean {
  const peek = decoding.clone(decoder);
  const kind = decoding.readVarUint(peek);
  if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate)
    return false;
  const size = decoding.readVarUint(peek); // the update's length prefix
  const max = rules.maxDocBytes * (role === 'attendee' ? 1 : 1.25);
  if (replica.sizeBytes + size <= max) return false;
  if (!replica.ceilingReported) {
    replica.ceilingReported = true;
    rules.onCeiling(replica);
  }
  return true;
}

/**
 * Applies what the schema's rules let this peer write (hubAuthority.ts); the rest is dropped
 * unapplied. Relayed structs of other clients arrive from their authors directly.
 */
function applyFrom(replica: Replica, peer: ReplicaPeer, update: Uint8Array, rules: SyncRules) {
  const verdict = replica.authority.judge(peer.identity, update);
  if (!verdict.whole && !peer.warned) {
    peer.warned = true;
    rules.log(
      `session ${replica.sessionId}: refused part of an update from a ${peer.role}: ${verdict.refused[0] ?? ''}`,
    );
  }
  if (verdict.update) {
    const origin = ReplicaAuthority.anonymousOnly(verdict) ? new AnonymousOrigin(peer) : peer;
    Y.applyUpdate(replica.doc, verdict.update, origin);
  }
  // The refused clocks of the peer's own client, filled (judgeUpdate's Verdict.hole): its later
  // writes then integrate instead of waiting for them for good.
  if (verdict.hole) Y.applyUpdate(replica.doc, verdict.hole, peer);
}
