// The facilitator's view of one session: title, join link and QR code, who is here, the notes.
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { useSessionTitle } from './useSessionTitle';
import { navigate } from '../../app/router';
import { useFacilitatorSession } from './useFacilitatorSession';
import { NoteList } from '../notes/NoteList';
import { ConnectionBadge } from '../presence/ConnectionBadge';
import { JoinQrCode } from './JoinQrCode';
import { AttendeeCount } from './AttendeeCount';
import { StorageWarning } from '../library/StorageWarning';
import { ConsoleBoard } from '../board/ConsoleBoard';
import { PresenceList } from '../presence/PresenceList';
import { AgendaEditor } from '../agenda/AgendaEditor';
import { TimerControls } from '../timer/TimerControls';
import { PlanVsActual } from '../timer/PlanVsActual';
import { OpenProjector } from '../projector/OpenProjector';
import { ExportButtons } from '../export/ExportButtons';
import { SessionDetailsForm } from '../export/SessionDetailsForm';
import { RegistersPanel } from '../registers/RegistersPanel';

function LiveTitle(props: { doc: Y.Doc; fallback: string }) {
  return <>{useSessionTitle(props.doc, props.fallback)}</>;
}

export function ConsoleSessionPage({ sessionId }: { sessionId: string }) {
  const { details, error, conn, key } = useFacilitatorSession(sessionId, 'facilitator');

  useEffect(() => {
    conn?.awareness.setLocalStateField('user', {
      participantId: 'facilitator',
      name: 'Facilitator',
      role: 'facilitator',
    });
  }, [conn]);

  if (error)
    return (
      <main className="page narrow">
        <p role="alert" className="callout danger">
          {error}
        </p>
      </main>
    );
  if (!details) return <main className="page">Loading…</main>;

  return (
    <main className="page console">
      <header className="page-header">
        <div>
          <a
            href="/console"
            className="back"
            onClick={(e) => {
              e.preventDefault();
              navigate('/console');
            }}
          >
            ← All sessions
          </a>
          <h1>{conn ? <LiveTitle doc={conn.doc} fallback={details.title} /> : details.title}</h1>
        </div>
        {conn && <ConnectionBadge conn={conn} />}
      </header>
      <StorageWarning />
      <div className="console-grid">
        <section className="card join-card" aria-labelledby="join-heading">
          <h2 id="join-heading">Invite the room</h2>
          <JoinQrCode url={details.joinUrl} />
          <p className="join-url">
            <a href={details.joinUrl} target="_blank" rel="noreferrer">
              Join link
            </a>
            <span className="url">{details.joinUrl}</span>
          </p>
          <p className="muted">
            Join code <strong className="code">{details.joinCode}</strong>
          </p>
          {conn && <AttendeeCount awareness={conn.awareness} />}
          {conn && <PresenceList doc={conn.doc} awareness={conn.awareness} />}
          <OpenProjector sessionId={sessionId} />
        </section>
        <div className="console-main">
          {conn && <TimerControls doc={conn.doc} />}
          {conn && <PlanVsActual doc={conn.doc} />}
          {conn && <AgendaEditor doc={conn.doc} />}
          {conn && key && (
            <ConsoleBoard
              doc={conn.doc}
              awareness={conn.awareness}
              sessionId={sessionId}
              facilitatorKey={key}
            />
          )}
          {conn && <RegistersPanel doc={conn.doc} />}
          {conn && <SessionDetailsForm doc={conn.doc} />}
          {conn && key && (
            <ExportButtons doc={conn.doc} sessionId={sessionId} facilitatorKey={key} />
          )}
          {conn && <NoteList doc={conn.doc} />}
        </div>
      </div>
    </main>
  );
}
