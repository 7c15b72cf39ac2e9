// The questions' top-level types, apart from their commands so the schema registry can name
// them without importing the commands.

/** questionId -> Y.Map { text, createdAt, blockId?, authorId?, authorName? } (creator-owned). */
export const QUESTIONS = 'questions';
/** `${questionId}/a.${pseudonym}` -> 1: one anonymous upvote per participant (key-owned). */
export const QUESTION_VOTES = 'questionVotes';
/** `answered/${questionId}` -> time; `pinned` -> questionId (facilitator-only). */
export const QUESTION_MARKS = 'questionMarks';
