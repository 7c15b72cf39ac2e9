// A facilitator window's session (console or projector): its details from the host and the
// doc connected to the room with the facilitator key.
import { useEffect, useMemo, useState } from 'react';
import { hostApi, facilitatorKey } from '../../platform';
import type { SessionDetails } from '../../../shared/protocol/hostApi';
import type { Role } from '../../../shared/model/doc';
import { useSessionConnection } from '../../sync/useSessionConnection';
import type { SessionConnection } from '../../sync/connectSession';

export function useFacilitatorSession(
  sessionId: string,
  role: Exclude<Role, 'attendee'>,
): {
  details: SessionDetails | null;
  error: string | null;
  conn: SessionConnection | null;
  /** The facilitator key (for the board's derived secret and the export API). */
  key: string | null;
} {
  const [details, setDetails] = useState<SessionDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    hostApi()
      ?.getSession({ id: sessionId })
      .then(setDetails, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [sessionId]);
  const key = facilitatorKey();
  const opts = useMemo(
    () => (details && key ? { sessionId, role, secret: key } : null),
    [details, key, sessionId, role],
  );
  return { details, error, conn: useSessionConnection(opts), key };
}
