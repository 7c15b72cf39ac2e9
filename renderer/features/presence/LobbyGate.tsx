// The attendee's lobby: while the facilitator has not admitted this participant (they wait, or
// were removed), the room is not shown; the page says why and that the facilitator decides. The
// host refuses their writes meanwhile (the judge), so the room's controls would do nothing.
import type { ReactNode } from 'react';
import { useDoc } from '../../stores/docStore';
import './presence.css';
import { ConnectionBadge } from './ConnectionBadge';
import type { SessionConnection } from '../../sync/connectSession';
import { useT } from '../../i18n/useT';
import { useRefusalWords } from '../../i18n/useRefusalWords';
import { lobbyReasonSaid } from './lobbyReason';

export function LobbyGate(props: {
  conn: SessionConnection;
  title: string;
  participantId: string;
  children: ReactNode;
}) {
  const { conn } = props;
  const t = useT();
  // Drawn again when the refusals' words arrive (they say the reason).
  useRefusalWords();
  const standing = useDoc(conn.doc, (s) => s.roster.find((e) => e.id === props.participantId));
  const title = useDoc(conn.doc, (s) => s.meta.title) || props.title;
  if (!standing || standing.state === 'admitted') return <>{props.children}</>;
  const removed = standing.state === 'removed';
  return (
    <main className="page room lobby-page">
      <header className="page-header">
        <h1 dir="auto">{title}</h1>
        <ConnectionBadge conn={conn} />
      </header>
      <section className="card lobby" aria-labelledby="lobby-heading">
        <h2 id="lobby-heading">{removed ? t('lobby.removed') : t('lobby.waiting')}</h2>
        <p>{lobbyReasonSaid(standing.reason)}</p>
        <p className="muted">{removed ? t('lobby.removedHelp') : t('lobby.waitingHelp')}</p>
      </section>
    </main>
  );
}
