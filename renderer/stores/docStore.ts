// Read side of a session's Y.Doc: the session-wide parts (meta, parking lot,
// questions, polls, participants, the roster) as plain objects, one projection per doc
// (projection.ts).
import { perSource, projectDoc, useProjection } from './projection';
import type * as Y from 'yjs';
import { typesWatchedBy } from '../../shared/model/schema';
import { listParkingItems, type ParkingItem } from '../../shared/model/parkingLot/read';
import { listQuestions, type Question } from '../../shared/model/questions/read';
import { listPolls } from '../../shared/model/polls/read';
import { pollResult, type PollResult } from '../../shared/model/polls/results';
import {
  listParticipants,
  readMeta,
  type Participant,
  type SessionMeta,
} from '../../shared/model/session/read';
import {
  admissionMode,
  readRoster,
  type AdmissionMode,
  type RosterEntry,
} from '../../shared/model/roster/read';

export interface DocState {
  meta: SessionMeta;
  parkingLot: ParkingItem[];
  questions: Question[];
  /** Every poll with its live result (drafts included: the console lists them). */
  polls: PollResult[];
  participants: Participant[];
  /** Who counts: admitted, waiting in the lobby, removed (the host's roster). */
  roster: RosterEntry[];
  admission: AdmissionMode;
}

function read(doc: Y.Doc): DocState {
  return {
    meta: readMeta(doc),
    parkingLot: listParkingItems(doc),
    questions: listQuestions(doc),
    polls: listPolls(doc).map((p) => pollResult(doc, p)),
    participants: listParticipants(doc),
    roster: readRoster(doc),
    admission: admissionMode(doc),
  };
}

/** Coalesces the updates of one task (a sync message can carry many) into one read; a microtask
 * rather than an animation frame, so a note shows without waiting for a frame. It re-reads only
 * for the types the registry says it reads (`projections: ['doc']`: meta, participants, the
 * parking lot, questions and polls), so an incoming board note, a timer action or a register
 * edit does not re-read and redraw the parking lot, questions and polls of every page. */
export const docStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => read(doc),
    schedule: 'microtask',
    watch: typesWatchedBy(doc, 'doc'),
  }),
);

export function useDoc<T>(doc: Y.Doc, selector: (s: DocState) => T): T {
  return useProjection(docStore(doc), selector);
}
