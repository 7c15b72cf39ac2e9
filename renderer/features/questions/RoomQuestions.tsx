// The attendee's questions: ask (anonymously unless they untick it) and upvote others'. An
// anonymous question travels through the host (under a one-off id) and shows when it comes
// back; "it shows in a moment" stays until it does.
import './questions.css';
import { useEffect, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  askQuestion,
  QUESTION_MAX_CHARS,
  toggleUpvote,
} from '../../../shared/model/questions/attendeeCommands';
import { hasUpvoted, type Asker } from '../../../shared/model/questions/read';
import { ValidationError } from '../../../shared/model/limits';
import { readTimer } from '../../../shared/model/timer/read';
import { useDoc } from '../../stores/docStore';
import { QUESTION_ESTIMATE_PX, QuestionItem, shortText } from './QuestionItem';
import { VirtualList } from '../lists/VirtualList';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

export function RoomQuestions(props: { doc: Y.Doc; asker: Asker }) {
  const { doc, asker } = props;
  const t = useT();
  const questions = useDoc(doc, (s) => s.questions);
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  // The question just asked, until it is in the list: then its "shows in a moment" goes.
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  useEffect(() => {
    if (waitingFor && questions.some((q) => q.id === waitingFor)) {
      setWaitingFor(null);
      setStatus(null);
    }
  }, [questions, waitingFor]);

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const id = askQuestion(doc, {
        text,
        asker,
        anonymous,
        blockId: readTimer(doc).facts.blockId,
      });
      setText('');
      if (anonymous) {
        setWaitingFor(id);
        setStatus({ text: t('questions.askedAnonymously'), error: false });
      } else {
        setWaitingFor(null);
        setStatus({ text: t('questions.asked'), error: false });
      }
    } catch (err) {
      if (err instanceof ValidationError)
        setStatus({ text: explain(err, t('questions.yourQuestion')), error: true });
      else throw err;
    }
  }

  const over = text.length > QUESTION_MAX_CHARS;
  return (
    <section className="card questions" aria-labelledby="room-questions-heading">
      <h2 id="room-questions-heading">
        {t('questions.heading')} <span className="count">({questions.length})</span>
      </h2>
      <form className="composer" onSubmit={submit} aria-label={t('questions.askAQuestion')}>
        <label htmlFor="question-new">{t('questions.yourQuestion')}</label>
        <textarea
          id="question-new"
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={over || undefined}
        />
        <div className="row spread">
          <label className="check">
            <input
              type="checkbox"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            {t('questions.askAnonymously')}
          </label>
          <button type="submit" className="primary" disabled={over}>
            {t('questions.ask')}
          </button>
        </div>
        <p role="status" className={status?.error ? 'error' : 'muted'}>
          {over ? t('questions.tooLong', { max: QUESTION_MAX_CHARS }) : (status?.text ?? '')}
        </p>
      </form>
      {questions.length === 0 ? (
        <p className="muted">{t('questions.none')}</p>
      ) : (
        <VirtualList
          items={questions}
          itemKey={(q) => q.id}
          className="question-list"
          estimatePx={QUESTION_ESTIMATE_PX}
          renderItem={(q, row) => {
            const mine = hasUpvoted(doc, q.id, asker);
            return (
              <QuestionItem
                q={q}
                row={row}
                lead={
                  <button
                    type="button"
                    className="upvote"
                    aria-pressed={mine}
                    disabled={q.answeredAt !== null}
                    onClick={() => toggleUpvote(doc, { questionId: q.id, voter: asker })}
                  >
                    {/* The name starts with what is seen (the count), for voice control. */}
                    <span aria-hidden="true">▲ </span>
                    {q.upvotes}
                    <span className="visually-hidden">
                      {' '}
                      {t('questions.upvoteLabel', { n: q.upvotes, text: shortText(q.text) })}
                    </span>
                  </button>
                }
              />
            );
          }}
        />
      )}
    </section>
  );
}
