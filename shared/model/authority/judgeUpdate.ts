// One judge for every path an update can take: the hub judges what a connection
// sends, every client judges what the mesh brings. Both use the schema registry's rules; they
// differ only in who they take the writer of each struct and of the deletes to be.
import * as Y from 'yjs';
import { SCHEMA } from '../schema';
import { FACILITATOR_OWNER } from './ownerKeys';
import { type TypeSpec } from '../typeSpec';
import { docStruct, placeOfDocItem, UpdateIndex, type Place } from './places';
import { encodeUpdate, type DeleteRange } from './encodeUpdate';
import { closedBecause } from './facilitatorState';
import { breakoutRefusal } from './breakoutRules';

/**
 * Who wrote something:
 * - facilitator: a verified facilitator window;
 * - participant: a participant whose key the host checked (or, on the mesh, that the host's
 *   client bindings name);
 * - anonymous: a one-off client id (anonymous notes and votes); only the hub knows whose (`of`),
 *   and keeps that in memory, never in the doc;
 * - unknown: a client the mesh reader cannot attribute (it may create entries, and write into
 *   entries that client created, nothing else).
 */
export type Writer =
  | { kind: 'facilitator' }
  | { kind: 'participant'; id: string }
  | { kind: 'anonymous'; client: number; of: string | null }
  | { kind: 'unknown'; client: number };

export interface JudgeOptions {
  /** Who wrote the new structs of a client; null refuses them (another's client, a relay). */
  writerOf(client: number): Writer | null;
  /** Who owns the entries a client created (for ownership of existing entries). */
  ownerOf(client: number): Writer | null;
  /** Who is deleting; null: deletes count only where the entry's owner wrote in this update. */
  deleter: Writer | null;
  /**
   * An anonymous entry key (a vote pseudonym) written or deleted by `actor`: null to allow, else
   * why not. Only the hub can judge it (it knows whose one-off ids are whose); without it, such
   * keys are refused, so anonymous votes reach the room through the host alone.
   */
  checkAnonymousKey?(root: string, key: string, actor: Writer): string | null;
  /** Refuse the whole update past this many new structs. */
  maxStructs?: number;
  /**
   * Whether the facilitator has admitted this participant (the host's roster). A participant not
   * admitted (waiting in the lobby, or removed) writes nothing but what the lobby needs (types
   * declared `lobby`: their name). Without it (the mesh), everyone is taken as admitted.
   */
  admitted?(participantId: string): boolean;
}

export interface Verdict {
  /** What may be applied: the update itself when all of it passed, a rewrite, or null. */
  update: Uint8Array | null;
  whole: boolean;
  /** Why parts were refused (the first few, for logs and tests). */
  refused: string[];
  newStructs: number;
  /** Clients whose new structs were accepted, with the writer they were taken for. */
  writers: Map<number, Writer>;
  /**
   * What fills the clocks of a named writer's refused structs (GC structs: deleted content), or
   * null. A client's writes form one chain: without it the hub would hold every later write of
   * that page as pending, waiting for the refused clocks, and an honest attendee whose vote came
   * just after voting closed would be cut off until a reload. Anonymous one-off clients need none.
   * Only the hub may apply it (the structs came from that client's own connection); on the mesh a
   * forger's refused structs at another's next clocks would take those clocks from their writes.
   */
  hole?: Uint8Array | null;
}

/** The participant behind a writer, where known. */
const personOf = (w: Writer): string | null =>
  w.kind === 'participant' ? w.id : w.kind === 'anonymous' ? w.of : null;

const sameWriter = (a: Writer | null, b: Writer | null): boolean => {
  if (!a || !b) return false;
  if (a.kind === 'anonymous' || b.kind === 'anonymous') {
    const pa = personOf(a);
    const pb = personOf(b);
    if (pa !== null && pb !== null) return pa === pb;
  }
  if (a.kind !== b.kind) return false;
  if (a.kind === 'participant') return a.id === (b as { id: string }).id;
  if (a.kind === 'anonymous' || a.kind === 'unknown')
    return a.client === (b as { client: number }).client;
  return true;
};

/** The participant that owns an entry of a `key`-owned type, or anonymous, or null (invalid). */
function keyOwnerWriter(spec: TypeSpec, key: string | null): Writer | 'anonymous' | null {
  const owner = key === null ? null : (spec.keyOwner?.(key) ?? null);
  if (!owner) return null;
  if ('anonymous' in owner) return 'anonymous';
  return { kind: 'participant', id: owner.participant };
}

