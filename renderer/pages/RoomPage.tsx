// The attendee's room. On a phone, one part at a time: the block (its board, or what it is about
// with the registers) or an open poll first, the questions, the parking lot and (beside a board)
// the registers a tap away on the tab bar; the block's title, countdown and votes left stay at the
// top. Wider screens show every part.
import '../features/room/room.css';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { joinSession } from '../../shared/model/session/commands';
import { currentBlockId } from '../../shared/model/timer/timerState';
import { ownAnswer } from '../../shared/model/polls/results';
import { useRoomKnown, useSessionConnection } from '../sync/useSessionConnection';
import { useDoc } from '../stores/docStore';
import { useAgenda } from '../stores/agendaStore';
import { RoomParkingLot } from '../features/parkingLot/RoomParkingLot';
import { RoomQuestions } from '../features/questions/RoomQuestions';
import { RoomPolls } from '../features/polls/RoomPolls';
import { ConnectionBadge } from '../features/presence/ConnectionBadge';
import { LobbyGate } from '../features/presence/LobbyGate';
import type { Identity, JoinInfo } from '../features/join/joinSession';
import { loadIdentity } from '../features/join/identity';
import { AttendeeBoard } from '../features/board/AttendeeBoard';
import { AttendeeBreakout } from '../features/breakouts/AttendeeBreakout';
import { useRoomBoards } from '../features/board/useRoomBoards';
import { CurrentBar, CurrentDetails } from '../features/timer/CurrentBlock';
import { RoomRegisters } from '../features/registers/RoomRegisters';
import { useSeries } from '../stores/seriesStore';
import { useSessionTitle } from '../features/session/useSessionTitle';
import { RoomTabs, type TabInfo } from '../features/room/RoomTabs';
import { roomSituation, type RoomTab } from '../features/room/roomTabs';
import { useRoomTab } from '../features/room/useRoomTab';
import type { SessionConnection } from '../sync/connectSession';
import { loadAuthorKey } from '../features/board/boardKeys';
import { RoomAnnouncer } from '../features/announce/RoomAnnouncer';
import { useStickyScrollPadding } from '../features/room/useStickyScrollPadding';
import { AddDevice } from '../features/join/AddDevice';
import { preloadVirtualList } from '../features/lists/VirtualList';
import { preloadVirtualColumn } from '../features/board/ColumnItems';
import { useT } from '../i18n/useT';
import { LanguagePicker } from '../i18n/LanguagePicker';
import '../i18n/refusalLoader';

// "Your commitments" (a series' actions) loads when the room has any: most rooms have none; its
// words come with it (features/series/commitmentsWords.ts), not with the room's first visit.
const YourCommitments = lazy(() =>
  import('../features/series/YourCommitments').then(async (m) => {
    await m.loadCommitmentsWords();
    return { default: m.YourCommitments };
  }),
);

/** The room for the name the attendee gave: their identity is worked out here, in the room's
 * chunk, so the join page carries no signing code. */
export function JoinedRoom(props: { info: JoinInfo; name: string; onRename(): void }) {
  const { info, name } = props;
  const identity = useMemo(
    () => ({ ...loadIdentity(info.sessionId), name }),
    [info.sessionId, name],
  );
  return <RoomPage info={info} identity={identity} onRename={props.onRename} />;
}

export function RoomPage(props: {
  info: JoinInfo;
  identity: Identity & { name: string };
  onRename(): void;
}) {
  const { info, identity } = props;
  const opts = useMemo(
    () => ({
      sessionId: info.sessionId,
      role: 'attendee' as const,
      secret: info.joinCode,
      persistLocally: true,
      authorKey: loadAuthorKey(info.sessionId),
      // A big board is arriving: its long lists' code loads beside its bytes, not after them.
      onBigSync: () => {
        preloadVirtualList();
        preloadVirtualColumn();
      },
    }),
    [info.sessionId, info.joinCode],
  );
  const conn = useSessionConnection(opts);
  const t = useT();

  useEffect(() => {
    if (!conn) return;
    conn.awareness.setLocalStateField('user', {
      participantId: identity.participantId,
      name: identity.name,
      role: 'attendee',
    });
    void conn.whenLoaded.then(() =>
      // Signed, so no peer can rename them on the mesh (authorClaims.ts).
      joinSession(conn.doc, {
        id: identity.participantId,
        name: identity.name,
        authorKey: opts.authorKey,
      }),
    );
  }, [conn, identity.participantId, identity.name, opts.authorKey]);

  if (!conn) return <main className="page">{t('room.connecting')}</main>;
  return (
    <LobbyGate conn={conn} title={info.title} participantId={identity.participantId}>
      <Room conn={conn} {...props} />
    </LobbyGate>
  );
}

