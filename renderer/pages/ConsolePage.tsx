// The facilitator's cockpit for one session (route /console/session/<id>[/agenda]). "Run the
// room": the block the room is on with the facilitator's notes, the timer with every control, the
// live board and registers, and the room beside (join code, projector, who is here). "Agenda":
// the agenda editor, with the timer and plan-vs-actual beside it. One connection serves both tabs.
// "Board view" (B) gives the run tab's screen to the board: a slim timer, the panels behind
// buttons with badges of what arrived unseen, one of them at a time beside the board.
import { useEffect, useState, type ReactNode } from 'react';
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
import { ConsoleBreakouts } from '../features/breakouts/ConsoleBreakouts';
import { AgendaEditor } from '../features/agenda/AgendaEditor';
import { TimerControls } from '../features/timer/TimerControls';
import { PlanVsActual } from '../features/timer/PlanVsActual';
import { ExportButtons } from '../features/export/ExportButtons';
import { SessionDetailsForm } from '../features/export/SessionDetailsForm';
import { RegistersPanel } from '../features/registers/RegistersPanel';
import { NowCard } from '../features/session/NowCard';
import { RoomAside } from '../features/session/RoomAside';
import { UndoButtons } from '../features/undo/UndoButtons';
import { PanelTabs, type PanelTab } from '../features/session/PanelTabs';
import { PANEL_HEADINGS, useInbox } from '../features/session/useInbox';
import { useBoardShortcuts } from '../features/timer/useBoardShortcuts';
import { useProjectorPageKeys } from '../features/projector/ProjectorScreenPicker';
import { ariaKeys } from '../features/timer/shortcuts';
import type { SessionConnection } from '../sync/connectSession';
import type { SessionDetails } from '../../shared/protocol/hostApi';
import { RoomAnnouncer } from '../features/announce/RoomAnnouncer';
import { ReviewBlock } from '../features/series/ReviewBlock';
import { FollowUpButton } from '../features/series/FollowUpButton';
import { useCurrentKind } from '../features/series/useCurrentKind';
import './console.css';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/useT';

