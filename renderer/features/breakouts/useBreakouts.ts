// The breakouts of a session as React reads them: each block's breakout (plan, state, members,
// broadcast, report-out, lifted notes), who is in the room (names and attribute values) and what
// attendees are asked to choose. Re-read only when breakouts, participants or the roster change,
// never on note traffic; the same object is kept while nothing changed.
import type * as Y from 'yjs';
import { createStore } from 'zustand';
import { typesWatchedBy } from '../../../shared/model/schema';
import { PARTICIPANTS } from '../../../shared/model/session/names';
import { ROSTER } from '../../../shared/model/roster/names';
import {
  breakoutBlocks,
  breakoutMaps,
  readAsk,
  readBreakout,
  type AttributeAsk,
  type Breakout,
} from '../../../shared/model/breakouts/read';
import { breakoutPeople } from '../../../shared/model/breakouts/people';
import { listParticipants } from '../../../shared/model/session/read';
import { perSource, projectDoc, useProjection } from '../../stores/projection';

export interface BreakoutsState {
  byBlock: Record<string, Breakout>;
  /** participantId -> name, for everyone who joined. */
  names: Record<string, string>;
  /** Who takes part now (admitted), with the attribute value each chose. */
  people: { id: string; attribute: string }[];
  ask: AttributeAsk | null;
  /** The keys of every sealed group key (`<groupBoardId>/<participantId>`): an attendee opens
   * theirs again when theirs changes. */
  sight: string[];
}

function read(doc: Y.Doc): BreakoutsState {
  const byBlock: Record<string, Breakout> = {};
  for (const blockId of breakoutBlocks(doc)) {
    const b = readBreakout(doc, blockId);
    if (b) byBlock[blockId] = b;
  }
  const names: Record<string, string> = {};
  for (const p of listParticipants(doc)) names[p.id] = p.name;
  return {
    byBlock,
    names,
    people: breakoutPeople(doc),
    ask: readAsk(doc),
    sight: [...breakoutMaps(doc).sight.keys()].sort(),
  };
}

const json = (s: BreakoutsState) =>
  JSON.stringify(s, (_k, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v));

export const breakoutsStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => read(doc),
    schedule: 'microtask',
    watch: [...typesWatchedBy(doc, 'breakouts'), doc.getMap(PARTICIPANTS), doc.getMap(ROSTER)],
    equal: (a, b) => json(a) === json(b),
  }),
);

const NONE = createStore<BreakoutsState>()(() => ({
  byBlock: {},
  names: {},
  people: [],
  ask: null,
  sight: [],
}));

export function useBreakouts(doc: Y.Doc | null): BreakoutsState {
  return useProjection(doc ? breakoutsStore(doc) : NONE, (s) => s);
}

/** Counts changes of the "done" flags, so the console's groups re-read who is done. */
const readyChanges = perSource((doc: Y.Doc) =>
  projectDoc<{ changes: number }>(doc, {
    read: (_changed, previous) => ({ changes: (previous?.changes ?? -1) + 1 }),
    schedule: 'microtask',
    watch: typesWatchedBy(doc, 'readiness'),
  }),
);

export const useReadyChanges = (doc: Y.Doc): number =>
  useProjection(readyChanges(doc), (s) => s.changes);
