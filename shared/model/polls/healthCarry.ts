// A follow-up's share of team health (issue 25): the earlier session's own health checks, as
// results, join the history it already carried (HEALTH_HISTORY is `carry: 'all'`), so the next
// session's check is read beside every earlier one. Called by series/followUp.ts's carryForward
// inside its transaction.
import type * as Y from 'yjs';
import { HEALTH_HISTORY } from './names';
import { listPolls } from './read';
import { pollResult } from './results';
import { readSessionDetails } from '../session/details';

/** Writes each of `prev`'s health checks that ran into `next`'s history; returns how many. */
export function carryHealthChecks(prev: Y.Doc, next: Y.Doc, previousTitle: string): number {
  const date = readSessionDetails(prev).startDate ?? '';
  const history = next.getMap<unknown>(HEALTH_HISTORY);
  let n = 0;
  for (const poll of listPolls(prev)) {
    if (poll.kind !== 'health' || poll.state === 'draft') continue;
    const r = pollResult(prev, poll);
    if (!r.voters) continue;
    const key = `${date || previousTitle}/${poll.id}`;
    if (history.has(key)) continue;
    history.set(key, {
      sessionTitle: previousTitle,
      date,
      question: poll.question,
      dimensions: (r.dimensions ?? []).map((d) => ({
        name: d.name,
        average: d.average,
        answers: d.counts.reduce((s, c) => s + c, 0),
      })),
    });
    n++;
  }
  return n;
}
