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
 * Applies what the hub sent (`apply`: an update, a sync step), then marks the clocks its own structs filled: each
 * client's clocks that advanced in that apply, unless the client had structs waiting before it.
 * The update itself is not parsed (Y.parseUpdateMeta reads every struct: 40–70 ms of a page's
 * join of a 5,000-note board). Its structs are the only ones an apply can integrate besides
 * pending ones, and a client whose structs start past this replica's clock stays pending and
 * does not advance.
 */
export function applyFromHub(doc: Y.Doc, apply: () => void): void {
  const waiting = pendingClients(doc);
  const before = new Map<number, number>();
  for (const client of doc.store.clients.keys()) before.set(client, Y.getState(doc.store, client));
  apply();
  for (const client of doc.store.clients.keys()) {
    if (waiting.has(client)) continue;
    const was = before.get(client) ?? 0;
    const end = Y.getState(doc.store, client);
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
