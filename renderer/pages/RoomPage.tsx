// The attendee's room: the block's board, polls, the parking lot and questions, the registers.
import { useEffect, useMemo } from 'react';
import { joinSession } from '../../shared/model/session/commands';
import { useSessionConnection } from '../sync/useSessionConnection';
import { RoomParkingLot } from '../features/parkingLot/RoomParkingLot';
import { RoomQuestions } from '../features/questions/RoomQuestions';
import { RoomPolls } from '../features/polls/RoomPolls';
import { ConnectionBadge } from '../features/presence/ConnectionBadge';
import { LobbyGate } from '../features/presence/LobbyGate';
import type { Identity, JoinInfo } from '../features/join/joinSession';
import { AttendeeBoard } from '../features/board/AttendeeBoard';
import { CurrentBlock } from '../features/timer/CurrentBlock';
import { RoomRegisters } from '../features/registers/RoomRegisters';
import { useSessionTitle } from '../features/session/useSessionTitle';
import type { SessionConnection } from '../sync/connectSession';
import { loadAuthorKey } from '../features/board/boardKeys';

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
    }),
    [info.sessionId, info.joinCode],
  );
  const conn = useSessionConnection(opts);

  useEffect(() => {
    if (!conn) return;
    conn.awareness.setLocalStateField('user', {
      participantId: identity.participantId,
      name: identity.name,
      role: 'attendee',
    });
    void conn.whenLoaded.then(() =>
      joinSession(conn.doc, { id: identity.participantId, name: identity.name }),
    );
  }, [conn, identity.participantId, identity.name]);

  if (!conn) return <main className="page">Connecting…</main>;
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
  const title = useSessionTitle(conn.doc, info.title);
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
  return (
    <main className="page room">
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="muted">
            You are <strong>{identity.name}</strong>{' '}
            <button type="button" className="link" onClick={props.onRename}>
              Change name
            </button>
          </p>
        </div>
        <ConnectionBadge conn={conn} />
      </header>
      <CurrentBlock doc={conn.doc} />
      <RoomPolls doc={conn.doc} voter={asker} />
      <AttendeeBoard
        doc={conn.doc}
        awareness={conn.awareness}
        sessionId={info.sessionId}
        participantId={identity.participantId}
        name={identity.name}
        fallback={null}
      />
      <RoomParkingLot doc={conn.doc} authorId={identity.participantId} authorName={identity.name} />
      <RoomQuestions doc={conn.doc} asker={asker} />
      <RoomRegisters doc={conn.doc} participantId={identity.participantId} name={identity.name} />
    </main>
  );
}