function LiveTitle(props: { doc: Y.Doc; fallback: string }) {
  const title = useSessionTitle(props.doc, props.fallback);
  const t = useT();
  useEffect(() => {
    document.title = t('console.pageTitle', { title });
  }, [title, t]);
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

type Panel = 'questions' | 'parking' | 'polls' | 'registers' | 'room';
/** Where "jump to the panel" lands in the cockpit (each panel's heading). */
const PANEL_HEADING_IDS: Record<Panel, string> = {
  ...PANEL_HEADINGS,
  registers: 'registers-heading',
  polls: 'console-polls-heading',
  room: 'join-heading',
};

function RunTab(props: {
  conn: SessionConnection;
  sessionId: string;
  keyValue: string | null;
  boardView: boolean;
  room: ReactNode;
}) {
  const { conn, sessionId, keyValue: key, boardView } = props;
  const t = useT();
  // The board view's panel beside the board (none: the board takes the whole width).
  const [open, setOpen] = useState<Panel | null>(null);
  const unseen = useInbox(conn.doc, `${boardView}:${open}`);
  const reviewing = useCurrentKind(conn.doc) === 'review';
  useProjectorPageKeys(conn.doc);
  const breakouts = key && (
    <ConsoleBreakouts
      doc={conn.doc}
      awareness={conn.awareness}
      sessionId={sessionId}
      facilitatorKey={key}
    />
  );
  const board = key && (
    <ConsoleBoard
      doc={conn.doc}
      awareness={conn.awareness}
      sessionId={sessionId}
      facilitatorKey={key}
      compact={boardView}
    />
  );
  const panels: Record<Panel, ReactNode> = {
    questions: <ConsoleQuestions doc={conn.doc} />,
    parking: key && <ConsoleParkingLot doc={conn.doc} sessionId={sessionId} facilitatorKey={key} />,
    polls: <ConsolePolls doc={conn.doc} />,
    registers: <RegistersPanel doc={conn.doc} />,
    room: props.room,
  };
  const tabs: PanelTab<Panel>[] = [
    { id: 'questions', label: t('console.panel.questions'), unseen: unseen.questions },
    { id: 'parking', label: t('console.panel.parking'), unseen: unseen.parking },
    { id: 'polls', label: t('console.panel.polls') },
    { id: 'registers', label: t('console.panel.registers'), unseen: unseen.registers },
    ...(boardView ? [{ id: 'room' as const, label: t('console.panel.room') }] : []),
  ];

  if (boardView)
    return (
      <>
        <div className="board-view-top">
          <TimerControls doc={conn.doc} size="normal" />
          <PanelTabs tabs={tabs} open={open} onChoose={(p) => setOpen(open === p ? null : p)} />
        </div>
        {breakouts}
        <div className={`board-view-work${open ? ' with-panel' : ''}`}>
          {board}
          {open && <div className="board-view-panel">{panels[open]}</div>}
        </div>
      </>
    );
  return (
    <>
      <div className="cockpit-top">
        <NowCard doc={conn.doc} />
        <TimerControls doc={conn.doc} showBlock={false} size="medium" />
      </div>
      <PanelTabs
        tabs={tabs}
        onChoose={(p) => {
          const heading = document.getElementById(PANEL_HEADING_IDS[p]);
          if (!heading) return;
          heading.tabIndex = -1;
          heading.scrollIntoView({ block: 'start' });
          heading.focus({ preventScroll: true });
        }}
      />
      {reviewing && <ReviewBlock doc={conn.doc} />}
      {breakouts}
      <div className="cockpit-work">
        {board}
        {panels.registers}
      </div>
      {/* The facilitator's toolkit: the parking lot, questions from the room, polls. */}
      <div className="cockpit-work toolkit-work">
        {panels.parking}
        {panels.questions}
        {panels.polls}
      </div>
      <PlanVsActual doc={conn.doc} />
      <SessionDetailsForm doc={conn.doc} />
      {key && <ExportButtons doc={conn.doc} sessionId={sessionId} facilitatorKey={key} />}
      <FollowUpButton sessionId={sessionId} />
    </>
  );
}

function BoardViewToggle(props: { on: boolean; toggle(): void }) {
  const t = useT();
  useBoardShortcuts({ boardView: props.toggle });
  return (
    <button
      type="button"
      className="board-view-toggle"
      aria-pressed={props.on}
      aria-keyshortcuts={ariaKeys('boardView')}
      onClick={props.toggle}
    >
      {t('console.boardView')}
    </button>
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
  const t = useT();
  // The board view: the board takes the screen; the other panels wait behind buttons above it.
  const [boardView, setBoardView] = useState(false);
  const wide = boardView && tab === 'run';
  const room = (
    <RoomAside
      details={details}
      sessionId={sessionId}
      doc={conn?.doc ?? null}
      awareness={conn?.awareness ?? null}
      rotateJoinCode={props.rotateJoinCode}
    />
  );
  return (
    <main className={`page console${wide ? ' board-view' : ''}`}>
      <header className="console-header">
        <a
          href="/console"
          className="back"
          onClick={(e) => {
            e.preventDefault();
            navigate('/console');
          }}
        >
          {t('console.allSessions')}
        </a>
        <h1>{conn ? <LiveTitle doc={conn.doc} fallback={details.title} /> : details.title}</h1>
        <nav className="console-tabs" aria-label={t('console.views')}>
          <TabLink sessionId={sessionId} tab="run" current={tab} label={t('console.tab.run')} />
          <TabLink
            sessionId={sessionId}
            tab="agenda"
            current={tab}
            label={t('console.tab.agenda')}
          />
        </nav>
        {tab === 'run' && (
          <BoardViewToggle on={boardView} toggle={() => setBoardView((on) => !on)} />
        )}
        {conn && <UndoButtons doc={conn.doc} />}
        {/* One group, at the row's end: where a long language wraps the header (German at
            1440 px), the connection and the language sit at the right of the second row. */}
        <div className="console-header-status">
          {conn && <ConnectionBadge conn={conn} />}
          {/* The facilitator's language: the projector (same browser) follows it. */}
          <LanguagePicker compact />
        </div>
      </header>
      {conn && <RoomAnnouncer doc={conn.doc} hub={conn.hub} />}
      <StorageWarning />
      <div className="cockpit">
        <div className="cockpit-main">
          {!conn ? (
            <p className="muted">{t('console.connecting')}</p>
          ) : tab === 'agenda' ? (
            <AgendaEditor doc={conn.doc} />
          ) : (
            <RunTab
              conn={conn}
              sessionId={sessionId}
              keyValue={props.keyValue}
              boardView={wide}
              room={room}
            />
          )}
        </div>
        {tab === 'agenda' ? (
          <aside className="room-aside" aria-label={t('console.timer')}>
            {conn && <TimerControls doc={conn.doc} size="medium" />}
            {conn && <PlanVsActual doc={conn.doc} />}
          </aside>
        ) : (
          !wide && room
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
  const t = useT();

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
  if (!details) return <main className="page">{t('console.loading')}</main>;
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
