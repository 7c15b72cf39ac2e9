// The hub's rules of who may write what, apart from the socket code so that the
// same rules can run on another Yjs engine: which client ids a connection speaks for, the judge
// for its updates and awareness, and the in-memory bindings of anonymous one-off ids.
//
// - Every connection declares the Yjs client id it writes with (attendees prove the claim by
//   signing the host's nonce for that connection with their participant key). The host records
//   named bindings in the doc's `clients` map (a host-only type), so they survive a restart and
//   readers on the mesh can use them, and each participant's place in the roster (admitted,
//   waiting in the lobby, removed): only admitted participants write beyond their name.
// - Structs of a client bound to someone else, not yet at the hub, are dropped (a relay): their
//   author delivers them over their own connection. Anything else is judged by the schema.
// - Anonymous notes and votes use one-off client ids. The hub binds them to the participant in
//   memory only (never in the doc or on disk), so it can tell an author's edits and take-backs
//   from another's, and holds one vote pseudonym per participant and block.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { boundWriter, judgeUpdate, type Verdict, type Writer } from './judgeUpdate';
import { CLIENTS_MAP } from '../session/names';
import { FACILITATOR_OWNER, voterSlot } from './ownerKeys';
import { decodePublicKey, hubChallengeText, participantIdOf, verifyText } from './signing';
import type { Role } from '../doc';
import { BINDING_ORIGIN } from '../origins';
import { joinRoster, type LobbyLimits } from '../roster/commands';
import { isAdmitted, rosterEmpty, type RosterRecord } from '../roster/read';
import { DeviceBook } from '../roster/devices';

/** An attendee update may not carry more new structs than this (a whole offline morning fits). */
export const MAX_STRUCTS_PER_ATTENDEE_UPDATE = 50_000;

export interface Identity {
  /** facilitator windows (console, projector) or one participant. */
  writer: { kind: 'facilitator' } | { kind: 'participant'; id: string };
  /** The Yjs client id the connection declared. */
  clientId: number;
  /** An attendee's participant key: the challenge's answer must be its signature. */
  publicKey?: Uint8Array;
}

/** The identity a peer claims when it connects (the hub's URL parameters): the declared client
 * id, and for attendees a participant key. Null when malformed. An attendee's claim holds only
 * once proven on its connection (proveClaim). */
export function claimedIdentity(params: URLSearchParams | undefined, role: Role): Identity | null {
  const cid = Number(params?.get('cid') ?? '');
  if (!Number.isInteger(cid) || cid <= 0 || cid >= 2 ** 32) return null;
  if (role !== 'attendee') return { writer: { kind: 'facilitator' }, clientId: cid };
  const pk = decodePublicKey(params?.get('pk'));
  if (!pk) return null;
  return { writer: { kind: 'participant', id: participantIdOf(pk) }, clientId: cid, publicKey: pk };
}

/** The hub's anonymous bindings: one-off client id -> participant, pseudonym slot -> participant. */
export interface AnonymousBindings {
  clients: [number, string][];
  pseudonyms: [string, string][];
}

/** Does `signature` answer this connection's `nonce` for the identity's key? */
export function proveClaim(
  identity: Identity,
  sessionId: string,
  nonce: string,
  signature: unknown,
): boolean {
  const pk = identity.publicKey;
  return !!pk && verifyText(pk, hubChallengeText(sessionId, identity.clientId, nonce), signature);
}

/** Where a participant's connection is bound from, and the lobby's bounds. */
export interface Arrival {
  address: string;
  now: number;
  admitEveryone?: boolean;
  lobby: LobbyLimits;
}

/** What binding a connection came to: refused (another's client id, or the lobby is full), or
 * bound, with the participant's roster record (facilitator windows have none). */
export type Binding =
  { ok: false; why: 'client id taken' | 'lobby full' } | { ok: true; roster: RosterRecord | null };

export class ReplicaAuthority {
  /** one-off client id -> participant (anonymous writes); memory only. */
  private readonly anonClients = new Map<number, string>();
  /** `${blockId}/${pseudonym}` -> participant, and `${participant}/${blockId}` -> pseudonym. */
  private readonly pseudonyms = new Map<string, string>();
  private readonly pseudonymOf = new Map<string, string>();
  /** Where each participant joined from: host-only, never in the doc (roster/devices.ts). */
  readonly devices = new DeviceBook();

  constructor(private readonly doc: Y.Doc) {}

