// Top-level type names of the facilitator's toolkit (parking lot, questions, polls), apart from
// their commands so the schema registry can name them without importing the commands.

/** itemId -> Y.Map { text, authorId, authorName, createdAt, blockId? } (creator-owned). */
export const PARKING_LOT = 'parkingLot';
/** itemId -> ParkingOutcome (facilitator-only). */
export const PARKING_OUTCOMES = 'parkingLotOutcomes';
/** questionId -> Y.Map { text, createdAt, blockId?, authorId?, authorName? } (creator-owned). */
export const QUESTIONS = 'questions';
/** `${questionId}/a.${pseudonym}` -> 1: one anonymous upvote per participant (key-owned). */
export const QUESTION_VOTES = 'questionVotes';
/** `answered/${questionId}` -> time; `pinned` -> questionId (facilitator-only). */
export const QUESTION_MARKS = 'questionMarks';
/** pollId -> PollData (facilitator-only). */
export const POLLS = 'polls';
/** `${pollId}/p.${participantId}` (signed) or `${pollId}/a.${pseudonym}` -> { v, k?, g? }. */
export const POLL_ANSWERS = 'pollAnswers';