function contentOk(item: Y.Item, spec: TypeSpec, place: Place, writer: Writer): string | null {
  const c = item.content;
  if (c instanceof Y.ContentDeleted) return null;
  if (c instanceof Y.ContentType) {
    if (place.depth !== 0 || !(c.type instanceof Y.Map)) return 'nested types are not allowed';
    return null;
  }
  const values: unknown[] =
    c instanceof Y.ContentAny || c instanceof Y.ContentJSON
      ? c.arr
      : c instanceof Y.ContentString
        ? [c.str]
        : [undefined];
  for (const v of values) {
    if (v === undefined) return `content of kind ${c.constructor.name} is not allowed`;
    const size = typeof v === 'string' ? v.length : JSON.stringify(v ?? null).length;
    if (size > Math.max(spec.maxFieldChars, 64)) return `a value of ${size} characters is too long`;
    if (place.depth === 1 && place.field && spec.selfFields?.includes(place.field)) {
      if (writer.kind === 'anonymous') return `an anonymous entry cannot carry ${place.field}`;
      if (writer.kind === 'participant' && v !== writer.id)
        return `${place.field} must be the writer's own id`;
    }
  }
  return null;
}

/** The owner of the entry a place belongs to (creator- or key-owned types). */
function entryOwner(spec: TypeSpec, place: Place, opts: JudgeOptions): Writer | 'anonymous' | null {
  if (spec.ownerBy === 'key') return keyOwnerWriter(spec, place.entryKey);
  return place.entryId ? opts.ownerOf(place.entryId.client) : null;
}

/** Why a writer the roster does not admit may not write into `spec`, or null. */
function notAdmitted(spec: TypeSpec, writer: Writer | null, opts: JudgeOptions): string | null {
  if (!writer || !opts.admitted || spec.lobby) return null;
  const person = personOf(writer);
  if (person === null || opts.admitted(person)) return null;
  return `${spec.name}: the facilitator has not admitted this participant`;
}

/** May `writer` write (or overwrite) this item? null when yes, else the reason. */
function mayWrite(item: Y.Item, place: Place, writer: Writer, opts: JudgeOptions): string | null {
  const spec = place.root === null ? undefined : SCHEMA.get(place.root);
  if (!spec) return `type ${place.root ?? '(unresolved)'} is not in the schema`;
  if (spec.writer === 'host') return `${spec.name} is written by the host only`;
  if (place.depth === 0 && place.entryKey && spec.hostOnlyKeys?.includes(place.entryKey))
    return `${spec.name}.${place.entryKey} is written by the host only`;
  if (writer.kind === 'facilitator') return null;
  const lobby = notAdmitted(spec, writer, opts);
  if (lobby) return lobby;
  if (spec.writer === 'facilitator') return `${spec.name} is the facilitator's`;
  if (place.depth > 1) return 'nested writes are not allowed';
  if (facilitatorField(spec, place)) return `${spec.name}.${place.field} is the facilitator's`;
  const content = contentOk(item, spec, place, writer);
  if (content) return content;
  if (spec.writer === 'shared') return null;
  if (spec.ownerBy === 'key') {
    const owner = keyOwnerWriter(spec, place.entryKey);
    if (owner === null) return `${place.entryKey} is not a valid ${spec.name} key`;
    if (owner === 'anonymous') {
      if (!spec.anonymousEntries || writer.kind !== 'anonymous')
        return `${spec.name} anonymous entries come through the host, with a one-off id`;
      return opts.checkAnonymousKey
        ? opts.checkAnonymousKey(spec.name, place.entryKey!, writer)
        : 'anonymous entries come through the host';
    }
    if (writer.kind === 'unknown') return null; // the mesh cannot tell; signatures decide on read
    return sameWriter(owner, writer) ? null : `${place.entryKey} is someone else's`;
  }
  // Creator-owned: a new entry is the writer's; an existing one only its creator's.
  if (place.depth === 0) {
    if (writer.kind === 'anonymous' && !spec.anonymousEntries)
      return `${spec.name} entries are never anonymous`;
    const replaced = item.origin;
    if (replaced && !sameWriter(opts.ownerOf(replaced.client), writer))
      return `${place.entryKey} is someone else's`;
    return null;
  }
  if (place.field && spec.sharedFields?.includes(place.field)) return null;
  const owner = entryOwner(spec, place, opts);
  return owner !== 'anonymous' && sameWriter(owner, writer)
    ? null
    : `${spec.name} ${place.entryKey} is someone else's`;
}

