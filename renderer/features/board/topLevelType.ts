// The top-level shared type a (possibly nested) Yjs type lives in: how the board's readers tell
// which of the doc's maps a transaction touched.
import type * as Y from 'yjs';

interface Nested {
  _item: Y.Item | null;
}

export function topLevelType(type: Nested): unknown {
  let t: Nested = type;
  while (t._item) t = t._item.parent as unknown as Nested;
  return t;
}
