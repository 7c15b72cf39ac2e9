// The cockpit's "now": the block the room is on, its prompt, the facilitator's own notes for it
// (never shown to the room), and what comes next.
import type * as Y from 'yjs';
import { useProjectorModel } from '../projector/useProjectorModel';

export function NowCard({ doc }: { doc: Y.Doc }) {
  const m = useProjectorModel(doc);
  const b = m.current;
  return (
    <section className="card now-card" aria-labelledby="now-heading">
      <p className="eyebrow muted">
        {b
          ? `${m.dayLabel} · block ${m.position} of ${m.dayBlockCount} · ${b.start}–${b.end} · ${b.kind}`
          : 'Not started'}
      </p>
      <h2 id="now-heading">{b ? b.title : 'No block is running'}</h2>
      {b?.prompt && <p className="now-prompt">{b.prompt}</p>}
      <section className="facilitator-notes" aria-labelledby="fnotes-heading">
        <h3 id="fnotes-heading">Your notes for this block</h3>
        {b?.facilitatorNotes ? (
          <p className="fnotes-text">{b.facilitatorNotes}</p>
        ) : (
          <p className="muted">
            {b ? 'None. Add some in the agenda: only you see them.' : 'Start the timer to begin.'}
          </p>
        )}
      </section>
      {m.next && (
        <p className="now-next">
          <span className="muted">Next:</span> <strong>{m.next.title}</strong> ·{' '}
          {m.next.plannedMinutes} min
        </p>
      )}
    </section>
  );
}
