// The questions' top-level types and what each declares (gathered by the schema registry),
// apart from their commands so the registry can name them without importing the commands.
import { subjectVoterOwner } from '../authority/ownerKeys';
import { facilitatorType, type TypeSpec } from '../typeSpec';

/** questionId -> Y.Map { text, createdAt, blockId?, authorId?, authorName? } (creator-owned). */
export const QUESTIONS = 'questions';
/** `${questionId}/a.${pseudonym}` -> 1: one anonymous upvote per participant (key-owned). */
export const QUESTION_VOTES = 'questionVotes';
/**
 * `answered/${questionId}` -> time; `answer/${questionId}` -> the answer given, as the facilitator
 * wrote it down; `pinned` -> questionId (facilitator-only).
 */
export const QUESTION_MARKS = 'questionMarks';

export const QUESTION_TYPES: readonly TypeSpec[] = [
  {
    name: QUESTIONS,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'creator',
    selfFields: ['authorId'],
    anonymousEntries: true,
    maxFieldChars: 1000,
    projections: ['doc'],
    description: 'questions from the room, anonymous (one-off client id) or named',
  },
  {
    name: QUESTION_VOTES,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    // Upvotes are anonymous only: `${questionId}/a.${pseudonym}`, one pseudonym per participant
    // and question, held by the host; a `p.` key is valid for the judge but no reader counts it.
    keyOwner: subjectVoterOwner,
    anonymousEntries: true,
    maxFieldChars: 0,
    projections: ['doc'],
    description: 'one upvote per participant and question',
  },
  facilitatorType(QUESTION_MARKS, 'answered questions and the one pinned to the projector', [
    'doc',
  ]),
];
