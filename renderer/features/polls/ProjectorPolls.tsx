// Polls on the projector, live: an open poll's question and how many have answered (so the room
// knows to answer, and when everyone has), and the results of the polls the facilitator shows.
import './polls.css';
import type * as Y from 'yjs';
import { useDoc } from '../../stores/docStore';
import { pollSummary } from './PollResults';
import { ChartSvg } from '../charts/ChartSvg';
import { pollChart } from '../../../shared/charts/resultCharts';
import { useT } from '../../i18n/useT';
import { pollChartWords } from './pollChartWords';

export function ProjectorPolls(props: { doc: Y.Doc }) {
  const t = useT();
  const polls = useDoc(props.doc, (s) => s.polls);
  const shown = polls.filter(
    (r) => r.poll.state === 'open' || (r.poll.showResults && r.poll.state !== 'draft'),
  );
  if (shown.length === 0) return null;
  return (
    <section className="projector-polls" aria-labelledby="projector-polls-heading">
      <h2 id="projector-polls-heading" className="visually-hidden">
        {t('polls.heading')}
      </h2>
      {shown.map((r) => (
        <div
          className="poll-card"
          key={r.poll.id}
          aria-label={t('polls.pollLabel', { question: r.poll.question })}
        >
          <h3 dir="auto">
            {r.poll.question}
            {r.poll.state === 'open' ? '' : ` ${t('polls.closed')}`}
          </h3>
          {r.poll.showResults ? (
            <>
              <p className="poll-summary">{pollSummary(r)}</p>
              <ChartSvg
                testId="poll-chart"
                make={(w, f) => pollChart(r, w, f, pollChartWords(r))}
              />
            </>
          ) : (
            <p className="poll-open-count" role="status">
              {t('polls.projector.count', {
                open: r.poll.state === 'open' ? 'yes' : 'no',
                n: r.voters,
              })}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
