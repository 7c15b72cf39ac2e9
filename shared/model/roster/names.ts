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
/** Yjs client id -> the first clock its author had to sign names and note authors from; `~`
 * marks the doc as seen (host-written once: authority/signedSince.ts). */
export const SIGNED_SINCE = 'signedSince';

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
  hostMap(ROSTER, 'participantId -> join time, admitted / waiting / removed, and why', [
    'doc',
    'board',
    'readiness',
  ]),
  hostMap(ADMISSION, 'how newcomers are admitted: one per device address, or by hand'),
  // Readers believe what attendees' clients wrote before it without a signature.
  hostMap(SIGNED_SINCE, 'client id -> the clock from which its names and note authors are signed', [
    'doc',
    'board',
  ]),
];

export const rosterMap = (doc: Y.Doc) => doc.getMap<unknown>(ROSTER);
export const admissionMap = (doc: Y.Doc) => doc.getMap<unknown>(ADMISSION);
