// The hub's guard for facilitator-only state (DESIGN.md §2, §5): an update from an attendee's
// connection that inserts into or deletes from a guarded top-level type (agenda, timer, ledger) is
// refused before the host's replica applies it.
//
// Limits, on purpose (keep it cheap: one decodeUpdate per attendee update, no doc clone):
// - It guards the hub path only. Peers on the WebRTC mesh still apply each other's updates; a
//   client-side filter is separate work.
// - An update is taken or refused whole. Attendees' providers relay the facilitator's own updates
//   (received over the mesh) to the hub too; refusing those costs nothing, since the facilitator's
//   connection delivers them directly. A sync-step-2 that mixes such relayed items with an
//   attendee's notes is refused whole as well; the hub then asks that client to reconnect and
//   sync again two seconds later (hub.ts resyncLater), by when the facilitator's items are there.
// - A client refused once leaves a gap in its clock at the hub, so Yjs keeps that client's later
//   updates pending there: a client that writes facilitator-only state is in effect cut off from
//   the hub (not from the mesh).
// - An insertion whose position cannot be resolved (it refers to structs neither the replica nor
//   the update holds) is refused, since it could land anywhere.
import * as Y from 'yjs';

const UNKNOWN = Symbol('unknown');
type Root = string | typeof UNKNOWN;

function rootKey(doc: Y.Doc, type: Y.AbstractType<unknown>): Root {
  for (const [key, value] of doc.share) if (value === type) return key;
  return UNKNOWN;
}

/** The top-level type name an integrated item lives under. */
function rootOfDocItem(doc: Y.Doc, item: Y.Item): Root {
  let parent: unknown = item.parent;
  while (parent instanceof Y.AbstractType && parent._item) parent = parent._item.parent;
  return parent instanceof Y.AbstractType ? rootKey(doc, parent) : UNKNOWN;
}

function findDocItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return null;
  const s = structs[Y.findIndexSS(structs, id.clock)];
  return s instanceof Y.Item ? s : null;
}

/** True when applying `update` to `doc` would insert into or delete from a `guarded` type. */
export function updateTouchesTypes(
  doc: Y.Doc,
  update: Uint8Array,
  guarded: ReadonlySet<string>,
): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const own = new Map<number, Y.Item[]>();
  for (const s of structs)
    if (s instanceof Y.Item) {
      const list = own.get(s.id.client) ?? [];
      list.push(s);
      own.set(s.id.client, list);
    }
  const findOwn = (id: Y.ID) =>
    own.get(id.client)?.find((i) => id.clock >= i.id.clock && id.clock < i.id.clock + i.length);

  const rootOfId = (id: Y.ID, depth: number): Root => {
    const inDoc = findDocItem(doc, id);
    if (inDoc) return rootOfDocItem(doc, inDoc);
    const inUpdate = findOwn(id);
    return inUpdate && depth < 10_000 ? rootOfNew(inUpdate, depth + 1) : UNKNOWN;
  };
  // A new item names its parent (a root name, or the id of the item holding a nested type), or
  // leaves it out and inherits it from its left or right neighbour.
  const rootOfNew = (item: Y.Item, depth: number): Root => {
    const p: unknown = item.parent;
    if (typeof p === 'string') return p;
    if (p instanceof Y.ID) return rootOfId(p, depth);
    const neighbour = item.origin ?? item.rightOrigin;
    return neighbour ? rootOfId(neighbour, depth) : UNKNOWN;
  };

  for (const item of structs) {
    if (!(item instanceof Y.Item)) continue;
    const root = rootOfNew(item, 0);
    if (root === UNKNOWN || guarded.has(root)) return true;
  }
  for (const [client, deletes] of ds.clients) {
    const list = doc.store.clients.get(client);
    if (!list) continue;
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of deletes) {
      if (clock >= known) continue;
      for (let i = Y.findIndexSS(list, clock); i < list.length; i++) {
        const s = list[i]!;
        if (s.id.clock >= clock + len) break;
        if (s instanceof Y.Item && !s.deleted) {
          const root = rootOfDocItem(doc, s);
          if (root !== UNKNOWN && guarded.has(root)) return true;
        }
      }
    }
  }
  return false;
}
