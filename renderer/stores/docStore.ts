// Read side of a session's Y.Doc (DESIGN.md §1): a zustand store that mirrors the doc as plain
// objects, recomputed once per task however many updates arrive in it.
import { createStore, useStore, type StoreApi } from 'zustand';
import type * as Y from 'yjs';
import { listParkingItems, type ParkingItem } from '../../shared/model/toolkit/parkingLot';
import { listQuestions, type Question } from '../../shared/model/toolkit/questions';
import { listPolls } from '../../shared/model/toolkit/polls';
import { pollResult, type PollResult } from '../../shared/model/toolkit/pollResults';
import {
  listParticipants,
  readMeta,
  type Participant,
  type SessionMeta,
} from '../../shared/model/sessionCommands';

export interface DocState {
  meta: SessionMeta;
  parkingLot: ParkingItem[];
  questions: Question[];
  /** Every poll with its live result (drafts included: the console lists them). */
  polls: PollResult[];
  participants: Participant[];
}

function read(doc: Y.Doc): DocState {
  return {
    meta: readMeta(doc),
    parkingLot: listParkingItems(doc),
    questions: listQuestions(doc),
    polls: listPolls(doc).map((p) => pollResult(doc, p)),
    participants: listParticipants(doc),
  };
}

const stores = new WeakMap<Y.Doc, StoreApi<DocState>>();

export function docStore(doc: Y.Doc): StoreApi<DocState> {
  let store = stores.get(doc);
  if (store) return store;
  const s = createStore<DocState>()(() => read(doc));
  // Coalesce the updates of one task (a sync message can carry many) into one read; a
  // microtask rather than an animation frame, so a note shows without waiting for a frame.
  let scheduled = false;
  const refresh = () => {
    scheduled = false;
    s.setState(read(doc), true);
  };
  doc.on('update', () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(refresh);
  });
  stores.set(doc, s);
  store = s;
  return store;
}

export function useDoc<T>(doc: Y.Doc, selector: (s: DocState) => T): T {
  return useStore(docStore(doc), selector);
}
