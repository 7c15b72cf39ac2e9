// The attendee's open polls: answer (and change the answer while open); results when the
// facilitator shows them. Each answer is a big label (a thumb's target, not a 13 px radio).
import './polls.css';
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { answerPoll, type Voter } from '../../../shared/model/polls/attendeeCommands';
import { pollValues } from '../../../shared/model/polls/read';
import { pollValueLabel } from './pollLabels';
import { ownAnswer, type PollResult } from '../../../shared/model/polls/results';
import { ValidationError } from '../../../shared/model/limits';
import { useDoc } from '../../stores/docStore';
import { PollResults } from './PollResults';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

/** A health check: each dimension answered 1 (low) to 5 (high), sent together. */
function HealthForm(props: { doc: Y.Doc; result: PollResult; voter: Voter }) {
  const { doc, voter } = props;
  const poll = props.result.poll;
  const t = useT();
  const current = ownAnswer(doc, poll, voter);
  const [picked, setPicked] = useState<(number | null)[] | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const values = picked ?? current ?? poll.options.map(() => null);
  const complete = values.every((v) => v !== null);

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      answerPoll(doc, { pollId: poll.id, values: values as number[], voter });
      setPicked(null);
      setStatus({ text: t('polls.sent'), error: false });
    } catch (err) {
      if (err instanceof ValidationError)
        setStatus({ text: explain(err, t('polls.answer')), error: true });
      else throw err;
    }
  }

  return (
    <form
      className="poll-card"
      onSubmit={submit}
      aria-label={t('polls.pollLabel', { question: poll.question })}
    >
      <p>
        <strong dir="auto">{poll.question}</strong>{' '}
        <span className="muted">
          ({t('polls.healthHow', { anonymous: poll.anonymous ? 'yes' : 'no' })})
        </span>
      </p>
      {poll.options.map((dim, i) => (
        <fieldset key={dim} className="poll-choices poll-choices-scale">
          <legend dir="auto">{dim}</legend>
          {[1, 2, 3, 4, 5].map((v) => (
            <label key={v} className="poll-choice">
              <input
                type="radio"
                name={`poll-${poll.id}-${i}`}
                aria-label={t('polls.dimensionValue', { dimension: dim, value: v })}
                checked={values[i] === v}
                onChange={() => setPicked(values.map((x, j) => (j === i ? v : x)))}
              />
              {v}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="row">
        <button type="submit" className="primary" disabled={!complete}>
          {current ? t('polls.change') : t('polls.send')}
        </button>
        <p role="status" className={status?.error ? 'error' : 'muted'}>
          {status?.text ?? (current ? t('polls.answered') : '')}
        </p>
      </div>
      {poll.showResults && <PollResults result={props.result} />}
    </form>
  );
}

function PollForm(props: { doc: Y.Doc; result: PollResult; voter: Voter }) {
  const { doc, voter } = props;
  const poll = props.result.poll;
  const t = useT();
  const current = ownAnswer(doc, poll, voter);
  const [picked, setPicked] = useState<number[] | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const values = picked ?? current ?? [];
  const name = `poll-${poll.id}`;

  function toggle(v: number) {
    if (!poll.multiple) setPicked([v]);
    else setPicked(values.includes(v) ? values.filter((x) => x !== v) : [...values, v]);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      answerPoll(doc, { pollId: poll.id, values, voter });
      setPicked(null);
      setStatus({ text: t('polls.sent'), error: false });
    } catch (err) {
      if (err instanceof ValidationError)
        setStatus({ text: explain(err, t('polls.answer')), error: true });
      else throw err;
    }
  }

  return (
    <form
      className="poll-card"
      onSubmit={submit}
      aria-label={t('polls.pollLabel', { question: poll.question })}
    >
      <fieldset className={`poll-choices poll-choices-${poll.kind}`}>
        <legend>
          <strong dir="auto">{poll.question}</strong>{' '}
          <span className="muted">
            (
            {t('polls.how', {
              multiple: poll.multiple ? 'yes' : 'no',
              anonymous: poll.anonymous ? 'yes' : 'no',
            })}
            )
          </span>
        </legend>
        {pollValues(poll).map((v) => (
          <label key={v} className="poll-choice">
            <input
              type={poll.multiple ? 'checkbox' : 'radio'}
              name={name}
              checked={values.includes(v)}
              onChange={() => toggle(v)}
            />
            <bdi>{pollValueLabel(poll, v)}</bdi>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="submit" className="primary" disabled={values.length === 0}>
          {current ? t('polls.change') : t('polls.send')}
        </button>
        <p role="status" className={status?.error ? 'error' : 'muted'}>
          {status?.text ?? (current ? t('polls.answered') : '')}
        </p>
      </div>
      {poll.showResults && <PollResults result={props.result} />}
    </form>
  );
}

export function RoomPolls(props: { doc: Y.Doc; voter: Voter }) {
  const t = useT();
  const polls = useDoc(props.doc, (s) => s.polls);
  const open = polls.filter((r) => r.poll.state === 'open');
  const shown = polls.filter((r) => r.poll.state === 'closed' && r.poll.showResults);
  if (open.length === 0 && shown.length === 0)
    return (
      <section className="card polls polls-none" aria-labelledby="room-polls-heading">
        <h2 id="room-polls-heading">{t('room.tab.polls')}</h2>
        <p className="muted">{t('polls.noneOpen')}</p>
      </section>
    );
  return (
    <section className="card polls" aria-labelledby="room-polls-heading">
      <h2 id="room-polls-heading">{t('room.tab.polls')}</h2>
      {open.map((r) =>
        r.poll.kind === 'health' ? (
          <HealthForm key={r.poll.id} doc={props.doc} result={r} voter={props.voter} />
        ) : (
          <PollForm key={r.poll.id} doc={props.doc} result={r} voter={props.voter} />
        ),
      )}
      {shown.map((r) => (
        <div className="poll-card" key={r.poll.id}>
          <h3>
            <bdi>{r.poll.question}</bdi> {t('polls.closed')}
          </h3>
          <PollResults result={r} />
        </div>
      ))}
    </section>
  );
}
