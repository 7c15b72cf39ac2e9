// The projector view (route /projector/<sessionId>, facilitator key required): the current block
// and its prompt, a countdown readable from the back of the room, what comes next, progress
// through the day, and the join link small in a corner.
import '../features/projector/projector.css';
import { useEffect } from 'react';
import { useFacilitatorSession } from '../features/session/useFacilitatorSession';
import type { SessionDetails } from '../../shared/protocol/hostApi';
import { useAgenda } from '../stores/agendaStore';
import { Countdown } from '../features/timer/Countdown';
import { JoinQrCode } from '../features/session/JoinQrCode';
import { projectorModel } from '../features/projector/projectorModel';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useSessionTitle } from '../features/session/useSessionTitle';
import { ProjectorBoard } from '../features/board/ProjectorBoard';
import { ProjectorRegisters } from '../features/registers/ProjectorRegisters';

function ProjectorStage(props: { doc: Y.Doc; awareness: Awareness; details: SessionDetails }) {
  const { doc, awareness, details } = props;
  const title = useSessionTitle(doc, details.title);
  const agenda = useAgenda(doc, (s) => s.agenda);
  const timer = useAgenda(doc, (s) => s.timer);
  const order = useAgenda(doc, (s) => s.order);
  const m = projectorModel(agenda, timer, order);
  const pct = m.dayBlockCount ? Math.round((m.position / m.dayBlockCount) * 100) : 0;
  return (
    <main className="projector">
      <header className="projector-head">
        <p className="projector-day">{m.current ? m.dayLabel : title}</p>
        <h1 className="projector-title">{m.current?.title ?? 'Welcome'}</h1>
        {m.current?.prompt && <p className="projector-prompt">{m.current.prompt}</p>}
      </header>
      <Countdown doc={doc} size="huge" />
      <ProjectorBoard doc={doc} awareness={awareness} />
      {/* Decisions, actions and measures: while discussing, and once the agenda is done. */}
      {(!m.current || m.current.kind === 'discuss') && <ProjectorRegisters doc={doc} />}
      <footer className="projector-foot">
        <div className="projector-progress">
          {m.current && (
            <>
              <p>
                Block {m.position} of {m.dayBlockCount}
              </p>
              <div
                className="progress-bar"
                role="progressbar"
                aria-label="Progress through the day"
                aria-valuemin={0}
                aria-valuemax={m.dayBlockCount}
                aria-valuenow={m.position}
              >
                <div style={{ width: `${pct}%` }} />
              </div>
            </>
          )}
          <p className="projector-next">
            {m.next ? (
              <>
                Next: <strong>{m.next.title}</strong> · {m.next.plannedMinutes} min
              </>
            ) : m.current ? (
              'Last block'
            ) : null}
          </p>
        </div>
        <div className="projector-join">
          <JoinQrCode url={details.joinUrl} />
          <p>
            Join: <span className="code">{details.joinUrl.replace(/^https?:\/\//, '')}</span>
          </p>
        </div>
      </footer>
    </main>
  );
}

export function ProjectorPage({ sessionId }: { sessionId: string }) {
  const { details, error, conn } = useFacilitatorSession(sessionId, 'projector');
  useEffect(() => {
    document.title = details ? `Projector · ${details.title}` : 'Projector';
  }, [details]);

  if (error)
    return (
      <main className="page narrow">
        <p role="alert" className="callout danger">
          {error}
        </p>
      </main>
    );
  if (!details || !conn) return <main className="page">Loading…</main>;
  return <ProjectorStage doc={conn.doc} awareness={conn.awareness} details={details} />;
}
