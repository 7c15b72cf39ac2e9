// The parking lot's top-level types, apart from its commands so the schema registry can name
// them without importing the commands.

/** itemId -> Y.Map { text, authorId, authorName, createdAt, blockId? } (creator-owned). */
export const PARKING_LOT = 'parkingLot';
/** itemId -> ParkingOutcome (facilitator-only). */
export const PARKING_OUTCOMES = 'parkingLotOutcomes';
