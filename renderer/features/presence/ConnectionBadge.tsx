// Honest connection state: hub and mesh, shown as text (never colour alone).
import { useEffect, useState } from 'react';
import type { SessionConnection } from '../../sync/connectSession';

export function ConnectionBadge({ conn }: { conn: SessionConnection }) {
  const [hub, setHub] = useState(conn.hub.wsconnected);
  const [peers, setPeers] = useState(0);
  useEffect(() => {
    // The socket may have opened between render and this effect.
    setHub(conn.hub.wsconnected);
    const onStatus = ({ status }: { status: string }) => setHub(status === 'connected');
    conn.hub.on('status', onStatus);
    const onPeers = (e: { webrtcPeers: string[] }) => setPeers(e.webrtcPeers.length);
    conn.mesh?.on('peers', onPeers);
    return () => {
      conn.hub.off('status', onStatus);
      conn.mesh?.off('peers', onPeers);
    };
  }, [conn]);
  const online = hub || peers > 0;
  return (
    <p className={`badge ${online ? 'ok' : 'warn'}`} role="status" aria-live="polite">
      <span aria-hidden="true">{online ? '●' : '▲'}</span>{' '}
      {hub ? 'Connected to the host' : 'Not connected to the host'}
      {peers > 0 && ` · ${peers} direct ${peers === 1 ? 'peer' : 'peers'}`}
      {!online && ' — your notes are kept on this device and sent when the connection returns'}
    </p>
  );
}
