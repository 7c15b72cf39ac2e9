// The facilitator's questions: most upvoted first; mark answered, write down the answer given (for
// the minutes), pin one to the projector.
import './questions.css';
import type * as Y from 'yjs';
import { markAnswered, pinQuestion } from '../../../shared/model/questions/commands';
import { useDoc } from '../../stores/docStore';
import { QUESTION_ESTIMATE_PX, QuestionItem, shortText } from './QuestionItem';
import { AnswerForm } from './AnswerForm';
import { VirtualList } from '../lists/VirtualList';

export function ConsoleQuestions(props: { doc: Y.Doc }) {
  const { doc } = props;
  const questions = useDoc(doc, (s) => s.questions);
  const open = questions.filter((q) => q.answeredAt === null).length;
  return (
    <section className="card questions" aria-labelledby="console-questions-heading">
      <h2 id="console-questions-heading">
        Questions <span className="count">({open} open)</span>
      </h2>
      {questions.length === 0 ? (
        <p className="muted">No questions yet.</p>
      ) : (
        <VirtualList
          items={questions}
          itemKey={(q) => q.id}
          className="question-list"
          estimatePx={QUESTION_ESTIMATE_PX}
          renderItem={(q, row) => {
            const answered = q.answeredAt !== null;
            const name = shortText(q.text);
            return (
              <QuestionItem
                q={q}
                row={row}
                actions={
                  <div className="question-actions">
                    <button
                      type="button"
                      aria-label={`${answered ? 'Mark not answered' : 'Mark answered'}: “${name}”`}
                      onClick={() => markAnswered(doc, { questionId: q.id, answered: !answered })}
                    >
                      {answered ? 'Not answered' : 'Answered'}
                    </button>
                    {!answered && (
                      <button
                        type="button"
                        aria-label={`${q.pinned ? 'Unpin' : 'Pin to projector'}: “${name}”`}
                        onClick={() => pinQuestion(doc, q.pinned ? null : q.id)}
                      >
                        {q.pinned ? 'Unpin' : 'Pin to projector'}
                      </button>
                    )}
                    <AnswerForm key={q.answer ?? ''} doc={doc} q={q} name={name} />
                  </div>
                }
              />
            );
          }}
        />
      )}
    </section>
  );
}