  /**
   * Binds the declared client id to the identity, and records a participant's arrival in the
   * roster (roster/commands.ts: joinRoster). Refused when the id is someone else's (its writes
   * could only be a forgery of that client's) or when the participant would wait in a lobby that
   * is full: then nothing is written, so fresh identities cannot grow the document.
   */
  bind(identity: Identity, arrival?: Arrival): Binding {
    const owner = identity.writer.kind === 'facilitator' ? FACILITATOR_OWNER : identity.writer.id;
    const clients = this.doc.getMap<unknown>(CLIENTS_MAP);
    const key = String(identity.clientId);
    const current = clients.get(key);
    if (current !== owner) {
      if (current !== undefined || this.anonClients.has(identity.clientId))
        return { ok: false, why: 'client id taken' };
      // A client id that already wrote here without a binding (a session from before bindings)
      // stays unbound: nobody may take over its entries.
      if (Y.getState(this.doc.store, identity.clientId) > 0)
        return { ok: false, why: 'client id taken' };
    }
    let roster: RosterRecord | 'lobby full' | null = null;
    this.doc.transact(() => {
      if (identity.writer.kind === 'participant' && arrival)
        roster = joinRoster(this.doc, {
          participantId: identity.writer.id,
          devices: this.devices,
          ...arrival,
        });
      if (roster !== 'lobby full' && current !== owner) clients.set(key, owner);
    }, BINDING_ORIGIN);
    if (roster === 'lobby full') return { ok: false, why: 'lobby full' };
    return { ok: true, roster };
  }

  /** The vote pseudonyms this participant used since the host started (memory only), as
   * `{ root, subject, voter }` of the entries' keys: what the host takes back on removal. */
  pseudonymsOf(participantId: string): { root: string; subject: string; voter: string }[] {
    const out: { root: string; subject: string; voter: string }[] = [];
    for (const [slot, who] of this.pseudonyms) {
      if (who !== participantId) continue;
      const [root = '', subject = '', voter = ''] = slot.split('/');
      out.push({ root, subject, voter });
    }
    return out;
  }

  private person(identity: Identity): string | null {
    return identity.writer.kind === 'participant' ? identity.writer.id : null;
  }

  private ownerOf = (client: number): Writer => {
    const bound = boundWriter(this.doc, client);
    if (bound) return bound;
    const of = this.anonClients.get(client);
    if (of !== undefined) return { kind: 'anonymous', client, of };
    return { kind: 'unknown', client };
  };

  /** Judges one update from a connection; binds the one-off ids it accepted. */
  judge(identity: Identity, update: Uint8Array): Verdict & { anonymous: boolean } {
    const person = this.person(identity);
    const pendingAnon = new Map<number, string>();
    // Did the update reach into an anonymous entry (a take-back is a delete and writes nothing)?
    let touchedAnonymous = false;
    const verdict = judgeUpdate(this.doc, update, {
      writerOf: (client) => {
        const bound = boundWriter(this.doc, client);
        if (bound) {
          const same =
            bound.kind === identity.writer.kind &&
            (bound.kind !== 'participant' || bound.id === (identity.writer as { id: string }).id);
          return same ? bound : null;
        }
        const anonOf = this.anonClients.get(client) ?? pendingAnon.get(client);
        // A facilitator window's structs of a client nobody declared (what its first sync relays,
        // or a seed written elsewhere): judged as an unknown writer's, never as the facilitator's.
        if (person === null) return anonOf === undefined ? { kind: 'unknown', client } : null;
        if (anonOf !== undefined)
          return anonOf === person ? { kind: 'anonymous', client, of: person } : null;
        if (Y.getState(this.doc.store, client) > 0) return null; // an unbound old client: nobody's
        pendingAnon.set(client, person);
        return { kind: 'anonymous', client, of: person };
      },
      ownerOf: (client) => {
        const of = pendingAnon.get(client);
        const owner =
          of !== undefined ? { kind: 'anonymous' as const, client, of } : this.ownerOf(client);
        if (owner.kind === 'anonymous') touchedAnonymous = true;
        return owner;
      },
      deleter: identity.writer,
      // A doc with no roster yet (no participant has joined through a host): nobody to tell apart.
      admitted: (participantId) => isAdmitted(this.doc, participantId) || rosterEmpty(this.doc),
      maxStructs:
        identity.writer.kind === 'facilitator' ? undefined : MAX_STRUCTS_PER_ATTENDEE_UPDATE,
      checkAnonymousKey: (root, key, actor) => {
        touchedAnonymous = true;
        const who =
          actor.kind === 'anonymous' ? actor.of : actor.kind === 'participant' ? actor.id : null;
        if (who === null) return 'an anonymous entry of nobody known';
        const { subject: blockId, voter: pseudo } = voterSlot(key);
        const slot = `${root}/${blockId}/${pseudo}`;
        const bound = this.pseudonyms.get(slot);
        if (bound !== undefined) return bound === who ? null : 'another participant’s pseudonym';
        const mine = this.pseudonymOf.get(`${root}/${who}/${blockId}`);
        if (mine !== undefined && mine !== pseudo) return 'one pseudonym per participant and block';
        // Entries under a pseudonym nobody is bound to (bindings lost, or older than them) are
        // nobody's to change: the first to use it may not be its author.
        if (this.hasEntries(root, `${blockId}/${pseudo}`))
          return 'a pseudonym whose owner is unknown';
        this.pseudonyms.set(slot, who);
        this.pseudonymOf.set(`${root}/${who}/${blockId}`, pseudo);
        this.bindingsChanged = true;
        return null;
      },
    });
    if (verdict.update)
      for (const [client, of] of pendingAnon) {
        if (!verdict.writers.has(client)) continue;
        this.anonClients.set(client, of);
        this.bindingsChanged = true;
      }
    if (this.bindingsChanged) {
      this.bindingsChanged = false;
      this.onAnonymousBinding?.();
    }
    const writers = [...verdict.writers.values()];
    const anonymous =
      writers.length > 0 ? writers.every((w) => w.kind === 'anonymous') : touchedAnonymous;
    return { ...verdict, anonymous };
  }

