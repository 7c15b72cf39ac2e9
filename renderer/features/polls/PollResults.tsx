// A poll's live result: a bar per answer with its count in text (colour never carries it alone),
// the number of answers and, for scales and fist-of-five, the average and how many are below 3.
import type { PollResult } from '../../../shared/model/polls/results';
import { pollSummary, pollValueLabel } from './pollLabels';
import { useT } from '../../i18n/useT';

export { pollSummary };

/** A health check's result: each dimension's average (1 to 5) as a bar with its number. */
function HealthResults({ result: r }: { result: PollResult }) {
  const t = useT();
  return (
    <>
      <p className="poll-summary">{pollSummary({ ...r, average: null })}</p>
      <ul
        className="poll-results"
        aria-label={t('polls.resultsFor', { question: r.poll.question })}
      >
        {r.dimensions!.map((d) => (
          <li key={d.name}>
            <span className="label">
              <bdi>{d.name}</bdi>
            </span>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${Math.round(((d.average ?? 0) / 5) * 100)}%` }} />
            </span>
            <span className="n">{d.average === null ? NO_VALUE : d.average.toFixed(1)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

const NO_VALUE = '\u2014';

export function PollResults({ result: r }: { result: PollResult }) {
  const t = useT();
  const max = Math.max(1, ...r.counts.map((c) => c.count));
  if (r.dimensions) return <HealthResults result={r} />;
  return (
    <>
      <p className="poll-summary">{pollSummary(r)}</p>
      {r.admitted !== null && r.voters > r.admitted && (
        <p className="poll-warning" role="alert">
          {t('polls.moreThanAdmitted')}
        </p>
      )}
      <ul
        className="poll-results"
        aria-label={t('polls.resultsFor', { question: r.poll.question })}
      >
        {r.counts.map((c) => (
          <li key={c.value}>
            <span className="label">
              <bdi>{pollValueLabel(r.poll, c.value)}</bdi>
            </span>
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
