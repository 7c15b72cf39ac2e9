// Honest connection state: hub and mesh, shown as text (never colour alone).
import { useEffect, useState } from 'react';
import type { SessionConnection } from '../../sync/connectSession';
import { useT } from '../../i18n/useT';

const PEER_POLL_MS = 2000;

/** Other pages this one exchanges updates with directly, over an open WebRTC connection. */
function openPeerCount(conn: SessionConnection): number {
  let n = 0;
  for (const c of conn.mesh?.room?.webrtcConns.values() ?? []) if (c.connected && !c.closed) n++;
  return n;
}

export function ConnectionBadge({ conn }: { conn: SessionConnection }) {
  const t = useT();
  const [hub, setHub] = useState(conn.hub.wsconnected);
  const [peers, setPeers] = useState(0);
  useEffect(() => {
    // The socket may have opened between render and this effect.
    setHub(conn.hub.wsconnected);
    const onStatus = ({ status }: { status: string }) => setHub(status === 'connected');
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
      conn.mesh?.off('peers', count);
      clearInterval(poll);
    };
  }, [conn]);
  const online = hub || peers > 0;
  return (
    <p className={`badge ${online ? 'ok' : 'warn'}`} role="status" aria-live="polite">
      <span aria-hidden="true">{online ? '●' : '▲'}</span>{' '}
      {hub ? t('connection.connected') : t('connection.notConnected')}
      {peers > 0 && ` · ${t('connection.peers', { n: peers })}`}
      {!online && ` — ${t('connection.kept')}`}
    </p>
  );
}
