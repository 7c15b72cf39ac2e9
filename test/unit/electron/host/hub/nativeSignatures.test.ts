// The host's native ed25519 check gives tweetnacl's answers on what honest and hostile clients send.
import { expect, it } from 'vitest';
import nacl from 'tweetnacl';
import { verifyEd25519 } from '#electron/host/hub/nativeSignatures';

it('agrees with tweetnacl on good, altered and malformed signatures', () => {
  const enc = new TextEncoder();
  for (let i = 0; i < 20; i++) {
    const keys = nacl.sign.keyPair();
    const other = nacl.sign.keyPair();
    const msg = enc.encode(`offsite/hub/${i}/${1000 + i}`);
    const sig = nacl.sign.detached(msg, keys.secretKey);
    const flipped = sig.slice();
    flipped[i % 64]! ^= 1;
    const cases: [Uint8Array, Uint8Array, Uint8Array][] = [
      [msg, sig, keys.publicKey],
      [enc.encode(`offsite/hub/${i}/9`), sig, keys.publicKey],
      [msg, flipped, keys.publicKey],
      [msg, sig, other.publicKey],
      [msg, new Uint8Array(64), keys.publicKey],
    ];
    for (const [m, s, pk] of cases)
      expect(verifyEd25519(m, s, pk)).toBe(nacl.sign.detached.verify(m, s, pk));
    expect(verifyEd25519(msg, sig, keys.publicKey)).toBe(true);
  }
  // Wrong lengths and a key that is not a curve point are refused, never thrown.
  expect(verifyEd25519(new Uint8Array(1), new Uint8Array(63), new Uint8Array(32))).toBe(false);
  expect(verifyEd25519(new Uint8Array(1), new Uint8Array(64), new Uint8Array(31))).toBe(false);
  expect(verifyEd25519(new Uint8Array(1), new Uint8Array(64), new Uint8Array(32).fill(255))).toBe(
    false,
  );
});