function Room(props: {
  conn: SessionConnection;
  info: JoinInfo;
  identity: Identity & { name: string };
  onRename(): void;
}) {
  const { conn, info, identity } = props;
  const { doc } = conn;
  const t = useT();
  const title = useSessionTitle(doc, info.title);
  const asker = useMemo(
    () => ({
      participantId: identity.participantId,
      name: identity.name,
      authorKey: loadAuthorKey(info.sessionId),
    }),
    [identity.participantId, identity.name, info.sessionId],
  );
  useEffect(() => {
    document.title = title;
  }, [title]);

  // The block and the open polls re-render the page when they change; the tab's judgement reads
  // the doc itself (roomSituation), which is never behind them.
  useAgenda(doc, (s) => currentBlockId(s.timer, s.order));
  const hasBoard = useRoomBoards(doc).current !== null;
  const polls = useDoc(doc, (s) => s.polls);
  const questions = useDoc(doc, (s) => s.questions);
  const parked = useDoc(doc, (s) => s.parkingLot);
  // What YourCommitments shows anything for: the series' actions, or this participant's name in it.
  const hasCommitments = useSeries(
    doc,
    (s) => s.items.length > 0 || s.links.some((l) => l.participantId === identity.participantId),
  );
  const open = polls.filter((r) => r.poll.state === 'open');
  // Nothing is judged before the room's state has arrived (useRoomTab.ts).
  const situation = useRoomKnown(conn) ? roomSituation(doc) : null;
  const [picked, pick] = useRoomTab(situation?.suggested ?? 'now', situation?.key ?? null);
  // Without a board, the block is a talk or a discussion: its registers are part of "Now".
  const tab = !hasBoard && picked === 'decisions' ? 'now' : picked;
  const shown = (t: RoomTab) => t === tab || (!hasBoard && t === 'decisions' && tab === 'now');
  // Where the board puts what must stay in view (votes left), under the countdown.
  const [statusSlot, setStatusSlot] = useState<HTMLElement | null>(null);
  const stickyRef = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(stickyRef, 'top', 'stickyTop');

  const tabs: TabInfo[] = [
    { tab: 'now', label: hasBoard ? t('room.tab.board') : t('room.tab.now') },
    {
      tab: 'polls',
      label: t('room.tab.polls'),
      count: { n: open.filter((r) => !ownAnswer(doc, r.poll, asker)).length, what: 'toAnswer' },
    },
    {
      tab: 'questions',
      label: t('room.tab.questions'),
      count: { n: questions.filter((q) => q.answeredAt === null).length, what: 'open' },
    },
    {
      tab: 'parking',
      label: t('room.tab.parking'),
      count: { n: parked.filter((i) => !i.outcome).length, what: 'open' },
    },
    ...(hasBoard ? [{ tab: 'decisions' as const, label: t('room.tab.decisions') }] : []),
  ];
  const panel = (t: RoomTab) => ({
    id: `room-panel-${t}`,
    className: `room-panel room-panel-${t}${shown(t) ? ' is-current' : ''}`,
  });

  return (
    <main className="page room">
      <header className="page-header room-header">
        <div>
          <h1 dir="auto">{title}</h1>
          <p className="muted">
            {t('room.youAre')}{' '}
            <strong>
              <bdi>{identity.name}</bdi>
            </strong>{' '}
            <button type="button" className="link" onClick={props.onRename}>
              {t('room.changeName')}
            </button>
          </p>
          <AddDevice info={info} name={identity.name} />
        </div>
        <div className="room-header-side">
          <LanguagePicker compact />
          <ConnectionBadge conn={conn} />
        </div>
      </header>
      <div className="room-sticky" ref={stickyRef}>
        <CurrentBar doc={doc} />
        <div className="room-status" ref={setStatusSlot} />
      </div>
      <div className="room-panels">
        <div className="room-main">
          <div {...panel('now')}>
            <CurrentDetails doc={doc} />
            <AttendeeBreakout
              doc={doc}
              participantId={identity.participantId}
              authorKey={asker.authorKey}
              board={(group) => (
                <AttendeeBoard
                  doc={doc}
                  awareness={conn.awareness}
                  sessionId={info.sessionId}
                  participantId={identity.participantId}
                  name={identity.name}
                  statusSlot={statusSlot}
                  fallback={null}
                  group={group}
                />
              )}
            />
          </div>
          <div {...panel('decisions')}>
            {hasCommitments && (
              <Suspense fallback={null}>
                <YourCommitments
                  doc={doc}
                  participantId={identity.participantId}
                  name={identity.name}
                />
              </Suspense>
            )}
            <RoomRegisters doc={doc} participantId={identity.participantId} name={identity.name} />
          </div>
        </div>
        <div className="room-side">
          <div {...panel('polls')}>
            <RoomPolls doc={doc} voter={asker} />
          </div>
          <div {...panel('questions')}>
            <RoomQuestions doc={doc} asker={asker} />
          </div>
          <div {...panel('parking')}>
            <RoomParkingLot
              doc={doc}
              authorId={identity.participantId}
              authorName={identity.name}
              authorKey={asker.authorKey}
            />
          </div>
        </div>
      </div>
      <RoomTabs tabs={tabs} current={tab} onPick={pick} />
      <RoomAnnouncer doc={doc} hub={conn.hub} />
    </main>
  );
}
