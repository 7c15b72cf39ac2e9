// Honest connection state: hub and mesh, shown as text (never colour alone).
import { useEffect, useState } from 'react';
import type { SessionConnection } from '../../sync/connectSession';
import { useT } from '../../i18n/useT';

const PEER_POLL_MS = 2000;
/**
 * How long the hub may be away before the badge says so. A blip (a reconnect after the laptop's
 * clock jumped, a Wi-Fi hand-over) is not news: the badge flipping to its long warning and back
 * re-flowed the console's header, moving every control under a pointer mid-click (agenda-timer
 * once lost a "Next block" click that way), and a polite live region read out each flip.
 */
export const HUB_AWAY_GRACE_MS = 2000;

/** Other pages this one exchanges updates with directly, over an open WebRTC connection. */
function openPeerCount(conn: SessionConnection): number {
  let n = 0;
  for (const c of conn.mesh?.room?.webrtcConns.values() ?? []) if (c.connected && !c.closed) n++;
  return n;
}

type HubState = 'connected' | 'connecting' | 'away';

export function ConnectionBadge({ conn }: { conn: SessionConnection }) {
  const t = useT();
  const [hub, setHub] = useState<HubState>(conn.hub.wsconnected ? 'connected' : 'connecting');
  const [peers, setPeers] = useState(0);
  useEffect(() => {
    // Until the hub has been away for the grace, the badge keeps what it said (or, before the
    // first connection, says it is connecting); then it warns.
    let away: ReturnType<typeof setTimeout> | null = null;
    const onStatus = ({ status }: { status: string }) => {
      if (away) clearTimeout(away);
      away = null;
      if (status === 'connected') setHub('connected');
      else away = setTimeout(() => setHub('away'), HUB_AWAY_GRACE_MS);
    };
    // The socket may have opened (or failed) between render and this effect.
    onStatus({ status: conn.hub.wsconnected ? 'connected' : 'disconnected' });
    conn.hub.on('status', onStatus);
    // y-webrtc's 'peers' list holds connections still being negotiated and ones whose tab is
    // gone; count only open data channels, re-read on each change and every few seconds
    // (an ICE connection opens without any 'peers' event).
    const count = () => setPeers(openPeerCount(conn));
    count();
    conn.mesh?.on('peers', count);
    const poll = setInterval(count, PEER_POLL_MS);
    return () => {
      conn.hub.off('status', onStatus);
      if (away) clearTimeout(away);
      conn.mesh?.off('peers', count);
      clearInterval(poll);
    };
  }, [conn]);
  const online = hub !== 'away' || peers > 0;
  return (
    <p className={`badge ${online ? 'ok' : 'warn'}`} role="status" aria-live="polite">
      <span aria-hidden="true">{online ? '●' : '▲'}</span>{' '}
      {hub === 'connected'
        ? t('connection.connected')
        : hub === 'connecting'
          ? t('room.connecting')
          : t('connection.notConnected')}
      {peers > 0 && ` · ${t('connection.peers', { n: peers })}`}
      {/* Only a page with a replica of its own keeps changes across a reload (the attendee's);
          the console's live in its memory, and its header must not re-flow with a long text. */}
      {!online && conn.local && ` — ${t('connection.kept')}`}
    </p>
  );
}
