// The facilitator's notes of the running block's outcome, for the minutes: what was said and
// agreed, in a few lines, beside the block's decisions and actions. Saved with its button.
import { useState } from 'react';
import type * as Y from 'yjs';
import { setOutcome } from '../../../shared/model/registers/outcomes';
import { ValidationError } from '../../../shared/model/limits';

export function OutcomeNotes(props: {
  doc: Y.Doc;
  block: { id: string; title: string };
  saved: string;
}) {
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
          if (err instanceof ValidationError) setError(err.message);
          else throw err;
        }
      }}
    >
      <label className="field wide">
        Outcome of “{props.block.title}” (for the minutes)
        <textarea
          rows={3}
          value={text}
          placeholder="What was said and agreed, in a few lines"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit" disabled={text.trim() === props.saved.trim()}>
        Save outcome
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
