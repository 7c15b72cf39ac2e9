// Where a Yjs item sits in the session doc: its top-level type, the entry (map key) it belongs to
// and the field inside that entry. Resolved for items of the local replica and of an incoming
// update alike, iteratively and memoised, so judging an update costs time linear in its size plus
// the items it touches (a chain of 20,000 nested maps is one pass, not a quadratic walk).
import * as Y from 'yjs';

export interface Place {
  /** Top-level type name; null when it cannot be resolved (refused). */
  root: string | null;
  /** 0: the item is itself a top-level entry (or array element); 1: a field of an entry; 2+: deeper. */
  depth: number;
  /** The top-level map key of the entry the item belongs to (null for array elements). */
  entryKey: string | null;
  /** The id of the entry's own item: its client is the entry's creator. */
  entryId: Y.ID | null;
  /** The field of the entry the item is under (for depth 0: the entry key itself). */
  field: string | null;
}

const UNKNOWN: Place = { root: null, depth: 0, entryKey: null, entryId: null, field: null };

/** Cache for integrated items: where an item sits never changes once it is in a doc. */
const docPlaces = new WeakMap<Y.Item, Place>();

function rootName(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  for (const [key, value] of doc.share) if (value === type) return key;
  return null;
}

/** A struct of the doc's store by id, or null when the doc does not hold that id. */
export function docStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return null;
  const s = structs[Y.findIndexSS(structs, id.clock)];
  return s instanceof Y.Item || s instanceof Y.GC ? s : null;
}

function childPlace(parent: Place, parentId: Y.ID, parentSub: string | null): Place {
  if (parent.root === null) return UNKNOWN;
  if (parent.depth === 0)
    return {
      root: parent.root,
      depth: 1,
      entryKey: parent.entryKey,
      entryId: parentId,
      field: parentSub,
    };
  return { ...parent, depth: parent.depth + 1 };
}

/** Place of an item integrated in `doc` (walks up through parents, caching every step). */
export function placeOfDocItem(doc: Y.Doc, item: Y.Item): Place {
  const cached = docPlaces.get(item);
  if (cached) return cached;
  // `chain` holds the items below `cur`, from `item` upwards; `place` ends as the place of `cur`.
  const chain: Y.Item[] = [];
  let cur: Y.Item = item;
  let place: Place;
  for (;;) {
    const c = docPlaces.get(cur);
    if (c) {
      place = c;
      break;
    }
    const parent = cur.parent;
    if (!(parent instanceof Y.AbstractType)) {
      place = UNKNOWN;
      break;
    }
    if (parent._item === null) {
      const root = rootName(doc, parent);
      place =
        root === null
          ? UNKNOWN
          : { root, depth: 0, entryKey: cur.parentSub, entryId: cur.id, field: cur.parentSub };
      docPlaces.set(cur, place);
      break;
    }
    chain.push(cur);
    cur = parent._item;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const child = chain[i]!;
    const parentItem = (child.parent as Y.AbstractType<unknown>)._item!;
    place = childPlace(place, parentItem.id, child.parentSub);
    docPlaces.set(child, place);
  }
  return place;
}

/** Structs of one update, indexed by client for lookups by id (binary search). */
export class UpdateIndex {
  readonly byClient = new Map<number, (Y.Item | Y.GC | Y.Skip)[]>();
  private readonly memo = new Map<Y.Item, Place>();

  constructor(
    readonly doc: Y.Doc,
    readonly structs: (Y.Item | Y.GC | Y.Skip)[],
  ) {
    for (const s of structs) {
      let list = this.byClient.get(s.id.client);
      if (!list) this.byClient.set(s.id.client, (list = []));
      list.push(s);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** The update's struct holding `id`, if any. */
  find(id: Y.ID): Y.Item | Y.GC | Y.Skip | null {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (id.clock < s.id.clock) hi = mid - 1;
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
      else return s;
    }
    return null;
  }

  /** End of this update's clock range for a client (0 when it has none). */
  endOf(client: number): number {
    const list = this.byClient.get(client);
    const last = list?.[list.length - 1];
    return last ? last.id.clock + last.length : 0;
  }

  /** What an id refers to: an item of the doc, of this update, or nothing known. */
  private placeOfId(id: Y.ID, pending: Set<Y.Item>): Place | Y.Item {
    const inDoc = docStruct(this.doc, id);
    if (inDoc instanceof Y.Item) return placeOfDocItem(this.doc, inDoc);
    if (inDoc) return UNKNOWN;
    const inUpdate = this.find(id);
    if (!(inUpdate instanceof Y.Item)) return UNKNOWN;
    const memo = this.memo.get(inUpdate);
    if (memo) return memo;
    if (pending.has(inUpdate)) return UNKNOWN; // a cycle: only a forged update has one
    return inUpdate;
  }

  /**
   * Place of a struct of this update. An item names its parent (a root name or the id of the
   * item holding a nested type) or inherits parent and key from its left or right neighbour.
   */
  placeOf(item: Y.Item): Place {
    const memo = this.memo.get(item);
    if (memo) return memo;
    // Each step depends on one other item; collect the chain, then resolve it backwards.
    const chain: { item: Y.Item; via: 'parent' | 'neighbour' }[] = [];
    const pendingItems = new Set<Y.Item>();
    let cur: Y.Item = item;
    let base: Place;
    for (;;) {
      pendingItems.add(cur);
      const p: unknown = cur.parent;
      if (typeof p === 'string') {
        base = {
          root: p,
          depth: 0,
          entryKey: cur.parentSub,
          entryId: cur.id,
          field: cur.parentSub,
        };
        this.memo.set(cur, base);
        break;
      }
      const via = p instanceof Y.ID ? 'parent' : 'neighbour';
      const ref = p instanceof Y.ID ? p : (cur.origin ?? cur.rightOrigin);
      if (!ref) {
        base = UNKNOWN;
        this.memo.set(cur, base);
        break;
      }
      chain.push({ item: cur, via });
      const next = this.placeOfId(ref, pendingItems);
      if (!(next instanceof Y.Item)) {
        base = next;
        break;
      }
      cur = next;
    }
    let place = base;
    for (let i = chain.length - 1; i >= 0; i--) {
      const { item: it, via } = chain[i]!;
      if (place.root === null) place = UNKNOWN;
      else if (via === 'parent') place = childPlace(place, it.parent as Y.ID, it.parentSub);
      else if (place.depth === 0)
        // A neighbour at the top level: the same key (a map overwrite) or array, a new entry.
        place = { ...place, entryId: it.id };
      this.memo.set(it, place);
    }
    return this.memo.get(item) ?? place;
  }
}
