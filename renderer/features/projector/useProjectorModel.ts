// Where the room is (the current block, the next, "Block 3 of 9"), read once from the agenda
// projection for the projector, the console's Now card and the cockpit's register scope.
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useAgenda } from '../../stores/agendaStore';
import { projectorModel, type ProjectorModel } from './projectorModel';

export function useProjectorModel(doc: Y.Doc): ProjectorModel {
  const state = useAgenda(doc, (s) => s);
  return useMemo(() => projectorModel(state.agenda, state.timer, state.order), [state]);
}
