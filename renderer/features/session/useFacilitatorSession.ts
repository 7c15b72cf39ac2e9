// A facilitator window's session (console or projector): its details from the host and the
// doc connected to the room with the facilitator key.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { hostApi, facilitatorKey } from '../../platform';
import type { SessionDetails } from '../../../shared/protocol/hostApi';
import type { Role } from '../../../shared/model/doc';
import { useSessionConnection } from '../../sync/useSessionConnection';
import type { SessionConnection } from '../../sync/connectSession';

const sameDetails = (a: SessionDetails, b: SessionDetails) =>
  JSON.stringify(a) === JSON.stringify(b);

export function useFacilitatorSession(
  sessionId: string,
  role: Exclude<Role, 'attendee'>,
): {
  details: SessionDetails | null;
  error: string | null;
  conn: SessionConnection | null;
  /** The facilitator key (for the board's derived secret and the export API). */
  key: string | null;
  /** Replaces the join code (the host disconnects holders of the old one); the other
   * facilitator windows of this session (the projector) show the new QR code too. */
  rotateJoinCode(): Promise<void>;
  /** Re-reads the details (the join link moved to another address). */
  reload(): void;
  /** Re-reads the details and keeps them when the host does not answer (a periodic re-read: a
   * join code changed in a window no BroadcastChannel reaches). */
  refresh(): void;
} {
  const [details, setDetails] = useState<SessionDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a BroadcastChannel's name
  const channelName = `offsite:details:${sessionId}`;
  const read = useCallback(
    (quiet: boolean) =>
      void hostApi()
        ?.getSession({ id: sessionId })
        .then(
          // The same details keep their identity: a re-read that changed nothing renders nothing.
          (next) => setDetails((prev) => (prev && sameDetails(prev, next) ? prev : next)),
          // A periodic re-read that fails (the host is busy or away) keeps what the screen shows.
          (e: unknown) => quiet || setError(e instanceof Error ? e.message : String(e)),
        ),
    [sessionId],
  );
  const load = useCallback(() => read(false), [read]);
  const refresh = useCallback(() => read(true), [read]);
  useEffect(() => {
    load();
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = () => load();
    return () => channel.close();
  }, [load, channelName]);
  const rotateJoinCode = useCallback(async () => {
    const api = hostApi();
    if (!api) return;
    setDetails(await api.rotateJoinCode({ id: sessionId }));
    const channel = new BroadcastChannel(channelName);
    channel.postMessage('join-code-changed');
    channel.close();
  }, [sessionId, channelName]);
  const key = facilitatorKey();
  // Only whether details arrived matters here: a new join code must not reconnect the doc.
  const ready = details !== null;
  const opts = useMemo(
    () => (ready && key ? { sessionId, role, secret: key } : null),
    [ready, key, sessionId, role],
  );
  return {
    details,
    error,
    conn: useSessionConnection(opts),
    key,
    rotateJoinCode,
    reload: load,
    refresh,
  };
}
