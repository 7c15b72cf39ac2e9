// The facilitator's notes of the running block's outcome, for the minutes: what was said and
// agreed, in a few lines, beside the block's decisions and actions. Saved with its button.
import { useState } from 'react';
import type * as Y from 'yjs';
import { setOutcome } from '../../../shared/model/registers/outcomes';
import { ValidationError } from '../../../shared/model/limits';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

export function OutcomeNotes(props: {
  doc: Y.Doc;
  block: { id: string; title: string };
  saved: string;
}) {
  const t = useT();
  const [text, setText] = useState(props.saved);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="outcome-notes"
      onSubmit={(e) => {
        e.preventDefault();
        try {
          setOutcome(props.doc, { blockId: props.block.id, text });
          setError(null);
        } catch (err) {
          if (err instanceof ValidationError) setError(explain(err));
          else throw err;
        }
      }}
    >
      <label className="field wide">
        {t('registers.outcomeOf', { title: props.block.title })}
        <textarea
          rows={3}
          value={text}
          placeholder={t('registers.outcomePlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit" disabled={text.trim() === props.saved.trim()}>
        {t('registers.saveOutcome')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
