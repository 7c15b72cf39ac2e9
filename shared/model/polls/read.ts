// The polls' read side: each poll as a plain object (malformed ones skipped), the values a poll
// offers and what each means, and whether an answer is valid for it. Results are in results.ts.
import type * as Y from 'yjs';
import { POLLS } from './names';
import { invalid } from '../refusals';

/** `health`: a team health check, each of its 4–8 dimensions (its options) answered 1–5. */
export type PollKind = 'choice' | 'scale' | 'fist' | 'health';

export const HEALTH_MIN_DIMENSIONS = 4;
export const HEALTH_MAX_DIMENSIONS = 8;

export type PollState = 'draft' | 'open' | 'closed';

export interface Poll {
  id: string;
  question: string;
  kind: PollKind;
  /** Choice polls: the options; health checks: the dimensions; scales and fist-of-five: none. */
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

/** The values a poll's answers take: option indexes, 1–5 (a health check's, per dimension) or 0–5. */
export function pollValues(poll: Pick<Poll, 'kind' | 'options'>): number[] {
  if (poll.kind === 'scale' || poll.kind === 'health') return [1, 2, 3, 4, 5];
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

const isKind = (v: unknown): v is PollKind =>
  v === 'choice' || v === 'scale' || v === 'fist' || v === 'health';

const isState = (v: unknown): v is PollState => v === 'draft' || v === 'open' || v === 'closed';

export function readPoll(id: string, raw: unknown): Poll | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.question !== 'string' || !isKind(r.kind) || !isState(r.state)) return null;
  const options = Array.isArray(r.options)
    ? r.options.filter((o): o is string => typeof o === 'string')
    : [];
  if (r.kind === 'choice' && options.length < 2) return null;
  if (
    r.kind === 'health' &&
    (options.length < HEALTH_MIN_DIMENSIONS || options.length > HEALTH_MAX_DIMENSIONS)
  )
    return null;
  return {
    id,
    question: r.question,
    kind: r.kind,
    options: r.kind === 'choice' || r.kind === 'health' ? options : [],
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
  if (!p) throw invalid('poll.gone');
  return p;
}

/** Checks an answer against the poll: distinct known values, one unless several are allowed; a
 * health check's is one value 1–5 per dimension, in the dimensions' order. */
export function validAnswer(poll: Poll, values: readonly unknown[]): values is number[] {
  const allowed = new Set(pollValues(poll));
  if (poll.kind === 'health')
    return (
      values.length === poll.options.length &&
      values.every((v) => typeof v === 'number' && allowed.has(v))
    );
  if (values.length === 0 || (!poll.multiple && values.length !== 1)) return false;
  if (new Set(values).size !== values.length) return false;
  return values.every((v) => typeof v === 'number' && allowed.has(v));
}
