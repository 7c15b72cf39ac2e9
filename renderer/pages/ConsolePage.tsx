// The facilitator's cockpit for one session (route /console/session/<id>[/agenda]). "Run the
// room": the block the room is on with the facilitator's notes, the timer with every control, the
// live board and registers, and the room beside (join code, projector, who is here). "Agenda":
// the agenda editor, with the timer and plan-vs-actual beside it. One connection serves both tabs.
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { consolePath, navigate, type ConsoleTab } from '../app/router';
import { useFacilitatorSession } from '../features/session/useFacilitatorSession';
import { useSessionTitle } from '../features/session/useSessionTitle';
import { ConsoleParkingLot } from '../features/parkingLot/ConsoleParkingLot';
import { ConsoleQuestions } from '../features/questions/ConsoleQuestions';
import { ConsolePolls } from '../features/polls/ConsolePolls';
import { ConnectionBadge } from '../features/presence/ConnectionBadge';
import { StorageWarning } from '../features/library/StorageWarning';
import { ConsoleBoard } from '../features/board/ConsoleBoard';
import { AgendaEditor } from '../features/agenda/AgendaEditor';
import { TimerControls } from '../features/timer/TimerControls';
import { PlanVsActual } from '../features/timer/PlanVsActual';
import { ExportButtons } from '../features/export/ExportButtons';
import { SessionDetailsForm } from '../features/export/SessionDetailsForm';
import { RegistersPanel } from '../features/registers/RegistersPanel';
import { NowCard } from '../features/session/NowCard';
import { RoomAside } from '../features/session/RoomAside';
import { UndoButtons } from '../features/undo/UndoButtons';
import type { SessionConnection } from '../sync/connectSession';
import type { SessionDetails } from '../../shared/protocol/hostApi';
import './console.css';

function LiveTitle(props: { doc: Y.Doc; fallback: string }) {
  const title = useSessionTitle(props.doc, props.fallback);
  useEffect(() => {
    document.title = `${title} · Offsite`;
  }, [title]);
  return <>{title}</>;
}

function TabLink(props: {
  sessionId: string;
  tab: ConsoleTab;
  current: ConsoleTab;
  label: string;
}) {
  const href = consolePath(props.sessionId, props.tab);
  return (
    <a
      href={href}
      className="tab"
      aria-current={props.tab === props.current ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        // Keep the fragment: it carries the facilitator key in a browser.
        navigate(`${href}${window.location.hash}`);
      }}
    >
      {props.label}
    </a>
  );
}

function RunTab(props: { conn: SessionConnection; sessionId: string; keyValue: string | null }) {
  const { conn, sessionId, keyValue: key } = props;
  return (
    <>
      <div className="cockpit-top">
        <NowCard doc={conn.doc} />
        <TimerControls doc={conn.doc} showBlock={false} size="medium" />
      </div>
      <div className="cockpit-work">
        {key && (
          <ConsoleBoard
            doc={conn.doc}
            awareness={conn.awareness}
            sessionId={sessionId}
            facilitatorKey={key}
          />
        )}
        <RegistersPanel doc={conn.doc} />
      </div>
      {/* The facilitator's toolkit: the parking lot, questions from the room, polls. */}
      <div className="cockpit-work toolkit-work">
        {key && <ConsoleParkingLot doc={conn.doc} sessionId={sessionId} facilitatorKey={key} />}
        <ConsoleQuestions doc={conn.doc} />
        <ConsolePolls doc={conn.doc} />
      </div>
      <PlanVsActual doc={conn.doc} />
      <SessionDetailsForm doc={conn.doc} />
      {key && <ExportButtons doc={conn.doc} sessionId={sessionId} facilitatorKey={key} />}
    </>
  );
}

function Cockpit(props: {
  details: SessionDetails;
  conn: SessionConnection | null;
  sessionId: string;
  keyValue: string | null;
  tab: ConsoleTab;
  rotateJoinCode(): Promise<void>;
}) {
  const { details, conn, sessionId, tab } = props;
  return (
    <main className="page console">
      <header className="console-header">
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
        <nav className="console-tabs" aria-label="Session views">
          <TabLink sessionId={sessionId} tab="run" current={tab} label="Run the room" />
          <TabLink sessionId={sessionId} tab="agenda" current={tab} label="Agenda" />
        </nav>
        {conn && <UndoButtons doc={conn.doc} />}
        {conn && <ConnectionBadge conn={conn} />}
      </header>
      <StorageWarning />
      <div className="cockpit">
        <div className="cockpit-main">
          {!conn ? (
            <p className="muted">Connecting…</p>
          ) : tab === 'agenda' ? (
            <AgendaEditor doc={conn.doc} />
          ) : (
            <RunTab conn={conn} sessionId={sessionId} keyValue={props.keyValue} />
          )}
        </div>
        {tab === 'agenda' ? (
          <aside className="room-aside" aria-label="Timer">
            {conn && <TimerControls doc={conn.doc} size="medium" />}
            {conn && <PlanVsActual doc={conn.doc} />}
          </aside>
        ) : (
          <RoomAside
            details={details}
            sessionId={sessionId}
            doc={conn?.doc ?? null}
            awareness={conn?.awareness ?? null}
            rotateJoinCode={props.rotateJoinCode}
          />
        )}
      </div>
    </main>
  );
}

export function ConsolePage({ sessionId, tab }: { sessionId: string; tab: ConsoleTab }) {
  const { details, error, conn, key, rotateJoinCode } = useFacilitatorSession(
    sessionId,
    'facilitator',
  );

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
    <Cockpit
      details={details}
      conn={conn}
      sessionId={sessionId}
      keyValue={key}
      tab={tab}
      rotateJoinCode={rotateJoinCode}
    />
  );
}
