// Anonymous writes stay off the mesh until the hub's batch brings them back. They are written
// into this page's doc at once (its author sees them), under one-off client ids, and sent to the
// hub only; but y-webrtc answers any peer's sync step 1 from the whole doc, and announces the
// doc's state vector to every new peer: a peer that probed an author during the hub's 0.4–1.6 s
// batch window was the only one to see those one-off ids there, and so named the author. This
// module remembers what this page wrote anonymously and the hub has not yet sent back (structs
// from a clock on, and deletes), and takes it out of every sync message the page sends the mesh.
// It keeps that in the tab's storage (HoldStore), so a page reloaded inside the batch window,
// whose local copy already holds those writes, still holds them back. After a reload the hub's
// batch may have gone to the page's old connection; the hub's sync step 1 then says it has them,
// and once the longest batch delay has passed since, the room has them too and they are let go.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { encodeUpdate, type DeleteRange } from '../../shared/model/authority/encodeUpdate';

const MESSAGE_SYNC = 0;
const STEP1 = 0;

/** `ranges` less whatever `less` covers. */
function subtract(ranges: DeleteRange[], less: DeleteRange[]): DeleteRange[] {
  let out = ranges;
  for (const l of less) {
    const next: DeleteRange[] = [];
    for (const r of out) {
      const end = r.clock + r.len;
      const lEnd = l.clock + l.len;
      if (lEnd <= r.clock || l.clock >= end) next.push(r);
      else {
        if (l.clock > r.clock) next.push({ clock: r.clock, len: l.clock - r.clock });
        if (lEnd < end) next.push({ clock: lEnd, len: end - lEnd });
      }
    }
    out = next;
  }
  return out;
}

const defaultWait = (ms: number, f: () => void) => void setTimeout(f, ms);

const deleteRanges = (update: Uint8Array): Map<number, DeleteRange[]> =>
  new Map(
    [...Y.decodeUpdate(update).ds.clients].map(([client, items]) => [
      client,
      items.map((i) => ({ clock: i.clock, len: i.len })),
    ]),
  );

/** Where a tab keeps what it holds back across a reload (sessionStorage on a page). */
export interface HoldStore {
  load(): string | null;
  save(value: string | null): void;
}

/** The hub sends an anonymous batch at most this long after it got the writes (replica.ts). */
export const HUB_BATCH_MAX_MS = 1600;

export class AnonymousHold {
  /** one-off client id -> the first clock the hub has not sent back yet. */
  private readonly structsFrom = new Map<number, number>();
  /** client id -> delete ranges made anonymously that the hub has not sent back yet. */
  private readonly deletes = new Map<number, DeleteRange[]>();

  get empty(): boolean {
    return this.structsFrom.size === 0 && this.deletes.size === 0;
  }

  /** An update this page wrote anonymously (ANONYMOUS_ORIGIN). */
  wrote(update: Uint8Array): void {
    const { from } = Y.parseUpdateMeta(update);
    for (const [client, clock] of from)
      if (!this.structsFrom.has(client)) this.structsFrom.set(client, clock);
    for (const [client, ranges] of deleteRanges(update))
      this.deletes.set(client, [...(this.deletes.get(client) ?? []), ...ranges]);
    this.persist();
  }

  /** An update the hub sent: what it carries is the room's now, and may go on the mesh. */
  heardFromHub(update: Uint8Array): void {
    if (this.structsFrom.size > 0) {
      const { from, to } = Y.parseUpdateMeta(update);
      for (const [client, start] of this.structsFrom) {
        const end = to.get(client);
        if (end === undefined || (from.get(client) ?? Infinity) > start) continue;
        if (end >= Y.getState(this.doc.store, client)) this.structsFrom.delete(client);
        else this.structsFrom.set(client, end);
      }
    }
    if (this.deletes.size > 0)
      for (const [client, ranges] of deleteRanges(update)) {
        const left = this.deletes.get(client);
        if (!left) continue;
        const rest = subtract(left, ranges);
        if (rest.length > 0) this.deletes.set(client, rest);
        else this.deletes.delete(client);
      }
    this.persist();
  }