const facilitatorField = (spec: TypeSpec, place: Place): boolean =>
  place.depth === 1 && place.field !== null && !!spec.facilitatorFields?.includes(place.field);

/** May `deleter` delete this (existing or new) item? `entryGoes`: is the entry itself deleted
 * (in the replica or by this update), which takes its fields with it? */
function mayDelete(
  item: Y.Item,
  place: Place,
  deleter: Writer | null,
  updateWriters: Writer[],
  opts: JudgeOptions,
  entryGoes: (entry: Y.ID) => boolean,
): string | null {
  const spec = place.root === null ? undefined : SCHEMA.get(place.root);
  if (!spec) return `type ${place.root ?? '(unresolved)'} is not in the schema`;
  if (spec.writer === 'host') return `${spec.name} is written by the host only`;
  if (place.depth === 0 && place.entryKey && spec.hostOnlyKeys?.includes(place.entryKey))
    return `${spec.name}.${place.entryKey} is written by the host only`;
  if (deleter?.kind === 'facilitator') return null;
  if (spec.writer === 'facilitator') return `${spec.name} is the facilitator's`;
  const lobby = notAdmitted(spec, deleter, opts);
  if (lobby) return lobby;
  if (spec.writer === 'shared') return null;
  if (facilitatorField(spec, place) && !(place.entryId && entryGoes(place.entryId)))
    return `${spec.name}.${place.field} is the facilitator's`;
  const owner =
    spec.ownerBy === 'key'
      ? keyOwnerWriter(spec, place.entryKey)
      : opts.ownerOf((place.depth === 0 ? item.id : place.entryId!).client);
  const sharedField =
    place.depth === 1 && place.field !== null && !!spec.sharedFields?.includes(place.field);
  if (deleter) {
    if (sharedField) return null;
    if (owner === 'anonymous')
      return opts.checkAnonymousKey
        ? opts.checkAnonymousKey(spec.name, place.entryKey!, deleter)
        : 'anonymous entries are changed through the host';
    return sameWriter(owner, deleter) ? null : `${spec.name} ${place.entryKey} is someone else's`;
  }
  // The mesh: a delete is taken only beside a write by the same owner (an overwrite); plain
  // deletes wait for the hub, which knows who sent them.
  if (owner === 'anonymous' || owner === null) return 'deleted by an unknown writer';
  return updateWriters.some((w) => sameWriter(w, owner)) ? null : 'deleted by an unknown writer';
}

