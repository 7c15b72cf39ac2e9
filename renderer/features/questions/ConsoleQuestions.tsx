// The facilitator's questions: most upvoted first; mark answered, write down the answer given (for
// the minutes), pin one to the projector.
import './questions.css';
import type * as Y from 'yjs';
import { markAnswered, pinQuestion } from '../../../shared/model/questions/commands';
import { useDoc } from '../../stores/docStore';
import { QUESTION_ESTIMATE_PX, QuestionItem, shortText } from './QuestionItem';
import { AnswerForm } from './AnswerForm';
import { VirtualList } from '../lists/VirtualList';
import { useT } from '../../i18n/useT';

export function ConsoleQuestions(props: { doc: Y.Doc }) {
  const t = useT();
  const { doc } = props;
  const questions = useDoc(doc, (s) => s.questions);
  const open = questions.filter((q) => q.answeredAt === null).length;
  return (
    <section className="card questions" aria-labelledby="console-questions-heading">
      <h2 id="console-questions-heading">
        {t('questions.heading')}{' '}
        <span className="count">{t('questions.openCount', { n: open })}</span>
      </h2>
      {questions.length === 0 ? (
        <p className="muted">{t('questions.none')}</p>
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
                      aria-label={t('questions.mark', { answered: answered ? 'yes' : 'no', name })}
                      onClick={() => markAnswered(doc, { questionId: q.id, answered: !answered })}
                    >
                      {answered ? t('questions.notAnswered') : t('questions.answered')}
                    </button>
                    {!answered && (
                      <button
                        type="button"
                        aria-label={t('questions.pinLabel', {
                          pinned: q.pinned ? 'yes' : 'no',
                          name,
                        })}
                        onClick={() => pinQuestion(doc, q.pinned ? null : q.id)}
                      >
                        {q.pinned ? t('questions.unpin') : t('questions.pin')}
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
