// Which structs this replica took from the hub, in memory: the hub passes on a client's structs
// only from that client's own proven connection (hubAuthority.ts), and holds each attendee to
// their own `authorId`, so a name or a note's author it delivered needs no signature check; only
// what the mesh brought does (authorClaims.ts). A range counts only where the hub's own structs
// filled it: clocks this replica already held (perhaps a mesh forgery at those clocks) and clocks
// a client had waiting (Yjs's pending structs, which the same transaction can integrate) are not
// marked. Lost on reload: a page reloaded from its local copy checks every signature again.
import * as Y from 'yjs';

type Ranges = [number, number][];
const delivered = new WeakMap<Y.Doc, Map<number, Ranges>>();

function add(doc: Y.Doc, client: number, from: number, to: number): void {
  let byClient = delivered.get(doc);
  if (!byClient) delivered.set(doc, (byClient = new Map()));
  const ranges = byClient.get(client) ?? [];
  const last = ranges[ranges.length - 1];
  if (last && last[1] === from) last[1] = to;
  else ranges.push([from, to]);
  byClient.set(client, ranges);
}

/** Clients with structs waiting for a missing clock (Yjs's pending structs). */
function pendingClients(doc: Y.Doc): Set<number> {
  const pending = doc.store.pendingStructs;
  if (!pending) return new Set();
  return new Set([...Y.parseUpdateMeta(pending.update).from.keys(), ...pending.missing.keys()]);
}

/**
 * Applies an update the hub sent (`apply`), then marks the clocks its own structs filled. Any
 * update that cannot be read is applied and marks nothing.
 */
export function applyFromHub(doc: Y.Doc, update: Uint8Array, apply: () => void): void {
  let meta: { from: Map<number, number>; to: Map<number, number> } | null;
  try {
    meta = Y.parseUpdateMeta(update);
  } catch {
    meta = null;
  }
  if (!meta || meta.to.size === 0) {
    apply();
    return;
  }
  const waiting = pendingClients(doc);
  const before = new Map<number, number>();
  for (const client of meta.to.keys()) before.set(client, Y.getState(doc.store, client));
  apply();
  for (const [client, to] of meta.to) {
    const was = before.get(client)!;
    const from = meta.from.get(client) ?? to;
    if (waiting.has(client) || from > was) continue;
    const end = Math.min(Y.getState(doc.store, client), to);
    if (end > was) add(doc, client, was, end);
  }
}

/** Did this struct reach this replica from the hub (as above)? */
export function deliveredByHub(doc: Y.Doc, id: Y.ID): boolean {
  const ranges = delivered.get(doc)?.get(id.client);
  if (!ranges) return false;
  for (const [from, to] of ranges) if (from <= id.clock && id.clock < to) return true;
  return false;
}
