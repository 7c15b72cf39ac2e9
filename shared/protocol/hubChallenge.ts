// The hub's join challenge, in y-websocket's wire format (a varuint message type, then its
// payload): when an attendee's socket opens, the host sends a fresh nonce; the attendee answers
// with its participant key's signature over hubChallengeText(session, client id, nonce). Until the
// answer holds, nothing the connection sends is applied, so a join URL (its client id and public
// key, on plain http) replayed from another connection cannot write.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { hubChallengeText } from '../model/authority/signing';

/** Past y-websocket's own types (0 sync, 1 awareness, 2 auth, 3 query awareness). */
export const MSG_CHALLENGE = 7;

/** The host's challenge: the nonce. */
export function challengeMessage(nonce: string): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_CHALLENGE);
  encoding.writeVarString(enc, nonce);
  return encoding.toUint8Array(enc);
}

/** The signature an answer carries (the message type already read), or null when malformed. */
export function readChallengeAnswer(decoder: decoding.Decoder): string | null {
  try {
    const signature = decoding.readVarString(decoder);
    return signature.length <= 200 ? signature : null;
  } catch {
    return null;
  }
}

/**
 * A y-websocket message handler (provider.messageHandlers[MSG_CHALLENGE]) that answers the
 * host's challenge with `sign` (base64 ed25519 over the text): y-websocket sends what it writes.
 */
export function challengeAnswerer(
  sessionId: string,
  clientId: number,
  sign: (text: string) => string,
): (encoder: encoding.Encoder, decoder: decoding.Decoder) => void {
  return (encoder, decoder) => {
    const nonce = decoding.readVarString(decoder);
    encoding.writeVarUint(encoder, MSG_CHALLENGE);
    encoding.writeVarString(encoder, sign(hubChallengeText(sessionId, clientId, nonce)));
  };
}
