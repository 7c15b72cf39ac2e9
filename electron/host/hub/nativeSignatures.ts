// Node's own ed25519 for the host's signature checks (signing.ts keeps tweetnacl for browsers):
// the same answers for honest signatures at a hundredth of the cost, so a room joining at once
// does not hold the hub's event loop.
import { createPublicKey, verify } from 'node:crypto';
import { useSignatureVerifier } from '../../../shared/model/authority/signing';

/** DER SubjectPublicKeyInfo header of an Ed25519 key; the 32 raw key bytes follow it. */
const ED25519_SPKI = Buffer.from('302a300506032b6570032100', 'hex');

export function verifyEd25519(
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const key = createPublicKey({
      key: Buffer.concat([ED25519_SPKI, publicKey]),
      format: 'der',
      type: 'spki',
    });
    return verify(null, message, key, signature);
  } catch {
    // Not a point on the curve: no signature can hold for it.
    return false;
  }
}

/** Installs Node's check for every signature the host verifies (hub claims, votes, entries). */
export function useNativeSignatures(): void {
  useSignatureVerifier(verifyEd25519);
}
