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
} from '../../../shared/model/questions/commands';
import { hasUpvoted, type Asker } from '../../../shared/model/questions/read';
import { ValidationError } from '../../../shared/model/limits';
import { readTimer } from '../../../shared/model/timer/read';
import { useDoc } from '../../stores/docStore';
import { QUESTION_ESTIMATE_PX, QuestionItem, shortText } from './QuestionItem';
import { VirtualList } from '../lists/VirtualList';

export function RoomQuestions(props: { doc: Y.Doc; asker: Asker }) {
  const { doc, asker } = props;
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
        setStatus({ text: 'Asked anonymously; it shows in a moment.', error: false });
      } else {
        setWaitingFor(null);
        setStatus({ text: 'Asked.', error: false });
      }
    } catch (err) {
      if (err instanceof ValidationError) setStatus({ text: err.message, error: true });
      else throw err;
    }
  }

  const over = text.length > QUESTION_MAX_CHARS;
  return (
    <section className="card questions" aria-labelledby="room-questions-heading">
      <h2 id="room-questions-heading">
        Questions <span className="count">({questions.length})</span>
      </h2>
      <form className="composer" onSubmit={submit} aria-label="Ask a question">
        <label htmlFor="question-new">Your question</label>
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
            Ask anonymously
          </label>
          <button type="submit" className="primary" disabled={over}>
            Ask
          </button>
        </div>
        <p role="status" className={status?.error ? 'error' : 'muted'}>
          {over ? `Too long: the limit is ${QUESTION_MAX_CHARS} characters.` : (status?.text ?? '')}
        </p>
      </form>
      {questions.length === 0 ? (
        <p className="muted">No questions yet.</p>
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
                      {` upvote${q.upvotes === 1 ? '' : 's'}. Upvote “${shortText(q.text)}”`}
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
