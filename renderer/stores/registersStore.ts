// The registers (decisions, actions, measures) and the suggestion inbox as plain objects, one
// projection per doc, re-read at most once per frame and only when a register map changed (most
// updates are notes and votes).
import type * as Y from 'yjs';
import { readRegisters } from '../../shared/model/registers/read';
import { type Registers } from '../../shared/model/registers/names';
import { typesWatchedBy } from '../../shared/model/schema';
import { listSuggestions, type Suggestion } from '../../shared/model/registers/suggestions';
import { readOutcomes } from '../../shared/model/registers/outcomes';
import { listMeasureValues } from '../../shared/model/registers/measureValues';
import type { MeasureValue } from '../../shared/model/registers/names';
import { perSource, projectDoc, useProjection } from './projection';

export interface RegistersState extends Registers {
  suggestions: Suggestion[];
  /** blockId -> the facilitator's notes of its outcome. */
  outcomes: Record<string, string>;
  /** measureId -> its values over time, in date order. */
  measureValues: Map<string, MeasureValue[]>;
}

function read(doc: Y.Doc): RegistersState {
  return {
    ...readRegisters(doc),
    suggestions: listSuggestions(doc),
    outcomes: readOutcomes(doc),
    measureValues: listMeasureValues(doc),
  };
}

export const registersStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => read(doc),
    schedule: 'frame',
    watch: typesWatchedBy(doc, 'registers'),
  }),
);

export function useRegisters(doc: Y.Doc): RegistersState {
  return useProjection(registersStore(doc), (s) => s);
}
