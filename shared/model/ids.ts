// Random identifiers from crypto.getRandomValues, which (unlike crypto.randomUUID) exists on
// plain-http LAN pages as well as in Node.

const HEX = '0123456789abcdef';
/** Crockford base32 without I, L, O, U: easy to read aloud and type from a projector. */
export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** 128 random bits as 32 hex characters. Used for session ids (the y-webrtc room name) and keys. */
export function randomId(bytes = 16): string {
  let out = '';
  for (const b of randomBytes(bytes)) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
}

/** A short, typeable join code like `K7Q2M-X4P9D` (50 bits). */
export function randomJoinCode(): string {
  let out = '';
  for (const b of randomBytes(10)) out += JOIN_CODE_ALPHABET[b & 31]!;
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/** Normalises what a person typed (lower case, missing dash, O for 0) to the canonical code. */
export function normalizeJoinCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== 10) return null;
  for (const ch of cleaned) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return `${cleaned.slice(0, 5)}-${cleaned.slice(5)}`;
}
