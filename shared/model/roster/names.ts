// Who counts in a session: the roster the host keeps (gathered by the schema registry). Only the
// host writes it, on each join and on the facilitator's "admit" and "remove" (HostApi), so nobody
// with devtools can admit themselves.
import type * as Y from 'yjs';
import type { TypeSpec } from '../typeSpec';

/** participantId -> RosterRecord { address, joinedAt, state, reason } (host-written). */
export const ROSTER = 'roster';
/** `mode` -> 'device' (one admitted participant per device address) or 'hand' (host-written). */
export const ADMISSION = 'admission';

const hostMap = (
  name: string,
  description: string,
  projections: TypeSpec['projections'] = ['doc'],
): TypeSpec => ({
  name,
  kind: 'map',
  writer: 'host',
  maxFieldChars: 0,
  projections,
  description,
});

export const ROSTER_TYPES: readonly TypeSpec[] = [
  // Boards mark a removed participant's notes; "N of M done" counts only the admitted.
  hostMap(ROSTER, 'participantId -> device address, join time, admitted / waiting / removed', [
    'doc',
    'board',
    'readiness',
  ]),
  hostMap(ADMISSION, 'how newcomers are admitted: one per device address, or by hand'),
];

export const rosterMap = (doc: Y.Doc) => doc.getMap<unknown>(ROSTER);
export const admissionMap = (doc: Y.Doc) => doc.getMap<unknown>(ADMISSION);
