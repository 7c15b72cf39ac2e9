// The parking lot's top-level types and what each declares (gathered by the schema registry),
// apart from its commands so the registry can name them without importing the commands.
import type * as Y from 'yjs';
import { facilitatorType, type TypeSpec } from '../typeSpec';

/** itemId -> Y.Map { text, authorId, authorName, createdAt, blockId? } (creator-owned). */
export const PARKING_LOT = 'parkingLot';
/** itemId -> ParkingOutcome (facilitator-only). */
export const PARKING_OUTCOMES = 'parkingLotOutcomes';

export const PARKING_LOT_TYPES: readonly TypeSpec[] = [
  {
    name: PARKING_LOT,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'creator',
    selfFields: ['authorId'],
    maxFieldChars: 4000,
    projections: ['doc'],
    description: 'the parking lot: named items, their authors’ (the facilitator may edit any)',
  },
  facilitatorType(
    PARKING_OUTCOMES,
    'what became of a parking lot item: moved to a board, decision, action, closed',
    ['doc'],
    // Undo takes back an item's outcome with the record it made (one transaction, one step), so
    // an undone decision leaves no item that says it became one.
    { undo: 'all' },
  ),
];

export const parkingLotMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(PARKING_LOT);
export const parkingOutcomesMap = (doc: Y.Doc) => doc.getMap<unknown>(PARKING_OUTCOMES);
