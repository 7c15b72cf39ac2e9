// The facilitator's polls: make one (multiple choice, 1–5 scale, fist-of-five; optionally the
// confidence vote of a decision), open and close it, show its results on the projector, and
// watch them live here whether shown or not.
import './polls.css';
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { createPoll, deletePoll, updatePoll } from '../../../shared/model/polls/commands';
import { type PollKind } from '../../../shared/model/polls/read';
import { confidenceLine } from '../../../shared/model/polls/results';
import { ValidationError } from '../../../shared/model/limits';
import { useDoc } from '../../stores/docStore';
import { useRegisters } from '../registers/useRegisters';
import { PollResults } from './PollResults';
import { ChartSvg } from '../charts/ChartSvg';
import { pollChart } from '../../../shared/charts/resultCharts';

const KINDS: { id: PollKind; label: string }[] = [
  { id: 'choice', label: 'Multiple choice' },
  { id: 'scale', label: '1–5 scale' },
  { id: 'fist', label: 'Fist of five' },
  { id: 'health', label: 'Team health check' },
];

function NewPollForm(props: { doc: Y.Doc; decisions: { id: string; title: string }[] }) {
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
      if (err instanceof ValidationError) setError(err.message);
      else throw err;
    }
  }

  return (
    <form className="poll-form" onSubmit={submit} aria-label="New poll">
      <label>
        Poll question
        <input type="text" value={question} onChange={(e) => setQuestion(e.target.value)} />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as PollKind)}>
          {KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {kind === 'health' && (
        <label>
          Dimensions, one per line (4 to 8; each answered 1 to 5)
          <textarea rows={5} value={options} onChange={(e) => setOptions(e.target.value)} />
        </label>
      )}
      {kind === 'choice' && (
        <>
          <label>
            Options, one per line
            <textarea rows={3} value={options} onChange={(e) => setOptions(e.target.value)} />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={multiple}
              onChange={(e) => setMultiple(e.target.checked)}
            />
            Several answers allowed
          </label>
        </>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
        />
        Anonymous answers
      </label>
      {props.decisions.length > 0 && (
        <label>
          Confidence vote for
          <select value={decisionId} onChange={(e) => setDecisionId(e.target.value)}>
            <option value="">No decision</option>
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
          Create poll
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
  const { doc } = props;
  const polls = useDoc(doc, (s) => s.polls);
  const { decisions } = useRegisters(doc);
  return (
    <section className="card polls" aria-labelledby="console-polls-heading">
      <h2 id="console-polls-heading">Polls</h2>
      {polls.length === 0 && <p className="muted">No polls yet.</p>}
      {polls.map((r) => {
        const p = r.poll;
        const decision = decisions.find((d) => d.id === p.decisionId);
        return (
          <article className="poll-card" key={p.id} aria-label={`Poll: ${p.question}`}>
            <h3 dir="auto">{p.question}</h3>
            <p className="muted">
              {KINDS.find((k) => k.id === p.kind)?.label}
              {p.multiple ? ', several answers' : ''}
              {p.anonymous ? ', anonymous' : ', named'} ·{' '}
              {p.state === 'draft' ? 'not open yet' : p.state}
              {p.showResults ? ' · results on the projector' : ''}
            </p>
            {decision && (
              <p>
                Confidence vote for <strong>{decision.title}</strong>:{' '}
                {confidenceLine(decision.committed, r)}
              </p>
            )}
            {p.state !== 'draft' && <PollResults result={r} />}
            {p.state !== 'draft' && r.trend && (
              <ChartSvg testId="health-chart" make={(w, f) => pollChart(r, w, f)} />
            )}
            <div className="poll-actions">
              <button
                type="button"
                onClick={() =>
                  updatePoll(doc, { pollId: p.id, state: p.state === 'open' ? 'closed' : 'open' })
                }
              >
                {p.state === 'open'
                  ? 'Close poll'
                  : p.state === 'draft'
                    ? 'Open poll'
                    : 'Reopen poll'}
              </button>
              <button
                type="button"
                aria-pressed={p.showResults}
                onClick={() => updatePoll(doc, { pollId: p.id, showResults: !p.showResults })}
              >
                {p.showResults ? 'Hide results' : 'Show results'}
              </button>
              <button type="button" onClick={() => deletePoll(doc, p.id)}>
                Delete poll
              </button>
            </div>
          </article>
        );
      })}
      <NewPollForm doc={doc} decisions={decisions.map((d) => ({ id: d.id, title: d.title }))} />
    </section>
  );
}
