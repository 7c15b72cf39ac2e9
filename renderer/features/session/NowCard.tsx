// The cockpit's "now": the block the room is on, its prompt, the facilitator's own notes for it
// (never shown to the room), and what comes next.
import type * as Y from 'yjs';
import { useProjectorModel } from '../projector/useProjectorModel';
import { useT } from '../../i18n/useT';

export function NowCard({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const m = useProjectorModel(doc);
  const b = m.current;
  return (
    <section className="card now-card" aria-labelledby="now-heading">
      <p className="eyebrow muted">
        {b
          ? t('session.nowLine', {
              day: m.dayLabel,
              n: m.position,
              total: m.dayBlockCount,
              start: b.start,
              end: b.end,
              kind: t('agenda.kind', { kind: b.kind }),
            })
          : t('session.notStarted')}
      </p>
      <h2 id="now-heading">{b ? b.title : t('session.noBlockRunning')}</h2>
      {b?.prompt && <p className="now-prompt">{b.prompt}</p>}
      <section className="facilitator-notes" aria-labelledby="fnotes-heading">
        <h3 id="fnotes-heading">{t('session.yourNotes')}</h3>
        {b?.facilitatorNotes ? (
          <p className="fnotes-text">{b.facilitatorNotes}</p>
        ) : (
          <p className="muted">{b ? t('session.noNotes') : t('session.startToBegin')}</p>
        )}
      </section>
      {m.next && (
        <p className="now-next">
          <span className="muted">{t('projector.next')}</span> <strong>{m.next.title}</strong> ·{' '}
          {t('projector.minutes', { n: m.next.plannedMinutes })}
        </p>
      )}
    </section>
  );
}
