// Sealing for private writing and hidden votes: tweetnacl (pure JS, so it works on plain-http LAN
// pages where crypto.subtle is missing) with randomness from crypto.getRandomValues.
import nacl from 'tweetnacl';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { decodeUtf8, encodeUtf8 } from 'lib0/string';

// tweetnacl finds a PRNG on its own in browsers and Node; pin it to the one API every runtime
// we target has, so a bundler's shimming of `require('crypto')` can never leave it without one.
nacl.setPRNG((x: Uint8Array, n: number) => {
  const QUOTA = 65536;
  for (let i = 0; i < n; i += QUOTA) {
    const chunk = new Uint8Array(Math.min(n - i, QUOTA));
    globalThis.crypto.getRandomValues(chunk);
    x.set(chunk, i);
  }
});

export type BoardKeyPurpose = 'notes' | 'votes';

/** A participant's personal symmetric key (32 bytes). Kept in their browser, never in the doc. */
export function createAuthorKey(): Uint8Array {
  return nacl.randomBytes(nacl.secretbox.keyLength);
}

/** The facilitator's master secret (32 bytes); every block's key pairs derive from it. */
export function createFacilitatorSecret(): Uint8Array {
  return nacl.randomBytes(32);
}

export function encodeKey(key: Uint8Array): string {
  return toBase64(key);
}

export function decodeKey(text: string): Uint8Array {
  return fromBase64(text);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The key pair of one block for one purpose. Derived (SHA-512 of a label and the master secret)
 * rather than stored, so the facilitator keeps one secret; revealing a block's secret key tells
 * nothing about the master or about any other block.
 */
export function deriveBlockKeyPair(
  facilitatorSecret: Uint8Array,
  blockId: string,
  purpose: BoardKeyPurpose,
): nacl.BoxKeyPair {
  const seed = nacl.hash(
    concat(encodeUtf8(`offsite/board/${purpose}/${blockId}/`), facilitatorSecret),
  );
  // The scalar multiplication costs a few ms and the console's board asks on every read.
  const cacheKey = toBase64(seed);
  const known = derivedPairs.get(cacheKey);
  if (known) return { publicKey: known.publicKey.slice(), secretKey: known.secretKey.slice() };
  const pair = nacl.box.keyPair.fromSecretKey(seed.subarray(0, nacl.box.secretKeyLength));
  if (derivedPairs.size >= 64) derivedPairs.clear();
  derivedPairs.set(cacheKey, pair);
  return { publicKey: pair.publicKey.slice(), secretKey: pair.secretKey.slice() };
}

/** Derived block key pairs by their seed (never by the secret itself); copies are handed out. */
const derivedPairs = new Map<string, nacl.BoxKeyPair>();

/** A stable per-block pseudonym for a voter, computable only with their author key. */
export function votePseudonym(authorKey: Uint8Array, blockId: string): string {
  const h = nacl.hash(concat(encodeUtf8(`offsite/vote-pseudonym/${blockId}/`), authorKey));
  let out = '';
  for (const b of h.subarray(0, 16)) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Seals text to a public key with a fresh ephemeral key pair: ephemeralPub | nonce | box. */
export function sealTo(publicKey: Uint8Array, text: string): string {
  const eph = nacl.box.keyPair();
  const nonce = nacl.randomBytes(nacl.box.nonceLength);
  const box = nacl.box(encodeUtf8(text), nonce, publicKey, eph.secretKey);
  return toBase64(concat(eph.publicKey, nonce, box));
}

/** Opens what sealTo made; null when the key does not fit or the data is damaged. */
export function openSealed(secretKey: Uint8Array, sealed: string): string | null {
  try {
    const raw = fromBase64(sealed);
    const pk = nacl.box.publicKeyLength;
    const nl = nacl.box.nonceLength;
    if (raw.length < pk + nl + nacl.box.overheadLength) return null;
    const plain = nacl.box.open(
      raw.subarray(pk + nl),
      raw.subarray(pk, pk + nl),
      raw.subarray(0, pk),
      secretKey,
    );
    return plain ? decodeUtf8(plain) : null;
  } catch {
    return null;
  }
}

/** Encrypts text for the author alone (secretbox): nonce | box. */
export function lockForAuthor(authorKey: Uint8Array, text: string): string {
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
  return toBase64(concat(nonce, nacl.secretbox(encodeUtf8(text), nonce, authorKey)));
}

/** Opens lockForAuthor's output; null when it is not this author's (the test of ownership). */
export function unlockForAuthor(authorKey: Uint8Array, locked: string): string | null {
  try {
    const raw = fromBase64(locked);
    const nl = nacl.secretbox.nonceLength;
    if (raw.length < nl + nacl.secretbox.overheadLength) return null;
    const plain = nacl.secretbox.open(raw.subarray(nl), raw.subarray(0, nl), authorKey);
    return plain ? decodeUtf8(plain) : null;
  } catch {
    return null;
  }
}
