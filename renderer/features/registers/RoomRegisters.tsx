// What attendees see of the registers: read-only, plus a form to suggest a decision or an action.
import './registers.css';
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { suggest, type SuggestionKind } from '../../../shared/model/registers/suggestions';
import { ValidationError } from '../../../shared/model/limits';
import { RegistersView } from './RegisterLists';
import { useRegisters } from './useRegisters';

export function RoomRegisters(props: { doc: Y.Doc; participantId: string; name: string }) {
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
      setStatus({ text: 'Sent to the facilitator.', error: false });
    } catch (err) {
      if (err instanceof ValidationError) setStatus({ text: err.message, error: true });
      else throw err;
    }
  }

  return (
    <section className="card registers" aria-labelledby="room-registers-heading">
      <h2 id="room-registers-heading">Decisions, actions and measures</h2>
      <RegistersView registers={registers} headingLevel={3} />
      <form className="composer register-suggest" onSubmit={submit} aria-label="Suggest">
        <h3>Suggest</h3>
        <fieldset className="suggest-kind">
          <legend>Suggest a</legend>
          <label>
            <input
              type="radio"
              checked={kind === 'decision'}
              onChange={() => setKind('decision')}
            />{' '}
            decision
          </label>{' '}
          <label>
            <input type="radio" checked={kind === 'action'} onChange={() => setKind('action')} />{' '}
            action
          </label>
        </fieldset>
        <label htmlFor="suggestion-text">Your suggestion</label>
        <textarea
          id="suggestion-text"
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="row">
          <button type="submit">Send suggestion</button>
        </div>
        <p role="status" className={status?.error ? 'error' : 'muted'}>
          {status?.text ?? ''}
        </p>
      </form>
      {mine.length > 0 && (
        <>
          <h3>Your suggestions</h3>
          <ul>
            {mine.map((s) => (
              <li key={s.id}>
                <span dir="auto">{s.text}</span> —{' '}
                {s.status === 'open'
                  ? 'waiting'
                  : s.status === 'accepted'
                    ? 'accepted'
                    : 'dismissed'}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