  // ---- Anonymous bindings across restarts (sealed on disk by the host: hub/bindingVault.ts) ----

  /** Called after a judge that bound a one-off id or a pseudonym (the host saves them). */
  onAnonymousBinding: (() => void) | null = null;
  private bindingsChanged = false;

  /** Every anonymous binding, to be sealed and kept by the host. */
  anonymousBindings(): AnonymousBindings {
    return { clients: [...this.anonClients], pseudonyms: [...this.pseudonyms] };
  }

  /** Takes back the bindings the host kept (before any peer is judged). */
  restoreAnonymousBindings(b: AnonymousBindings): void {
    for (const [client, of] of b.clients) this.anonClients.set(client, of);
    for (const [slot, who] of b.pseudonyms) {
      const [root, blockId, pseudo] = slot.split('/');
      if (!root || !blockId || !pseudo) continue;
      this.pseudonyms.set(slot, who);
      this.pseudonymOf.set(`${root}/${who}/${blockId}`, pseudo);
    }
  }

  /** Does the map hold an entry at `prefix` (a pseudonym's answer, upvote or votes)? */
  private hasEntries(root: string, prefix: string): boolean {
    for (const key of this.doc.getMap(root).keys())
      if (key === prefix || key.startsWith(`${prefix}/`)) return true;
    return false;
  }

  /** True when what this verdict accepted is anonymous: structs of one-off clients only, or
   * (writing none) deletes that reach into anonymous entries. Such updates go out batched. */
  static anonymousOnly(verdict: Verdict & { anonymous: boolean }): boolean {
    return verdict.anonymous;
  }
}

/** How far an awareness clock may run ahead of the last one seen: a burst, and so many a second
 * since (y-protocols counts one per local change and renews every 15 s). */
const AWARENESS_CLOCK_BURST = 1000;
const AWARENESS_CLOCKS_PER_SECOND = 20;

/**
 * May a presence state at `clock` replace the one last seen (`last`: its clock and when)? A clock
 * far past it is refused: y-protocols ignores every later state with a smaller clock, so one
 * state at 2^53 would withdraw its client from every page for good.
 */
export function awarenessClockAllowed(
  last: { clock: number; lastUpdated: number } | undefined,
  clock: number,
  now: number,
): boolean {
  if (!last) return clock <= Number.MAX_SAFE_INTEGER;
  const seconds = Math.max(0, now - last.lastUpdated) / 1000;
  return clock <= last.clock + AWARENESS_CLOCK_BURST + seconds * AWARENESS_CLOCKS_PER_SECOND;
}

/**
 * Keeps only the awareness entries of the client ids a connection speaks for, at clocks they may
 * have; returns null when nothing is left. (Awareness update: count, then per entry client id,
 * clock, JSON state.)
 */
export function filterAwareness(
  update: Uint8Array,
  allowed: (clientId: number, clock: number) => boolean,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  // The JSON states are kept as the bytes they came in (a varuint length, then UTF-8): nothing
  // is decoded for a check on client ids alone, and most updates are kept whole.
  const keep: [number, number, Uint8Array][] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarUint8Array(decoder);
    if (allowed(clientId, clock)) keep.push([clientId, clock, state]);
  }
  if (keep.length === 0) return null;
  if (keep.length === count) return update;
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, keep.length);
  for (const [clientId, clock, state] of keep) {
    encoding.writeVarUint(enc, clientId);
    encoding.writeVarUint(enc, clock);
    encoding.writeVarUint8Array(enc, state);
  }
  return encoding.toUint8Array(enc);
}
