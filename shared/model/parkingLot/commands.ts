// The parking lot: one session-level list, open in every block. Attendees add items (named, like
// the loose notes it replaced in schema version 2); the facilitator moves an item to a block's
// board, turns it into a decision or an action, or closes it. Items are their authors'; what
// became of them is the facilitator's, in a map of its own so an author cannot fake it.
import * as Y from 'yjs';
import { PARKING_LOT, PARKING_OUTCOMES } from './names';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import {
  cleanText,
  NAME_MAX_CHARS,
  NOTE_MAX_CHARS,
  TITLE_MAX_CHARS,
  ValidationError,
} from '../limits';
import { addBoardNote } from '../board/boardNoteCommands';
import type { BoardViewer } from '../board/boardDoc';
import { addDecision, addAction } from '../registers/commands';

export type ParkingOutcome =
  | { kind: 'moved'; blockId: string; noteId: string; at: number }
  | { kind: 'decision'; recordId: string; at: number }
  | { kind: 'action'; recordId: string; at: number }
  | { kind: 'closed'; at: number };

export interface ParkingItem {
  id: string;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: number;
  /** The block the room was on when the item was raised; null outside any block. */
  blockId: string | null;
  /** null while the item is still open. */
  outcome: ParkingOutcome | null;
}

export interface AddParkingItemArgs {
  text: string;
  authorId: string;
  authorName: string;
  blockId?: string | null;
  /** Injected for deterministic tests; defaults to Date.now(). */
  now?: number;
  id?: string;
}

const lot = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(PARKING_LOT);
const outcomes = (doc: Y.Doc) => doc.getMap<unknown>(PARKING_OUTCOMES);

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
  transact(doc, origin, () => writeItem(doc, item));
  return item;
}

/** Writes an item's map (also used by the v1→v2 migration, which keeps the notes' ids). */
export function writeItem(doc: Y.Doc, item: Omit<ParkingItem, 'outcome'>): void {
  const m = new Y.Map<unknown>();
  lot(doc).set(item.id, m);
  m.set('text', item.text);
  m.set('authorId', item.authorId);
  m.set('authorName', item.authorName);
  m.set('createdAt', item.createdAt);
  if (item.blockId) m.set('blockId', item.blockId);
}

const KINDS = new Set(['moved', 'decision', 'action', 'closed']);

/** A stored outcome, or null when it is missing or malformed (a hostile write reads as open). */
function readOutcome(v: unknown): ParkingOutcome | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.kind !== 'string' || !KINDS.has(o.kind) || typeof o.at !== 'number') return null;
  if (o.kind === 'moved')
    return typeof o.blockId === 'string' && typeof o.noteId === 'string'
      ? { kind: 'moved', blockId: o.blockId, noteId: o.noteId, at: o.at }
      : null;
  if (o.kind === 'decision' || o.kind === 'action')
    return typeof o.recordId === 'string' ? { kind: o.kind, recordId: o.recordId, at: o.at } : null;
  return { kind: 'closed', at: o.at };
}

/** Every item, oldest first (ties by id, so every replica shows the same order). */
export function listParkingItems(doc: Y.Doc): ParkingItem[] {
  const out: ParkingItem[] = [];
  const done = outcomes(doc);
  lot(doc).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const text = m.get('text');
    if (typeof text !== 'string') return;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const createdAt = m.get('createdAt');
    const blockId = m.get('blockId');
    out.push({
      id,
      text,
      authorId: str(m.get('authorId')),
      authorName: str(m.get('authorName')),
      createdAt: typeof createdAt === 'number' ? createdAt : 0,
      blockId: typeof blockId === 'string' && blockId ? blockId : null,
      outcome: readOutcome(done.get(id)),
    });
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

function openItem(doc: Y.Doc, itemId: string): ParkingItem {
  const item = listParkingItems(doc).find((i) => i.id === itemId);
  if (!item) throw new ValidationError('That parking lot item no longer exists.');
  return item;
}

const setOutcome = (doc: Y.Doc, itemId: string, outcome: ParkingOutcome, origin: unknown) =>
  transact(doc, origin, () => outcomes(doc).set(itemId, outcome));

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

/** Facilitator: records the item as a decision (to be completed in the register). */
export function parkToDecision(
  doc: Y.Doc,
  args: { itemId: string; now?: number },
  origin: unknown = LOCAL_ORIGIN,
): string {
  return settleItem(doc, args, origin, (item, now) => {
    const d = addDecision(
      doc,
      { title: titleOf(item.text), decision: item.text, sourceBlockId: item.blockId, now },
      origin,
    );
    return { outcome: { kind: 'decision', recordId: d.id, at: now }, result: d.id };
  });
}

/** Facilitator: records the item as an action, its author as the Responsible. */
export function parkToAction(
  doc: Y.Doc,
  args: { itemId: string; now?: number },
  origin: unknown = LOCAL_ORIGIN,
): string {
  return settleItem(doc, args, origin, (item, now) => {
    const a = addAction(
      doc,
      { title: titleOf(item.text), responsible: item.authorName, sourceBlockId: item.blockId, now },
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
  transact(doc, origin, () => outcomes(doc).delete(itemId));
}
