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
