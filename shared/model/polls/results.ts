// Poll results, counted on read the same way on every replica: one entry per voter key, named
// entries only with their participant's signature and only while the roster admits them, values
// checked against the poll. (Anonymous answers reach the room through the host alone, which
// refuses participants it has not admitted and takes back a removed participant's.)
import type * as Y from 'yjs';
import { subjectVoterOwner } from '../authority/ownerKeys';
import { signedBy } from '../authority/signedEntries';
import { POLL_ANSWERS } from './names';
import { answerKey, type Voter } from './attendeeCommands';
import { pollValues, validAnswer, type Poll } from './read';
import { countedParticipants } from '../roster/read';
import { healthTrend, type HealthTrend } from './healthHistory';

export interface PollResult {
  poll: Poll;
  /** How many participants answered. */
  voters: number;
  /** How many participants the roster admits (null: no roster, as in a doc no host ran). */
  admitted: number | null;
  /** value -> how many answers picked it, in the poll's value order. */
  counts: { value: number; count: number }[];
  /** Scales and fist-of-five: the mean answer, one decimal; null without answers. */
  average: number | null;
  /** Scales and fist-of-five: answers below 3 (concerns). */
  below3: number;
  /** Health checks: each dimension's mean answer (one decimal; null without answers) and how
   * many answered it 1 to 5. */
  dimensions?: { name: string; average: number | null; counts: number[] }[];
  /** Health checks: this session's averages beside the earlier sessions' of its series. */
  trend?: HealthTrend;
}

/** The values of every counted answer of a poll. */
function countedAnswers(doc: Y.Doc, poll: Poll, counted: Set<string> | null): number[][] {
  const out: number[][] = [];
  const prefix = `${poll.id}/`;
  doc.getMap<unknown>(POLL_ANSWERS).forEach((raw, key) => {
    if (!key.startsWith(prefix) || typeof raw !== 'object' || raw === null) return;
    const owner = subjectVoterOwner(key);
    // A poll's answers are all anonymous or all named, as the poll says.
    if (!owner || 'anonymous' in owner !== poll.anonymous) return;
    const v = (raw as Record<string, unknown>).v;
    if (!Array.isArray(v) || !validAnswer(poll, v)) return;
    const named = 'participant' in owner ? owner.participant : null;
    if (named !== null && counted !== null && !counted.has(named)) return;
    if (
      named !== null &&
      !signedBy(named, 'toolkit', key, JSON.stringify(v), raw as Record<string, unknown>)
    )
      return;
    out.push(v);
  });
  return out;
}

export function pollResult(doc: Y.Doc, poll: Poll): PollResult {
  const counted = countedParticipants(doc);
  const answers = countedAnswers(doc, poll, counted);
  const counts = new Map(pollValues(poll).map((v) => [v, 0]));
  for (const a of answers) for (const v of a) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (poll.kind === 'health') {
    const dimensions = poll.options.map((name, i) => {
      const counts = [0, 0, 0, 0, 0];
      for (const a of answers) counts[a[i]! - 1]! += 1;
      const sum = answers.reduce((s, a) => s + a[i]!, 0);
      return {
        name,
        average: answers.length ? Math.round((sum / answers.length) * 10) / 10 : null,
        counts,
      };
    });
    return {
      poll,
      voters: answers.length,
      admitted: counted?.size ?? null,
      counts: [],
      average: null,
      below3: 0,
      dimensions,
      trend: healthTrend(doc, dimensions),
    };
  }
  const scalar = poll.kind !== 'choice' && answers.length > 0;
  const sum = answers.reduce((s, a) => s + a[0]!, 0);
  return {
    poll,
    voters: answers.length,
    admitted: counted?.size ?? null,
    counts: [...counts].map(([value, count]) => ({ value, count })),
    average: scalar ? Math.round((sum / answers.length) * 10) / 10 : null,
    below3: poll.kind === 'choice' ? 0 : answers.filter((a) => a[0]! < 3).length,
  };
}

/** This participant's current answer, or null. */
export function ownAnswer(doc: Y.Doc, poll: Poll, voter: Voter): number[] | null {
  if (poll.anonymous && !voter.authorKey) return null;
  const raw = doc.getMap<unknown>(POLL_ANSWERS).get(answerKey(poll, voter));
  const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).v : null;
  return Array.isArray(v) && validAnswer(poll, v) ? v : null;
}

/** "committed; average 4.2; 1 below 3": a decision's confidence vote in one line. */
export function confidenceLine(
  committed: boolean,
  result: Pick<PollResult, 'voters' | 'average' | 'below3'>,
): string {
  const state = committed ? 'committed' : 'not yet committed';
  if (result.voters === 0) return `${state}; no confidence votes yet`;
  return `${state}; average ${result.average!.toFixed(1)}; ${result.below3} below 3`;
}
