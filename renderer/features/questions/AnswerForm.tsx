// The facilitator writes down the answer a question got, for the minutes: one field per question,
// saved with its button (a written answer also marks the question answered).
import { useState } from 'react';
import type * as Y from 'yjs';
import { setAnswer } from '../../../shared/model/questions/commands';
import type { Question } from '../../../shared/model/questions/read';
import { ValidationError } from '../../../shared/model/limits';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

export function AnswerForm(props: { doc: Y.Doc; q: Question; name: string }) {
  const t = useT();
  const { doc, q } = props;
  const [text, setText] = useState(q.answer ?? '');
  const [error, setError] = useState<string | null>(null);
  const saved = (q.answer ?? '') === text.trim();
  return (
    <form
      className="answer-form"
      onSubmit={(e) => {
        e.preventDefault();
        try {
          setAnswer(doc, { questionId: q.id, answer: text });
          setError(null);
        } catch (err) {
          if (err instanceof ValidationError) setError(explain(err));
          else throw err;
        }
      }}
    >
      <label>
        {t('questions.answerGiven')}{' '}
        <span className="visually-hidden">{t('questions.toQuestion', { name: props.name })}</span>
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" disabled={saved}>
        {t('questions.saveAnswer')}{' '}
        <span className="visually-hidden">{t('questions.toQuestion', { name: props.name })}</span>
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
