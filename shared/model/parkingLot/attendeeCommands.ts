// An attendee's parking lot writes: adding an item (named and, from an attendee's page, signed).
// Apart from the facilitator's (commands.ts, which re-exports these) so that a phone loads only
// these. Each is one transaction with its origin.
import * as Y from 'yjs';
import { PARKING_LOT, parkingLotMap } from './names';
import { signAuthor } from '../authority/authorClaims';
import { type ParkingItem } from './read';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import { cleanText, NAME_MAX_CHARS, NOTE_MAX_CHARS } from '../limits';

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
