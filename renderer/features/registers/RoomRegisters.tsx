// What attendees see of the registers: read-only, plus a form to suggest a decision or an action.
import './registers.css';
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { suggest, type SuggestionKind } from '../../../shared/model/registers/suggestions';
import { ValidationError } from '../../../shared/model/limits';
import { RegistersView } from './RegisterLists';
import { useRegisters } from './useRegisters';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

export function RoomRegisters(props: { doc: Y.Doc; participantId: string; name: string }) {
  const t = useT();
  const registers = useRegisters(props.doc);
  const [kind, setKind] = useState<SuggestionKind>('decision');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const mine = registers.suggestions.filter((s) => s.authorId === props.participantId);

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      suggest(props.doc, { kind, text, authorId: props.participantId, authorName: props.name });
      setText('');
      setStatus({ text: t('suggest.sent'), error: false });
    } catch (err) {
      if (err instanceof ValidationError)
        setStatus({ text: explain(err, t('suggest.yours')), error: true });
      else throw err;
    }
  }

  return (
    <section className="card registers" aria-labelledby="room-registers-heading">
      <h2 id="room-registers-heading">{t('registers.heading')}</h2>
      <RegistersView registers={registers} headingLevel={3} />
      <form
        className="composer register-suggest"
        onSubmit={submit}
        aria-label={t('suggest.heading')}
      >
        <h3>{t('suggest.heading')}</h3>
        <fieldset className="suggest-kind">
          <legend>{t('suggest.kind')}</legend>
          <label>
            <input
              type="radio"
              checked={kind === 'decision'}
              onChange={() => setKind('decision')}
            />{' '}
            {t('suggest.decision')}
          </label>{' '}
          <label>
            <input type="radio" checked={kind === 'action'} onChange={() => setKind('action')} />{' '}
            {t('suggest.action')}
          </label>
        </fieldset>
        <label htmlFor="suggestion-text">{t('suggest.yours')}</label>
        <textarea
          id="suggestion-text"
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="row">
          <button type="submit">{t('suggest.send')}</button>
        </div>
        <p role="status" className={status?.error ? 'error' : 'muted'}>
          {status?.text ?? ''}
        </p>
      </form>
      {mine.length > 0 && (
        <>
          <h3>{t('suggest.mine')}</h3>
          <ul>
            {mine.map((s) => (
              <li key={s.id}>
                <span dir="auto">{s.text}</span> — {t('suggest.status', { status: s.status })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
