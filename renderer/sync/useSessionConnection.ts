// React binding: one SessionConnection per mounted session view, torn down on unmount.
import { useEffect, useState } from 'react';
import { connectSession, type ConnectOptions, type SessionConnection } from './connectSession';

export function useSessionConnection(opts: ConnectOptions | null): SessionConnection | null {
  const [conn, setConn] = useState<SessionConnection | null>(null);
  const key = opts ? `${opts.sessionId}|${opts.role}|${opts.secret}` : '';
  useEffect(() => {
    if (!opts) return;
    const c = connectSession(opts);
    setConn(c);
    return () => {
      setConn(null);
      c.destroy();
    };
    // The key captures every field of opts that matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return conn;
}

/**
 * Whether the page knows the room: the hub has synced, a mesh peer has, or this browser's own
 * replica brought back a room it had seen (an offline reload). An empty replica knows nothing:
 * `whenLoaded` resolves on it at once, long before a slow hub brings the agenda.
 */
export function useRoomKnown(conn: SessionConnection | null): boolean {
  const [known, setKnown] = useState<SessionConnection | null>(null);
  useEffect(() => {
    if (!conn) return;
    let live = true;
    const done = () => live && setKnown(conn);
    const onHub = (synced: boolean) => synced && done();
    const onMesh = (e: { synced: boolean }) => e.synced && done();
    if (conn.hub.synced) done();
    conn.hub.on('sync', onHub);
    conn.mesh?.on('synced', onMesh);
    void conn.local?.whenSynced.then(() => conn.doc.store.clients.size > 0 && done());
    return () => {
      live = false;
      conn.hub.off('sync', onHub);
      conn.mesh?.off('synced', onMesh);
    };
  }, [conn]);
  return conn !== null && known === conn;
}
