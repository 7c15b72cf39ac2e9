// Where the facilitator's board secret comes from: derived from the host's facilitator key (which
// every facilitator window holds and no attendee ever gets) and the session id. Nothing to store
// or hand over, every facilitator window and the host compute the same secret, and a leaked
// per-session secret tells nothing about the facilitator key or about any other session.
import nacl from 'tweetnacl';
import { encodeUtf8 } from 'lib0/string';

export function deriveFacilitatorSecret(facilitatorKey: string, sessionId: string): Uint8Array {
  return nacl
    .hash(encodeUtf8(`offsite/board/facilitator-secret/${sessionId}/${facilitatorKey}`))
    .slice(0, 32);
}
