// Polls (as in Mentimeter): multiple choice (one answer or several), a 1–5 scale, fist-of-five
// (0 = a fist, "I block", to 5 fingers, "full support"). The facilitator writes the polls; each
// participant writes one answer entry per poll, anonymous by default (toolkitKeys.ts: a pseudonym
// through the host, or a named entry signed by its participant). A poll attached to a decision is
// its confidence vote ("committed; average 4.2; 1 below 3").
// An attendee's writes (answering) are attendeeCommands.ts, re-exported here.
import type * as Y from 'yjs';
import { POLLS } from './names';
import {
  getPoll,
  HEALTH_MAX_DIMENSIONS,
  HEALTH_MIN_DIMENSIONS,
  type Poll,
  type PollKind,
  type PollState,
} from './read';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import { cleanText } from '../limits';
import { invalid } from '../refusals';

export { answerKey, answerPoll, type Voter } from './attendeeCommands';

export const POLL_QUESTION_MAX_CHARS = 300;
export const POLL_OPTION_MAX_CHARS = 120;
export const POLL_MAX_OPTIONS = 12;

export interface CreatePollArgs {
  question: string;
  kind: PollKind;
  options?: string[];
  multiple?: boolean;
  anonymous?: boolean;
  decisionId?: string | null;
  now?: number;
  id?: string;
}

/** Facilitator: a new poll, in draft until opened. */
export function createPoll(doc: Y.Doc, args: CreatePollArgs, origin: unknown = LOCAL_ORIGIN): Poll {
  const question = cleanText(args.question, 'The poll question', POLL_QUESTION_MAX_CHARS);
  const health = args.kind === 'health';
  const options =
    args.kind === 'choice' || health
      ? (args.options ?? [])
          .map((o) => o.trim())
          .filter(Boolean)
          .map((o) => cleanText(o, health ? 'A dimension' : 'An option', POLL_OPTION_MAX_CHARS))
      : [];
  if (args.kind === 'choice' && options.length < 2) throw invalid('poll.twoOptions');
  if (health && (options.length < HEALTH_MIN_DIMENSIONS || options.length > HEALTH_MAX_DIMENSIONS))
    throw invalid('poll.healthDimensions', {
      min: HEALTH_MIN_DIMENSIONS,
      max: HEALTH_MAX_DIMENSIONS,
      count: options.length,
    });
  if (health && new Set(options).size !== options.length) throw invalid('poll.sameDimension');
  if (options.length > POLL_MAX_OPTIONS)
    throw invalid('poll.maxOptions', { max: POLL_MAX_OPTIONS });
  if (new Set(options).size !== options.length) throw invalid('poll.sameOption');
  const poll: Poll = {
    id: args.id ?? randomId(),
    question,
    kind: args.kind,
    options,
    multiple: args.kind === 'choice' && args.multiple === true,
    anonymous: args.anonymous ?? true,
    state: 'draft',
    showResults: false,
    decisionId: args.decisionId ?? null,
    createdAt: args.now ?? Date.now(),
  };
  const { id, ...data } = poll;
  transact(doc, origin, () => doc.getMap<unknown>(POLLS).set(id, data));
  return poll;
}

/** Facilitator: open, close or reopen a poll; show or hide its results. */
export function updatePoll(
  doc: Y.Doc,
  args: { pollId: string; state?: PollState; showResults?: boolean },
  origin: unknown = LOCAL_ORIGIN,
): Poll {
  const { id, ...data } = getPoll(doc, args.pollId);
  const next = {
    ...data,
    state: args.state ?? data.state,
    showResults: args.showResults ?? data.showResults,
  };
  transact(doc, origin, () => doc.getMap<unknown>(POLLS).set(id, next));
  return { id, ...next };
}

export function deletePoll(doc: Y.Doc, pollId: string, origin: unknown = LOCAL_ORIGIN): void {
  transact(doc, origin, () => doc.getMap<unknown>(POLLS).delete(pollId));
}
