// Polls (as in Mentimeter): multiple choice (one answer or several), a 1–5 scale, fist-of-five
// (0 = a fist, "I block", to 5 fingers, "full support"). The facilitator writes the polls; each
// participant writes one answer entry per poll, anonymous by default (toolkitKeys.ts: a pseudonym
// through the host, or a named entry signed by its participant). A poll attached to a decision is
// its confidence vote ("committed; average 4.2; 1 below 3").
import type * as Y from 'yjs';
import { POLLS, POLL_ANSWERS } from './names';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import { cleanText, ValidationError } from '../limits';
import { transactAnonymously } from '../board/boardWrite';
import { subjectVoterKey } from '../authority/ownerKeys';
import { signEntry } from '../authority/signedEntries';

export type PollKind = 'choice' | 'scale' | 'fist';
export type PollState = 'draft' | 'open' | 'closed';
export const POLL_QUESTION_MAX_CHARS = 300;
export const POLL_OPTION_MAX_CHARS = 120;
export const POLL_MAX_OPTIONS = 12;

export interface Poll {
  id: string;
  question: string;
  kind: PollKind;
  /** Choice polls: the options; scales and fist-of-five: the labels of their values. */
  options: string[];
  /** Choice polls: several answers allowed. */
  multiple: boolean;
  anonymous: boolean;
  state: PollState;
  /** Results on the projector and attendees' pages (the console always sees them). */
  showResults: boolean;
  /** The decision this is the confidence vote of, or null. */
  decisionId: string | null;
  createdAt: number;
}

/** The values a poll's answers take: option indexes, 1–5 or 0–5. */
export function pollValues(poll: Pick<Poll, 'kind' | 'options'>): number[] {
  if (poll.kind === 'scale') return [1, 2, 3, 4, 5];
  if (poll.kind === 'fist') return [0, 1, 2, 3, 4, 5];
  return poll.options.map((_o, i) => i);
}

/** What each value is called (fist-of-five's words are the usual ones). */
export function valueLabel(poll: Pick<Poll, 'kind' | 'options'>, value: number): string {
  if (poll.kind === 'choice') return poll.options[value] ?? `Option ${value + 1}`;
  if (poll.kind === 'fist')
    return value === 0 ? '0 (fist: I block)' : value === 5 ? '5 (full support)' : String(value);
  return value === 1 ? '1 (low)' : value === 5 ? '5 (high)' : String(value);
}

const isKind = (v: unknown): v is PollKind => v === 'choice' || v === 'scale' || v === 'fist';
const isState = (v: unknown): v is PollState => v === 'draft' || v === 'open' || v === 'closed';

export function readPoll(id: string, raw: unknown): Poll | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.question !== 'string' || !isKind(r.kind) || !isState(r.state)) return null;
  const options = Array.isArray(r.options)
    ? r.options.filter((o): o is string => typeof o === 'string')
    : [];
  if (r.kind === 'choice' && options.length < 2) return null;
  return {
    id,
    question: r.question,
    kind: r.kind,
    options: r.kind === 'choice' ? options : [],
    multiple: r.kind === 'choice' && r.multiple === true,
    anonymous: r.anonymous !== false,
    state: r.state,
    showResults: r.showResults === true,
    decisionId: typeof r.decisionId === 'string' && r.decisionId ? r.decisionId : null,
    createdAt: typeof r.createdAt === 'number' ? r.createdAt : 0,
  };
}

/** Every poll, oldest first. */
export function listPolls(doc: Y.Doc): Poll[] {
  const out: Poll[] = [];
  doc.getMap<unknown>(POLLS).forEach((raw, id) => {
    const p = readPoll(id, raw);
    if (p) out.push(p);
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function getPoll(doc: Y.Doc, pollId: string): Poll {
  const p = readPoll(pollId, doc.getMap<unknown>(POLLS).get(pollId));
  if (!p) throw new ValidationError('That poll no longer exists.');
  return p;
}

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
  const options =
    args.kind === 'choice'
      ? (args.options ?? [])
          .map((o) => o.trim())
          .filter(Boolean)
          .map((o) => cleanText(o, 'An option', POLL_OPTION_MAX_CHARS))
      : [];
  if (args.kind === 'choice' && options.length < 2)
    throw new ValidationError('A multiple-choice poll needs at least two options.');
  if (options.length > POLL_MAX_OPTIONS)
    throw new ValidationError(`A poll has at most ${POLL_MAX_OPTIONS} options.`);
  if (new Set(options).size !== options.length)
    throw new ValidationError('Two options have the same text.');
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

export interface Voter {
  participantId: string;
  authorKey?: Uint8Array;
}

/** The answer entry key of this participant for the poll. */
export const answerKey = (poll: Poll, voter: Voter) =>
  `${poll.id}/${subjectVoterKey('poll', poll.id, voter, poll.anonymous)}`;

/** Checks an answer against the poll: distinct known values, one unless several are allowed. */
export function validAnswer(poll: Poll, values: readonly unknown[]): values is number[] {
  const allowed = new Set(pollValues(poll));
  if (values.length === 0 || (!poll.multiple && values.length !== 1)) return false;
  if (new Set(values).size !== values.length) return false;
  return values.every((v) => typeof v === 'number' && allowed.has(v));
}

/** Answers an open poll (replacing this participant's earlier answer). */
export function answerPoll(
  doc: Y.Doc,
  args: { pollId: string; values: number[]; voter: Voter },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const poll = getPoll(doc, args.pollId);
  if (poll.state !== 'open') throw new ValidationError('This poll is not open.');
  const values = [...args.values].sort((a, b) => a - b);
  if (!validAnswer(poll, values))
    throw new ValidationError(poll.multiple ? 'Pick at least one option.' : 'Pick one answer.');
  const key = answerKey(poll, args.voter);
  const entry: Record<string, unknown> = { v: values };
  if (!poll.anonymous)
    Object.assign(entry, signEntry('toolkit', key, JSON.stringify(values), args.voter));
  const write = () => doc.getMap<unknown>(POLL_ANSWERS).set(key, entry);
  if (poll.anonymous) transactAnonymously(doc, write);
  else transact(doc, origin, write);
}
