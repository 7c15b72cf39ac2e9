// The parking lot's read side: its items with what became of each, as plain objects, newest
// last; malformed entries are skipped.
import * as Y from 'yjs';
import { PARKING_LOT, parkingLotMap, parkingOutcomesMap } from './names';
import { authorVouched } from '../authority/authorClaims';
import { shownAuthor } from '../roster/read';

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
  const done = parkingOutcomesMap(doc);
  parkingLotMap(doc).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const text = m.get('text');
    if (typeof text !== 'string') return;
    if (!authorVouched(doc, PARKING_LOT, id, m)) return; // in the name of someone who did not sign it
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const createdAt = m.get('createdAt');
    const blockId = m.get('blockId');
    const authorId = str(m.get('authorId'));
    out.push({
      id,
      text,
      authorId,
      // The writer's own participant entry, never the item's free text.
      authorName: shownAuthor(doc, m, authorId, str(m.get('authorName'))),
      createdAt: typeof createdAt === 'number' ? createdAt : 0,
      blockId: typeof blockId === 'string' && blockId ? blockId : null,
      outcome: readOutcome(done.get(id)),
    });
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
