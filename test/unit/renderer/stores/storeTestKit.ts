// A room written through the shared model's commands, one step per area, for the renderer's
// projections: each step names the top-level types its transaction touched, so a test can say
// which projections must re-read and check that none is left stale.
import * as Y from 'yjs';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { applyTimerAction } from '#shared/model/timer/commands';
import { initSession, joinSession, renameSession } from '#shared/model/session/commands';
import { setProjectorScreen } from '#shared/model/session/projectorView';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { askQuestion } from '#shared/model/questions/commands';
import { createPoll } from '#shared/model/polls/commands';
import { addBoardNote, setupBoard } from '../../../../shared/model/board';
import { addAction, addDecision } from '#shared/model/registers/commands';
import { suggest } from '#shared/model/registers/suggestions';
import { facilitator } from '#kit/seeds/boardReplicas';

export const T0 = 1_700_000_000_000;
export const MIN = 60_000;

/** A session with a day of three blocks (a brainstorm board on `b`). */
export function sessionDoc(): Y.Doc {
  const doc = new Y.Doc();
  initSession(doc, { title: 'Offsite', now: T0 });
  addDay(doc, { id: 'd1', label: 'Day 1' });
  addBlock(doc, { dayId: 'd1', id: 'a', title: 'Welcome', kind: 'talk', plannedMinutes: 10 });
  addBlock(doc, { dayId: 'd1', id: 'b', title: 'Ideas', kind: 'brainstorm', plannedMinutes: 20 });
  addBlock(doc, { dayId: 'd1', id: 'c', title: 'Pick', kind: 'vote', plannedMinutes: 5 });
  return doc;
}

export interface Step {
  what: string;
  run(doc: Y.Doc): void;
}

const fac = facilitator();

/** One write per area of the doc, through its command. */
export const STEPS: readonly Step[] = [
  { what: 'rename the session', run: (d) => renameSession(d, 'Offsite 2027') },
  { what: 'a participant joins', run: (d) => joinSession(d, { id: 'p1', name: 'Ada', now: T0 }) },
  {
    what: 'park an item',
    run: (d) => addParkingItem(d, { text: 'Budget', authorId: 'p1', authorName: 'Ada', now: T0 }),
  },
  {
    what: 'ask a question',
    run: (d) =>
      askQuestion(d, {
        text: 'Why?',
        asker: { participantId: 'p1', name: 'Ada' },
        anonymous: false,
      }),
  },
  {
    what: 'create a poll',
    run: (d) => createPoll(d, { question: 'Lunch?', kind: 'choice', options: ['Yes', 'No'] }),
  },
  { what: 'start the timer', run: (d) => applyTimerAction(d, { type: 'start' }, { hostNow: T0 }) },
  { what: 'next block', run: (d) => applyTimerAction(d, { type: 'next' }, { hostNow: T0 + MIN }) },
  {
    what: 'add a block',
    run: (d) =>
      addBlock(d, { dayId: 'd1', id: 'e', title: 'Close', kind: 'talk', plannedMinutes: 5 }),
  },
  { what: 'set up a board', run: (d) => void setupBoard(d, { blockId: 'b', facilitator: fac }) },
  {
    what: 'add a board note',
    run: (d) => void addBoardNote(d, { blockId: 'b', text: 'Idea', author: fac, now: T0 }),
  },
  { what: 'record a decision', run: (d) => void addDecision(d, { title: 'Go', now: T0 }) },
  { what: 'add an action', run: (d) => void addAction(d, { title: 'Book room', now: T0 }) },
  {
    what: 'suggest an action',
    run: (d) =>
      void suggest(d, { kind: 'action', text: 'Ask IT', authorId: 'p1', authorName: 'Ada' }),
  },
  { what: 'show the join screen', run: (d) => setProjectorScreen(d, 'join') },
];

/** The names of the top-level types `run`'s transactions touched. */
export function touchedBy(doc: Y.Doc, run: () => void): Set<string> {
  const names = new Map<unknown, string>();
  const touched = new Set<string>();
  const see = (tr: Y.Transaction) => {
    for (const [name, type] of doc.share) names.set(type, name);
    for (const type of tr.changed.keys()) {
      let t = type as unknown as { _item: Y.Item | null };
      while (t._item) t = t._item.parent as unknown as { _item: Y.Item | null };
      const name = names.get(t);
      if (name) touched.add(name);
    }
  };
  doc.on('afterTransaction', see);
  run();
  doc.off('afterTransaction', see);
  return touched;
}

/** A second replica, as a page that opens the doc now would read it. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** A timeout queued after a projection's own tick (microtask, or a 0 ms timeout without frames)
 * runs after it: an ordering, not a sleep. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
