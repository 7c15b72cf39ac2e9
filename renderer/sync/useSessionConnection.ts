// React binding: one SessionConnection per mounted session view, torn down on unmount.
import { useEffect, useState } from 'react';
import { connectSession, type ConnectOptions, type SessionConnection } from './connectSession';
import { META } from '../../shared/model/session/names';

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
 * Whether the page knows the room: the hub has synced, or this browser's own replica brought back
 * a room it had seen (an offline reload: the session's meta, which only the host writes, is in
 * it). Neither an empty replica (`whenLoaded` resolves on one at once) nor the mesh counts: the
 * agenda and the meta come from the hub alone (the mesh's judge refuses them), so a page the mesh
 * had synced still lacked the room's block, and the block's arrival looked like a new situation.
 */
export function useRoomKnown(conn: SessionConnection | null): boolean {
  const [known, setKnown] = useState<SessionConnection | null>(null);
  useEffect(() => {
    if (!conn) return;
    let live = true;
    const done = () => live && setKnown(conn);
    const onHub = (synced: boolean) => synced && done();
    if (conn.hub.synced) done();
    conn.hub.on('sync', onHub);
    void conn.local?.whenSynced.then(() => conn.doc.getMap(META).size > 0 && done());
    return () => {
      live = false;
      conn.hub.off('sync', onHub);
    };
  }, [conn]);
  return conn !== null && known === conn;
}
