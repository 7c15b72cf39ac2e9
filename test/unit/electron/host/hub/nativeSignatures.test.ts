// The host's native ed25519 check gives tweetnacl's answers on what honest and hostile clients send.
import { expect, it } from 'vitest';
import nacl from 'tweetnacl';
import { randomBytes } from 'node:crypto';
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

it('keeps its answers when a key is checked again, and when more keys than it keeps come by', () => {
  const enc = new TextEncoder();
  const ann = nacl.sign.keyPair();
  const msg = enc.encode('offsite/hub/ann');
  const sig = nacl.sign.detached(msg, ann.secretKey);
  expect(verifyEd25519(msg, sig, ann.publicKey)).toBe(true);
  // 5,000 other keys' bytes (more than are kept) push Ann's out; her signature still holds, a flipped
  // one still fails, and a key that is no point on the curve is still refused.
  for (let i = 0; i < 5000; i++) verifyEd25519(msg, sig, randomBytes(32));
  expect(verifyEd25519(msg, sig, ann.publicKey)).toBe(true);
  expect(verifyEd25519(msg, sig, ann.publicKey)).toBe(true);
  const flipped = sig.slice();
  flipped[3]! ^= 1;
  expect(verifyEd25519(msg, flipped, ann.publicKey)).toBe(false);
  const bad = new Uint8Array(32).fill(255);
  expect(verifyEd25519(msg, sig, bad)).toBe(false);
  expect(verifyEd25519(msg, sig, bad)).toBe(false);
});
