// The parking lot: one session-level list, open in every block. Attendees add items (named, like
// the loose notes it replaced in schema version 2); the facilitator moves an item to a block's
// board, turns it into a decision or an action, or closes it. Items are their authors'; what
// became of them is the facilitator's, in a map of its own so an author cannot fake it.
// An attendee's writes (adding an item) are attendeeCommands.ts, re-exported here.
import type * as Y from 'yjs';
import { parkingOutcomesMap } from './names';
import { listParkingItems, type ParkingItem, type ParkingOutcome } from './read';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { TITLE_MAX_CHARS } from '../limits';
import { addBoardNote } from '../board/boardNoteCommands';
import type { BoardViewer } from '../board/boardDoc';
import {
  addDecision,
  addAction,
  type AddActionArgs,
  type AddDecisionArgs,
} from '../registers/commands';
import { invalid } from '../refusals';

export { addParkingItem, writeItem, type AddParkingItemArgs } from './attendeeCommands';

function openItem(doc: Y.Doc, itemId: string): ParkingItem {
  const item = listParkingItems(doc).find((i) => i.id === itemId);
  if (!item) throw invalid('parking.gone');
  return item;
}

const setOutcome = (doc: Y.Doc, itemId: string, outcome: ParkingOutcome, origin: unknown) =>
  transact(doc, origin, () => parkingOutcomesMap(doc).set(itemId, outcome));

/** Facilitator: puts the item on a block's board as a note (in the board's first column). */
export function moveToBoard(
  doc: Y.Doc,
  args: { itemId: string; blockId: string; facilitator: BoardViewer; now?: number },
  origin: unknown = LOCAL_ORIGIN,
): string {
  const item = openItem(doc, args.itemId);
  const now = args.now ?? Date.now();
  const noteId = addBoardNote(
    doc,
    {
      blockId: args.blockId,
      text: item.text.slice(0, 1000),
      author: { ...args.facilitator, name: item.authorName || args.facilitator.name },
      now,
    },
    origin,
  );
  setOutcome(doc, item.id, { kind: 'moved', blockId: args.blockId, noteId, at: now }, origin);
  return noteId;
}

const titleOf = (text: string) =>
  text.length <= TITLE_MAX_CHARS ? text : `${text.slice(0, TITLE_MAX_CHARS - 1)}…`;

/**
 * Settles an open item in one transaction: `record` writes what it becomes (a decision, an
 * action, nothing) and returns its outcome, so one undo takes back both the record and the outcome.
 */
function settleItem<T>(
  doc: Y.Doc,
  args: { itemId: string; now?: number },
  origin: unknown,
  record: (item: ParkingItem, now: number) => { outcome: ParkingOutcome; result: T },
): T {
  const item = openItem(doc, args.itemId);
  const now = args.now ?? Date.now();
  return transact(doc, origin, () => {
    const { outcome, result } = record(item, now);
    setOutcome(doc, item.id, outcome, origin);
    return result;
  });
}

/**
 * Facilitator: records the item as a decision: the decision form's `fields` when given (the
 * console), else the item's text as title and decision (to be completed in the register).
 */
export function parkToDecision(
  doc: Y.Doc,
  args: { itemId: string; now?: number; fields?: AddDecisionArgs },
  origin: unknown = LOCAL_ORIGIN,
): string {
  return settleItem(doc, args, origin, (item, now) => {
    const d = addDecision(
      doc,
      args.fields ?? {
        title: titleOf(item.text),
        decision: item.text,
        sourceBlockId: item.blockId,
        now,
      },
      origin,
    );
    return { outcome: { kind: 'decision', recordId: d.id, at: now }, result: d.id };
  });
}

/**
 * Facilitator: records the item as an action: the action form's `fields` when given (the
 * console), else its text as title and its author as the Responsible.
 */
export function parkToAction(
  doc: Y.Doc,
  args: { itemId: string; now?: number; fields?: AddActionArgs },
  origin: unknown = LOCAL_ORIGIN,
): string {
  return settleItem(doc, args, origin, (item, now) => {
    const a = addAction(
      doc,
      args.fields ?? {
        title: titleOf(item.text),
        responsible: item.authorName,
        sourceBlockId: item.blockId,
        now,
      },
      origin,
    );
    return { outcome: { kind: 'action', recordId: a.id, at: now }, result: a.id };
  });
}

/** Facilitator: closes the item (dealt with, or not worth keeping). */
export function closeParkingItem(
  doc: Y.Doc,
  args: { itemId: string; now?: number },
  origin: unknown = LOCAL_ORIGIN,
): void {
  settleItem(doc, args, origin, (_item, now) => ({
    outcome: { kind: 'closed', at: now },
    result: undefined,
  }));
}

/** Facilitator: opens a closed item again. */
export function reopenParkingItem(
  doc: Y.Doc,
  itemId: string,
  origin: unknown = LOCAL_ORIGIN,
): void {
  transact(doc, origin, () => parkingOutcomesMap(doc).delete(itemId));
}
