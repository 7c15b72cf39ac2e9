// A poll's live result: a bar per answer with its count in text (colour never carries it alone),
// the number of answers and, for scales and fist-of-five, the average and how many are below 3.
import { valueLabel } from '../../../shared/model/polls/read';
import type { PollResult } from '../../../shared/model/polls/results';
import { answersLine } from '../../../shared/model/roster/read';

/** A health check's result: each dimension's average (1 to 5) as a bar with its number. */
function HealthResults({ result: r }: { result: PollResult }) {
  return (
    <>
      <p className="poll-summary">{answersLine(r.voters, r.admitted)}</p>
      <ul className="poll-results" aria-label={`Results: ${r.poll.question}`}>
        {r.dimensions!.map((d) => (
          <li key={d.name}>
            <span className="label">{d.name}</span>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${Math.round(((d.average ?? 0) / 5) * 100)}%` }} />
            </span>
            <span className="n">{d.average === null ? '—' : d.average.toFixed(1)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function pollSummary(r: PollResult): string {
  const base = answersLine(r.voters, r.admitted);
  return r.average === null
    ? base
    : `${base} · average ${r.average.toFixed(1)} · ${r.below3} below 3`;
}

export function PollResults({ result: r }: { result: PollResult }) {
  const max = Math.max(1, ...r.counts.map((c) => c.count));
  if (r.dimensions) return <HealthResults result={r} />;
  return (
    <>
      <p className="poll-summary">{pollSummary(r)}</p>
      {r.admitted !== null && r.voters > r.admitted && (
        <p className="poll-warning" role="alert">
          More answers than admitted people: check the roster.
        </p>
      )}
      <ul className="poll-results" aria-label={`Results: ${r.poll.question}`}>
        {r.counts.map((c) => (
          <li key={c.value}>
            <span className="label">{valueLabel(r.poll, c.value)}</span>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${Math.round((c.count / max) * 100)}%` }} />
            </span>
            <span className="n">{c.count}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
