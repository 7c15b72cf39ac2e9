// Node's own ed25519 for the host's signature checks (signing.ts keeps tweetnacl for browsers):
// the same answers for honest signatures at a hundredth of the cost, so a room joining at once
// does not hold the hub's event loop.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { useSignatureVerifier } from '../../../shared/model/authority/signing';

/** DER SubjectPublicKeyInfo header of an Ed25519 key; the 32 raw key bytes follow it. */
const ED25519_SPKI = Buffer.from('302a300506032b6570032100', 'hex');

/** Keys already made, by their bytes: making a KeyObject cost more than the check itself (0.7 ms
 * of a join's 1 ms in a profile of 500 joins), and each participant's key is checked again for
 * every vote, answer and name. Bounded: the oldest go first; null for bytes that are no key. */
const KEYS_KEPT = 4096;
const keys = new Map<string, KeyObject | null>();

function keyOf(publicKey: Uint8Array): KeyObject | null {
  const id = Buffer.from(publicKey).toString('base64');
  let key = keys.get(id);
  if (key === undefined) {
    try {
      key = createPublicKey({
        key: Buffer.concat([ED25519_SPKI, publicKey]),
        format: 'der',
        type: 'spki',
      });
    } catch {
      key = null; // not a point on the curve: no signature can hold for it
    }
    if (keys.size >= KEYS_KEPT) keys.delete(keys.keys().next().value!);
    keys.set(id, key);
  }
  return key;
}

export function verifyEd25519(
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const key = keyOf(publicKey);
  if (!key) return false;
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** Installs Node's check for every signature the host verifies (hub claims, votes, entries). */
export function useNativeSignatures(): void {
  useSignatureVerifier(verifyEd25519);
}
