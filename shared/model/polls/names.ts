// The polls' top-level types, apart from their commands so the schema registry can name them
// without importing the commands.

/** pollId -> PollData (facilitator-only). */
export const POLLS = 'polls';
/** `${pollId}/p.${participantId}` (signed) or `${pollId}/a.${pseudonym}` -> { v, k?, g? }. */
export const POLL_ANSWERS = 'pollAnswers';
