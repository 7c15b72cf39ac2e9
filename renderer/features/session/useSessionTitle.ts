// The session's title as the doc has it now: a rename in the library reaches open pages (the
// host writes it into the doc), where the title from the join or details call would go stale.
import type * as Y from 'yjs';
import { useDoc } from '../../stores/docStore';

export function useSessionTitle(doc: Y.Doc, fallback: string): string {
  return useDoc(doc, (s) => s.meta.title) || fallback;
}
