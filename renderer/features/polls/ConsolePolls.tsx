// The facilitator's polls: make one (multiple choice, 1–5 scale, fist-of-five; optionally the
// confidence vote of a decision), open and close it, show its results on the projector, and
// watch them live here whether shown or not.
import './polls.css';
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { createPoll, deletePoll, updatePoll } from '../../../shared/model/polls/commands';
import { type PollKind } from '../../../shared/model/polls/read';
import type { PollResult } from '../../../shared/model/polls/results';
import { ValidationError } from '../../../shared/model/limits';
import { useDoc } from '../../stores/docStore';
import { useRegisters } from '../registers/useRegisters';
import { PollResults } from './PollResults';
import { ChartSvg } from '../charts/ChartSvg';
import { pollChart } from '../../../shared/charts/resultCharts';
import { useT } from '../../i18n/useT';
import { pollChartWords } from './pollChartWords';
import { t as translate } from '../../i18n/t';
import { explain } from '../../i18n/validation';

const KINDS: PollKind[] = ['choice', 'scale', 'fist', 'health'];

/** "committed; average 4.2; 1 below 3": a decision's confidence vote in one line. */
function confidenceLine(
  committed: boolean,
  r: Pick<PollResult, 'voters' | 'average' | 'below3'>,
): string {
  const c = committed ? 'yes' : 'no';
  return r.voters === 0
    ? translate('polls.confidenceNone', { committed: c })
    : translate('polls.confidence', {
        committed: c,
        average: r.average!.toFixed(1),
        below: r.below3,
      });
}

function NewPollForm(props: { doc: Y.Doc; decisions: { id: string; title: string }[] }) {
  const t = useT();
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<PollKind>('choice');
  const [options, setOptions] = useState('');
  const [multiple, setMultiple] = useState(false);
  const [anonymous, setAnonymous] = useState(true);
  const [decisionId, setDecisionId] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      createPoll(props.doc, {
        question,
        kind,
        options: options.split('\n'),
        multiple,
        anonymous,
        decisionId: decisionId || null,
      });
      setQuestion('');
      setOptions('');
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(explain(err));
      else throw err;
    }
  }

  return (
    <form className="poll-form" onSubmit={submit} aria-label={t('polls.new')}>
      <label>
        {t('polls.question')}
        <input type="text" value={question} onChange={(e) => setQuestion(e.target.value)} />
      </label>
      <label>
        {t('polls.kindLabel')}
        <select value={kind} onChange={(e) => setKind(e.target.value as PollKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t('polls.kind', { kind: k })}
            </option>
          ))}
        </select>
      </label>
      {kind === 'health' && (
        <label>
          {t('polls.dimensions')}
          <textarea rows={5} value={options} onChange={(e) => setOptions(e.target.value)} />
        </label>
      )}
      {kind === 'choice' && (
        <>
          <label>
            {t('polls.options')}
            <textarea rows={3} value={options} onChange={(e) => setOptions(e.target.value)} />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={multiple}
              onChange={(e) => setMultiple(e.target.checked)}
            />
            {t('polls.multiple')}
          </label>
        </>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
        />
        {t('polls.anonymous')}
      </label>
      {props.decisions.length > 0 && (
        <label>
          {t('polls.confidenceFor')}
          <select value={decisionId} onChange={(e) => setDecisionId(e.target.value)}>
            <option value="">{t('polls.noDecision')}</option>
            {props.decisions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="row">
        <button type="submit" className="primary">
          {t('polls.create')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}

export function ConsolePolls(props: { doc: Y.Doc }) {
  const t = useT();
  const { doc } = props;
  const polls = useDoc(doc, (s) => s.polls);
  const { decisions } = useRegisters(doc);
  return (
    <section className="card polls" aria-labelledby="console-polls-heading">
      <h2 id="console-polls-heading">{t('polls.heading')}</h2>
      {polls.length === 0 && <p className="muted">{t('polls.none')}</p>}
      {polls.map((r) => {
        const p = r.poll;
        const decision = decisions.find((d) => d.id === p.decisionId);
        return (
          <article
            className="poll-card"
            key={p.id}
            aria-label={t('polls.pollLabel', { question: p.question })}
          >
            <h3 dir="auto">{p.question}</h3>
            <p className="muted">
              {t('polls.meta', {
                kind: t('polls.kind', { kind: p.kind }),
                multiple: p.multiple ? 'yes' : 'no',
                anonymous: p.anonymous ? 'yes' : 'no',
                state: p.state,
                shown: p.showResults ? 'yes' : 'no',
              })}
            </p>
            {decision && (
              <p>
                {t('polls.confidenceFor')} <strong>{decision.title}</strong>
                {t('polls.colon')} {confidenceLine(decision.committed, r)}
              </p>
            )}
            {p.state !== 'draft' && <PollResults result={r} />}
            {p.state !== 'draft' && r.trend && (
              <ChartSvg
                testId="health-chart"
                make={(w, f) => pollChart(r, w, f, pollChartWords(r))}
              />
            )}
            <div className="poll-actions">
              <button
                type="button"
                onClick={() =>
                  updatePoll(doc, { pollId: p.id, state: p.state === 'open' ? 'closed' : 'open' })
                }
              >
                {p.state === 'open'
                  ? t('polls.close')
                  : p.state === 'draft'
                    ? t('polls.open')
                    : t('polls.reopen')}
              </button>
              <button
                type="button"
                aria-pressed={p.showResults}
                onClick={() => updatePoll(doc, { pollId: p.id, showResults: !p.showResults })}
              >
                {p.showResults ? t('polls.hideResults') : t('polls.showResults')}
              </button>
              <button type="button" onClick={() => deletePoll(doc, p.id)}>
                {t('polls.delete')}
              </button>
            </div>
          </article>
        );
      })}
      <NewPollForm doc={doc} decisions={decisions.map((d) => ({ id: d.id, title: d.title }))} />
    </section>
  );
}
