// Entries attendees' pages wrote before names and note authors were signed (issue 22) carry no
// signature; readers must not blank their names or hide their notes. The host records, once per
// session, how far each client bound to a participant had written when it first opened the
// session under these rules (a host-only map: no peer can move it), and readers believe an
// attendee client's struct below that clock as they did before; above it, only its signature.
import * as Y from 'yjs';
import { SIGNED_SINCE } from '../roster/names';
import { CLIENTS_MAP } from '../session/names';
import { FACILITATOR_OWNER } from './ownerKeys';

const SEEN = '~';

/** The host, on opening a session: records every participant client's clock, once. */
export function markSignedSince(doc: Y.Doc): void {
  const since = doc.getMap<unknown>(SIGNED_SINCE);
  if (since.has(SEEN)) return;
  doc.getMap<unknown>(CLIENTS_MAP).forEach((who, client) => {
    if (who === FACILITATOR_OWNER || typeof who !== 'string') return;
    const clock = Y.getState(doc.store, Number(client));
    if (clock > 0) since.set(client, clock);
  });
  since.set(SEEN, true);
}

/** Was this struct written before its client had to sign names and note authors? */
export function writtenBefore(doc: Y.Doc, id: Y.ID): boolean {
  const clock = doc.getMap<unknown>(SIGNED_SINCE).get(String(id.client));
  return typeof clock === 'number' && id.clock < clock;
}
