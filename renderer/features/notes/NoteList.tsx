// The notes of a session, each an <article> (role article) with its text and author. Items are
// memoized by content, so a new note re-renders one item, not a 5,000-note board.
import { memo } from 'react';
import type * as Y from 'yjs';
import { useDoc } from '../../stores/docStore';
import { formatTime } from '../../app/format';
import type { Note } from '../../../shared/model/noteCommands';
import './notes.css';

const NoteItem = memo(
  function NoteItem({ note: n }: { note: Note }) {
    return (
      <li>
        <article className="note" aria-label={`Note by ${n.authorName || 'someone'}`}>
          <p className="note-text">{n.text}</p>
          <footer className="note-meta">
            {n.authorName || 'Anonymous'} · <time>{formatTime(n.createdAt)}</time>
          </footer>
        </article>
      </li>
    );
  },
  (a, b) =>
    a.note.text === b.note.text &&
    a.note.authorName === b.note.authorName &&
    a.note.createdAt === b.note.createdAt,
);

export function NoteList({ doc, big = false }: { doc: Y.Doc; big?: boolean }) {
  const notes = useDoc(doc, (s) => s.notes);
  return (
    <section aria-labelledby="notes-heading" className="notes-section">
      <h2 id="notes-heading">
        Notes <span className="count">({notes.length})</span>
      </h2>
      {notes.length === 0 && <p className="muted">No notes yet.</p>}
      <ul className={big ? 'notes big' : 'notes'}>
        {notes.map((n) => (
          <NoteItem key={n.id} note={n} />
        ))}
      </ul>
    </section>
  );
}
