// The polls' top-level types and what each declares (gathered by the schema registry), apart
// from their commands so the registry can name them without importing the commands.
import { subjectVoterOwner } from '../authority/ownerKeys';
import { facilitatorType, type TypeSpec } from '../typeSpec';

/** pollId -> PollData (facilitator-only). */
export const POLLS = 'polls';
/** `${pollId}/p.${participantId}` (signed) or `${pollId}/a.${pseudonym}` -> { v, k?, g? }. */
export const POLL_ANSWERS = 'pollAnswers';

/** `${sessionId}/${pollId}` -> an earlier session's health check result (healthHistory.ts). */
export const HEALTH_HISTORY = 'healthHistory';

export const POLL_TYPES: readonly TypeSpec[] = [
  facilitatorType(
    HEALTH_HISTORY,
    'earlier sessions’ team health results, carried along a series',
    ['doc'],
    { carry: 'all' },
  ),
  facilitatorType(POLLS, 'polls: question, kind, options, state, results shown, decision', ['doc']),
  {
    name: POLL_ANSWERS,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: subjectVoterOwner,
    anonymousEntries: true,
    maxFieldChars: 1000,
    projections: ['doc'],
    description: 'one answer per participant and poll: a pseudonym, or named and signed',
  },
];
