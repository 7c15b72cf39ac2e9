// Keys that make authority independent of the path an update travels:
// - each participant signs with an ed25519 key derived from their author key; their participant
//   id is a hash of its public key, so "this entry is P's" can be checked by anyone, anywhere;
// - the facilitator signs with a key derived from the facilitator key and the session id, whose
//   public half attendees receive from the host when they join.
import nacl from 'tweetnacl';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { encodeUtf8 } from 'lib0/string';

export interface SigningKeys {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

const seedFrom = (label: string, secret: Uint8Array): Uint8Array => {
  const label8 = encodeUtf8(label);
  const joined = new Uint8Array(label8.length + secret.length);
  joined.set(label8);
  joined.set(secret, label8.length);
  return nacl.hash(joined).subarray(0, nacl.sign.seedLength);
};

const hex = (bytes: Uint8Array) => {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
};

/** The last few derivations, by their seed (never by the secret itself): each costs a scalar
 * multiplication (5–7 ms on a laptop in tweetnacl, more on a phone), and a joining page asked for
 * the same one five times (61 ms of its join's CPU profile). Copies are handed out. */
const derived = new Map<string, SigningKeys>();
const DERIVED_KEPT = 8;

/** A participant's signing keys, derived from their author key (kept in their browser only). */
export function participantKeys(authorKey: Uint8Array): SigningKeys {
  const seed = seedFrom('offsite/participant-sign/', authorKey);
  const id = toBase64(seed);
  let keys = derived.get(id);
  if (!keys) {
    keys = nacl.sign.keyPair.fromSeed(seed);
    if (derived.size >= DERIVED_KEPT) derived.delete(derived.keys().next().value!);
    derived.set(id, keys);
  }
  return { publicKey: keys.publicKey.slice(), secretKey: keys.secretKey.slice() };
}

/** The participant id that belongs to a public key: 32 hex characters of its SHA-512. */
export function participantIdOf(publicKey: Uint8Array): string {
  return hex(nacl.hash(publicKey).subarray(0, 16));
}

/** The facilitator's signing keys for one session (every facilitator window and the host). */
export function facilitatorKeys(facilitatorKey: string, sessionId: string): SigningKeys {
  return nacl.sign.keyPair.fromSeed(
    seedFrom(`offsite/facilitator-sign/${sessionId}/`, encodeUtf8(facilitatorKey)),
  );
}

export function signText(secretKey: Uint8Array, text: string): string {
  return toBase64(nacl.sign.detached(encodeUtf8(text), secretKey));
}

type DetachedVerify = (
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
) => boolean;

let verifyDetached: DetachedVerify = nacl.sign.detached.verify;

/**
 * Swaps the ed25519 check for a native one. The host uses Node's (about 17 ms per check in
 * tweetnacl on a busy laptop, so 500 attendees joining at once held its event loop for seconds);
 * browsers keep tweetnacl, which works on plain-http pages.
 */
export function useSignatureVerifier(verify: DetachedVerify): void {
  verifyDetached = verify;
}

/** True when `signature` (base64) signs `text` for `publicKey`; false for anything malformed. */
export function verifyText(publicKey: Uint8Array, text: string, signature: unknown): boolean {
  if (typeof signature !== 'string' || publicKey.length !== nacl.sign.publicKeyLength) return false;
  try {
    const sig = fromBase64(signature);
    if (sig.length !== nacl.sign.signatureLength) return false;
    return verifyDetached(encodeUtf8(text), sig, publicKey);
  } catch {
    return false;
  }
}

export function encodePublicKey(key: Uint8Array): string {
  return toBase64(key);
}

/** A base64 public key, or null when the text is not one. */
export function decodePublicKey(text: unknown): Uint8Array | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  try {
    const key = fromBase64(text);
    return key.length === nacl.sign.publicKeyLength ? key : null;
  } catch {
    return null;
  }
}

/**
 * What an attendee signs to prove to the hub that a Yjs client id is theirs, on this connection:
 * the host sends a fresh nonce when the socket opens (shared/protocol/hubChallenge.ts), so a join
 * URL seen on the wire cannot be replayed from another connection.
 */
export const hubChallengeText = (sessionId: string, clientId: number, nonce: string) =>
  `offsite/hub/${sessionId}/${clientId}/${nonce}`;

/** The query parameters a hub connection presents: the join code (attendees; the facilitator
 * key travels in a subprotocol, never in a URL), the Yjs client id it writes with, and for
 * attendees their public key (the signature comes later, over the host's nonce). */
export function hubParams(
  sessionId: string,
  joinCode: string | null,
  clientId: number,
  publicKey?: Uint8Array,
): Record<string, string> {
  const params: Record<string, string> = { cid: String(clientId) };
  if (joinCode !== null) params.token = joinCode;
  if (publicKey) params.pk = encodePublicKey(publicKey);
  return params;
}

/** The participant id of whoever holds this author key. */
export const participantIdFor = (authorKey: Uint8Array): string =>
  participantIdOf(participantKeys(authorKey).publicKey);
