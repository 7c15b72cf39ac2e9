// Who counts in a session: the roster the host keeps (gathered by the schema registry). Only the
// host writes it, on each join and on the facilitator's "admit" and "remove" (HostApi), so nobody
// with devtools can admit themselves.
import type * as Y from 'yjs';
import type { TypeSpec } from '../typeSpec';

/** participantId -> RosterRecord { joinedAt, state, reason } (host-written). Device addresses are
 * the host's alone (devices.ts), never here. */
export const ROSTER = 'roster';
/** `mode` -> 'device' (one admitted participant per device address) or 'hand' (host-written). */
export const ADMISSION = 'admission';

const hostMap = (name: string, description: string): TypeSpec => ({
  name,
  kind: 'map',
  writer: 'host',
  maxFieldChars: 0,
  projections: ['doc'],
  description,
});

export const ROSTER_TYPES: readonly TypeSpec[] = [
  hostMap(ROSTER, 'participantId -> join time, admitted / waiting / removed, and why'),
  hostMap(ADMISSION, 'how newcomers are admitted: one per device address, or by hand'),
];

export const rosterMap = (doc: Y.Doc) => doc.getMap<unknown>(ROSTER);
export const admissionMap = (doc: Y.Doc) => doc.getMap<unknown>(ADMISSION);
