// A block's title by id, for the parking lot's "moved to …" (a deleted block says so).
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useAgenda } from '../../stores/agendaStore';

export function useBlockTitle(doc: Y.Doc): (id: string) => string {
  const agenda = useAgenda(doc, (s) => s.agenda);
  return useCallback(
    (id: string) =>
      agenda.days.flatMap((d) => d.blocks).find((b) => b.id === id)?.title ?? 'a deleted block',
    [agenda],
  );
}
