// Walking up from a nested Yjs type: to the doc's top-level type it lives in (which map a
// transaction touched), or to the entry of a map that holds it (which note changed).
import type * as Y from 'yjs';

interface Nested {
  _item: Y.Item | null;
}

/** The top-level shared type that `type` is, or is nested in. */
export function topLevelTypeOf(type: Nested): unknown {
  let t: Nested = type;
  while (t._item) t = t._item.parent as unknown as Nested;
  return t;
}

/** The key under which `container` (a Y.Map) holds `type` or its ancestor; null when outside it. */
export function entryKeyIn(type: Nested, container: unknown): string | null {
  let t: Nested | null = type;
  while (t?._item && (t._item.parent as unknown) !== container)
    t = t._item.parent as unknown as Nested | null;
  return t?._item?.parentSub ?? null;
}
