// A block's title by id, for the parking lot's "moved to …" (a deleted block says so).
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useAgenda } from '../../stores/agendaStore';
import { useT } from '../../i18n/useT';

export function useBlockTitle(doc: Y.Doc): (id: string) => string {
  const t = useT();
  const agenda = useAgenda(doc, (s) => s.agenda);
  return useCallback(
    (id: string) =>
      agenda.days.flatMap((d) => d.blocks).find((b) => b.id === id)?.title ??
      t('parking.deletedBlock'),
    [agenda, t],
  );
}