  constructor(
    private readonly doc: Y.Doc,
    private readonly store: HoldStore | null = null,
  ) {
    this.restore();
  }

  /** The hub's state vector (its sync step 1): what it holds of this page's anonymous writes
   * reaches everyone within HUB_BATCH_MAX_MS, after which it is let go here too. */
  heardHubState(sv: Uint8Array, wait: (ms: number, f: () => void) => void = defaultWait): void {
    if (this.structsFrom.size === 0) return;
    const hub = Y.decodeStateVector(sv);
    const covered = [...this.structsFrom.keys()].filter(
      (client) => (hub.get(client) ?? 0) >= Y.getState(this.doc.store, client),
    );
    if (covered.length === 0) return;
    wait(HUB_BATCH_MAX_MS + 400, () => {
      for (const client of covered) this.structsFrom.delete(client);
      this.persist();
    });
  }

  private restore(): void {
    let raw: string | null;
    try {
      raw = this.store?.load() ?? null;
    } catch {
      raw = null; // storage blocked: nothing was kept
    }
    if (!raw) return;
    try {
      const kept = JSON.parse(raw) as { s?: [number, number][]; d?: [number, DeleteRange[]][] };
      for (const [client, clock] of kept.s ?? [])
        if (Number.isInteger(client) && Number.isInteger(clock))
          this.structsFrom.set(client, clock);
      for (const [client, ranges] of kept.d ?? [])
        if (Number.isInteger(client) && Array.isArray(ranges))
          this.deletes.set(
            client,
            ranges.filter((r) => Number.isInteger(r?.clock) && Number.isInteger(r?.len)),
          );
    } catch {
      // a damaged record holds nothing back; the hub's batch still carries the writes
    }
  }

  private persist(): void {
    if (!this.store) return;
    try {
      this.store.save(
        this.empty ? null : JSON.stringify({ s: [...this.structsFrom], d: [...this.deletes] }),
      );
    } catch {
      // storage full or blocked: the hold lives in memory for this page
    }
  }

  /** A sync message this page is about to send a mesh peer, less what is held back. */
  outgoing(message: Uint8Array): Uint8Array {
    if (this.empty) return message;
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return message;
    const kind = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    const held = kind === STEP1 ? this.stateVector(payload) : this.update(payload);
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    encoding.writeVarUint(enc, kind);
    encoding.writeVarUint8Array(enc, held);
    return encoding.toUint8Array(enc);
  }

  private stateVector(sv: Uint8Array): Uint8Array {
    const vector = Y.decodeStateVector(sv);
    for (const [client, start] of this.structsFrom) {
      if (!vector.has(client)) continue;
      if (start > 0) vector.set(client, Math.min(start, vector.get(client)!));
      else vector.delete(client);
    }
    return Y.encodeStateVector(vector);
  }

  private update(update: Uint8Array): Uint8Array {
    const { structs, ds } = Y.decodeUpdate(update);
    const kept = new Map<number, (Y.Item | Y.GC | Y.Skip)[]>();
    for (const s of structs as (Y.Item | Y.GC | Y.Skip)[]) {
      const start = this.structsFrom.get(s.id.client);
      // A client's structs are a run: from the first held one on, the rest hang on it.
      if (start !== undefined && s.id.clock + s.length > start) continue;
      const list = kept.get(s.id.client) ?? [];
      list.push(s);
      kept.set(s.id.client, list);
    }
    const deletes = new Map<number, DeleteRange[]>();
    for (const [client, items] of ds.clients) {
      const ranges = items.map((i) => ({ clock: i.clock, len: i.len }));
      deletes.set(client, subtract(ranges, this.deletes.get(client) ?? []));
    }
    return encodeUpdate(kept, deletes);
  }
}
