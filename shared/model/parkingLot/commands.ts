// The parking lot: one session-level list, open in every block. Attendees add items (named, like
// the loose notes it replaced in schema version 2); the facilitator moves an item to a block's
// board, turns it into a decision or an action, or closes it. Items are their authors'; what
// became of them is the facilitator's, in a map of its own so an author cannot fake it.
import * as Y from 'yjs';
import { PARKING_LOT, parkingLotMap, parkingOutcomesMap } from './names';
import { signAuthor } from '../authority/authorClaims';
import { listParkingItems, type ParkingItem, type ParkingOutcome } from './read';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import { cleanText, NAME_MAX_CHARS, NOTE_MAX_CHARS, TITLE_MAX_CHARS } from '../limits';
import { addBoardNote } from '../board/boardNoteCommands';
import type { BoardViewer } from '../board/boardDoc';
import {
  addDecision,
  addAction,
  type AddActionArgs,
  type AddDecisionArgs,
} from '../registers/commands';
import { invalid } from '../refusals';

export interface AddParkingItemArgs {
  text: string;
  authorId: string;
  authorName: string;
  /** The author's key: an attendee's item is signed (authorClaims.ts); readers show no other. */
  authorKey?: Uint8Array;
  blockId?: string | null;
  /** Injected for deterministic tests; defaults to Date.now(). */
  now?: number;
  id?: string;
}

export function addParkingItem(
  doc: Y.Doc,
  args: AddParkingItemArgs,
  origin: unknown = LOCAL_ORIGIN,
): ParkingItem {
  const item: ParkingItem = {
    id: args.id ?? randomId(),
    text: cleanText(args.text, 'A parking lot item', NOTE_MAX_CHARS),
    authorId: args.authorId,
    authorName: cleanText(args.authorName, 'Your name', NAME_MAX_CHARS, true),
    createdAt: args.now ?? Date.now(),
    blockId: args.blockId ?? null,
    outcome: null,
  };
  const signed = args.authorKey
    ? signAuthor(PARKING_LOT, item.id, { participantId: args.authorId, authorKey: args.authorKey })
    : null;
  transact(doc, origin, () => {
    const m = writeItem(doc, item);
    if (signed) for (const [field, value] of Object.entries(signed)) m.set(field, value);
  });
  return item;
}

/** Writes an item's map (also used by the v1→v2 migration, which keeps the notes' ids). */
export function writeItem(doc: Y.Doc, item: Omit<ParkingItem, 'outcome'>): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  parkingLotMap(doc).set(item.id, m);
  m.set('text', item.text);
  m.set('authorId', item.authorId);
  m.set('authorName', item.authorName);
  m.set('createdAt', item.createdAt);
  if (item.blockId) m.set('blockId', item.blockId);
  return m;
}

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
