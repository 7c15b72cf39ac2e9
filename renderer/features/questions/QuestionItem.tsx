// One question: its text, who asked (or "anonymous"), its upvotes and state; the page adds the
// buttons its role may use.
import type { ReactNode } from 'react';
import type { Question } from '../../../shared/model/questions/read';
import type { RowProps } from '../lists/VirtualList';
import { useT } from '../../i18n/useT';

export const shortText = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** A question's height in px before it is measured (a long list is virtual). */
export const QUESTION_ESTIMATE_PX = 80;

export function QuestionItem(props: {
  q: Question;
  lead?: ReactNode;
  actions?: ReactNode;
  row?: RowProps;
}) {
  const { q } = props;
  const t = useT();
  return (
    <li {...props.row} className={q.answeredAt !== null ? 'question answered' : 'question'}>
      {props.lead}
      <div className="question-body">
        <p className="question-text" dir="auto">
          {q.text}
        </p>
        <p className="question-meta">
          {q.authorName ? (
            <>
              {t('questions.askedBy')} <bdi>{q.authorName}</bdi>
            </>
          ) : (
            t('questions.askedAnonymouslyMeta')
          )}{' '}
          · {t('questions.upvotes', { n: q.upvotes })}
          {q.answeredAt !== null ? ` · ${t('questions.answered')}` : ''}
          {q.pinned && q.answeredAt === null ? ` · ${t('questions.onProjector')}` : ''}
        </p>
        {q.answer && (
          <p className="question-answer" dir="auto">
            <strong>{t('questions.answer')}</strong> {q.answer}
          </p>
        )}
        {props.actions}
      </div>
    </li>
  );
}
