// Writing a note: a multi-line box, Enter adds (Shift+Enter for a new line).
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { addNote } from '../../../shared/model/noteCommands';
import { NOTE_MAX_CHARS, ValidationError } from '../../../shared/model/limits';
import { readTimer } from '../../../shared/model/timerCommands';

export function NoteComposer(props: { doc: Y.Doc; authorId: string; authorName: string }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(e?: FormEvent) {
    e?.preventDefault();
    try {
      // The block the room is on, so the minutes show the note under it, not in the appendix.
      const blockId = readTimer(props.doc).facts.blockId;
      addNote(props.doc, {
        text,
        authorId: props.authorId,
        authorName: props.authorName,
        blockId,
      });
      setText('');
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else throw err;
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
  }

  const over = text.length > NOTE_MAX_CHARS;
  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor="new-note">New note</label>
      <textarea
        id="new-note"
        value={text}
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={over || undefined}
        aria-describedby="new-note-help"
      />
      <div className="row spread">
        <span id="new-note-help" className={over ? 'error' : 'muted'}>
          {over
            ? `Too long: ${text.length.toLocaleString('en')} of ${NOTE_MAX_CHARS.toLocaleString('en')} characters.`
            : 'Enter adds the note; Shift+Enter starts a new line.'}
        </span>
        <button type="submit" className="primary" disabled={over}>
          Add note
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
