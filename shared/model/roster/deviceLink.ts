// One person, one voice across their devices: a second device (a phone beside a laptop) joins as
// the same participant by taking the first device's author key, not as a second participant. The
// key is the participant: their id, the signatures on their votes and names, the key that opens
// their private notes and their vote pseudonyms all derive from it, so every check on the hub and
// the mesh holds as it is. The first device shows a short code; both derive from it (and the
// session id) a slot name and a secretbox key; the first seals its identity under the key and
// leaves it with the host under the slot (signed with its participant key, so only an admitted
// participant can leave one); the second, given the code, takes it once and opens it. The host
// holds only the sealed box, for a few minutes.
import nacl from 'tweetnacl';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { decodeUtf8, encodeUtf8 } from 'lib0/string';

/** No 0/O, 1/I/L: read off one screen and typed on another. */
export const LINK_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 10 characters of 31: about 49 bits, against a host that lets a device guess a few times. */
export const LINK_CODE_LENGTH = 10;
/** How long the host keeps an offered identity. */
export const LINK_TTL_MS = 3 * 60_000;

export function newLinkCode(random: (n: number) => Uint8Array = nacl.randomBytes): string {
  let code = '';
  const limit = 256 - (256 % LINK_CODE_ALPHABET.length);
  while (code.length < LINK_CODE_LENGTH)
    for (const b of random(LINK_CODE_LENGTH)) {
      if (b >= limit || code.length === LINK_CODE_LENGTH) continue;
      code += LINK_CODE_ALPHABET[b % LINK_CODE_ALPHABET.length];
    }
  return code;
}

/** `ABCDE-FGHJK`, as the first device shows it. */
export const formatLinkCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;

/** The code as typed (any case, spaces and dashes), or null when it cannot be one. */
export function normalizeLinkCode(text: string): string | null {
  const code = text.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== LINK_CODE_LENGTH) return null;
  for (const c of code) if (!LINK_CODE_ALPHABET.includes(c)) return null;
  return code;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The slot the host keeps the sealed identity under, and the key that seals it. */
export function linkSecrets(sessionId: string, code: string): { slot: string; key: Uint8Array } {
  const h = nacl.hash(encodeUtf8(`offsite/device-link/${sessionId}/${code}`));
  return { slot: hex(h.subarray(0, 16)), key: h.slice(32, 32 + nacl.secretbox.keyLength) };
}

/** What the first device signs with its participant key when it offers its identity. */
export const linkOfferText = (sessionId: string, slot: string): string =>
  `offsite/device-link-offer/${sessionId}/${slot}`;

export interface LinkedIdentity {
  authorKey: Uint8Array;
  name: string;
}

export function sealIdentity(key: Uint8Array, id: LinkedIdentity): string {
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
  const body = encodeUtf8(JSON.stringify({ k: toBase64(id.authorKey), n: id.name }));
  const box = nacl.secretbox(body, nonce, key);
  const out = new Uint8Array(nonce.length + box.length);
  out.set(nonce);
  out.set(box, nonce.length);
  return toBase64(out);
}

/** The identity in a sealed box; null when it is not this key's or not well formed. */
export function openIdentity(key: Uint8Array, sealed: unknown): LinkedIdentity | null {
  if (typeof sealed !== 'string') return null;
  try {
    const bytes = fromBase64(sealed);
    const n = nacl.secretbox.nonceLength;
    const body = nacl.secretbox.open(bytes.subarray(n), bytes.subarray(0, n), key);
    if (!body) return null;
    const v = JSON.parse(decodeUtf8(body)) as { k?: unknown; n?: unknown };
    if (typeof v.k !== 'string' || typeof v.n !== 'string') return null;
    const authorKey = fromBase64(v.k);
    return authorKey.length === 32 ? { authorKey, name: v.n } : null;
  } catch {
    return null;
  }
}