export function judgeUpdate(doc: Y.Doc, update: Uint8Array, opts: JudgeOptions): Verdict {
  const refused: string[] = [];
  const refuse = (why: string) => {
    if (refused.length < 8) refused.push(why);
  };
  let decoded: { structs: (Y.Item | Y.GC | Y.Skip)[]; ds: ReturnType<typeof Y.decodeUpdate>['ds'] };
  try {
    decoded = Y.decodeUpdate(update) as typeof decoded;
  } catch {
    return {
      update: null,
      whole: false,
      refused: ['malformed update'],
      newStructs: 0,
      writers: new Map(),
    };
  }
  const index = new UpdateIndex(doc, decoded.structs);
  const kept = new Map<number, (Y.Item | Y.GC | Y.Skip)[]>();
  const holes = new Map<number, Y.GC[]>();
  const writers = new Map<number, Writer>();
  let whole = true;
  let newStructs = 0;
  for (const s of decoded.structs)
    if (s.id.clock + s.length > Y.getState(doc.store, s.id.client)) newStructs++;
  if (opts.maxStructs !== undefined && newStructs > opts.maxStructs)
    return {
      update: null,
      whole: false,
      refused: [`${newStructs} new structs in one update; the limit is ${opts.maxStructs}`],
      newStructs,
      writers,
    };

  for (const [client, list] of index.byClient) {
    const state = Y.getState(doc.store, client);
    const out: (Y.Item | Y.GC | Y.Skip)[] = [];
    kept.set(client, out);
    let writer: Writer | null | undefined;
    for (const s of list) {
      if (s.id.clock + s.length <= state) {
        out.push(s); // already here: Yjs skips it
        continue;
      }
      if (writer === undefined) writer = opts.writerOf(client);
      if (!writer) {
        refuse(`client ${client} is not the sender's`);
        whole = false;
        break;
      }
      if (s instanceof Y.Item) {
        const place = index.placeOf(s);
        const why =
          mayWrite(s, place, writer, opts) ??
          (writer.kind === 'facilitator'
            ? null
            : (closedBecause(
                doc,
                place.root,
                place.entryKey,
                place.depth === 1 ? place.field : null,
              ) ?? breakoutRefusal(doc, place, s, personOf(writer))));
        if (why) {
          refuse(why);
          whole = false;
          // An entry made in this update arrives whole or not at all: what of it came before the
          // refused part goes too (a question whose forged author was refused once reached the
          // room as an anonymous question nobody had asked in that form).
          const made = place.entryId;
          let holeFrom = s.id.clock;
          if (made && made.client === client && made.clock >= state) {
            const from = out.findIndex((o) => o.id.clock + o.length > made.clock);
            if (from >= 0) {
              holeFrom = Math.max(state, out[from]!.id.clock);
              out.length = from;
            }
            if (!out.some((o) => o.id.clock + o.length > state)) writers.delete(client);
          }
          // A named writer's chain goes on past what was refused (Verdict.hole).
          if (writer.kind === 'participant' || writer.kind === 'facilitator') {
            let holeTo = holeFrom;
            for (const later of list) {
              if (later.id.clock + later.length <= holeTo) continue;
              if (later.id.clock > holeTo || later instanceof Y.Skip) break;
              holeTo = later.id.clock + later.length;
            }
            if (holeTo > holeFrom)
              holes.set(client, [new Y.GC(Y.createID(client, holeFrom), holeTo - holeFrom)]);
          }
          break; // later structs of this client hang on this one: drop them too
        }
      }
      out.push(s);
      writers.set(client, writer);
    }
  }

  const updateWriters = [...writers.values()];
  const entryGoes = (entry: Y.ID): boolean => {
    const inDoc = docStruct(doc, entry);
    if (inDoc instanceof Y.Item && inDoc.deleted) return true;
    const ranges = decoded.ds.clients.get(entry.client) ?? [];
    return ranges.some((r) => r.clock <= entry.clock && entry.clock < r.clock + r.len);
  };
  const deletes = new Map<number, DeleteRange[]>();
  for (const [client, ranges] of decoded.ds.clients) {
    const out: DeleteRange[] = [];
    deletes.set(client, out);
    const known = Math.max(Y.getState(doc.store, client), index.endOf(client));
    for (const { clock, len } of ranges) {
      if (clock + len > known) {
        refuse(`a delete reaches past what is known of client ${client}`);
        whole = false;
        continue;
      }
      let at = clock;
      while (at < clock + len) {
        const id = Y.createID(client, at);
        const inDoc = docStruct(doc, id);
        const s = inDoc ?? index.find(id);
        if (!s) {
          refuse('a delete of an unknown item');
          whole = false;
          break;
        }
        const end = Math.min(s.id.clock + s.length, clock + len);
        let why: string | null = null;
        if (s instanceof Y.Item && !(inDoc && s.deleted)) {
          const place = inDoc ? placeOfDocItem(doc, s) : index.placeOf(s);
          why =
            mayDelete(s, place, opts.deleter, updateWriters, opts, entryGoes) ??
            (opts.deleter?.kind === 'facilitator'
              ? null
              : (closedBecause(
                  doc,
                  place.root,
                  place.entryKey,
                  place.depth === 1 ? place.field : null,
                ) ??
                (opts.deleter
                  ? breakoutRefusal(doc, place, s, personOf(opts.deleter), true)
                  : null)));
        }
        if (why) {
          refuse(why);
          whole = false;
        } else {
          const last = out[out.length - 1];
          if (last && last.clock + last.len === at) last.len += end - at;
          else out.push({ clock: at, len: end - at });
        }
        at = end;
      }
    }
  }

  if (whole) return { update, whole, refused, newStructs, writers };
  const anything =
    [...kept.values()].some((l) => l.length > 0) || [...deletes.values()].some((r) => r.length > 0);
  return {
    update: anything ? encodeUpdate(kept, deletes) : null,
    whole,
    refused,
    newStructs,
    writers,
    hole: holes.size > 0 ? encodeUpdate(holes, new Map()) : null,
  };
}

/** Reads the host's client bindings: client id -> facilitator or participant. */
export function boundWriter(doc: Y.Doc, client: number): Writer | null {
  const v = doc.getMap<unknown>('clients').get(String(client));
  if (v === FACILITATOR_OWNER) return { kind: 'facilitator' };
  if (typeof v === 'string' && v) return { kind: 'participant', id: v };
  return null;
}
