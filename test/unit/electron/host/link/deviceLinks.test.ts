// Linking a second device, attacked against the real host: only an admitted participant's signed
// offer is kept, a code's identity is taken once, a stranger walking the slots is slowed like a
// join-code guesser, and the device that took it joins the hub as the same participant (admitted,
// one roster entry) from another address.
import { describe, expect, it } from 'vitest';
import { useHost } from '#kit/useHost';
import { connectHubPeer } from '#kit/hubPeer';
import { hostApi } from '#kit/hostApi';
import { createAuthorKey } from '#shared/model/board/boardCrypto';
import {
  encodePublicKey,
  participantIdFor,
  participantKeys,
  signText,
} from '#shared/model/authority/signing';
import {
  linkOfferText,
  linkSecrets,
  newLinkCode,
  normalizeLinkCode,
  openIdentity,
  sealIdentity,
} from '#shared/model/roster/deviceLink';
import { readRoster } from '#shared/model/roster/read';
import { ENDPOINTS } from '#shared/protocol/endpoints';

const hub = useHost({ admitEveryone: false, limits: { hub: { challengeMs: 1000 } } });
const WAIT = { timeout: 10_000 };

async function post(path: string, body: unknown) {
  const res = await fetch(`${hub.host.localUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function offer(s: { id: string; joinCode: string }, authorKey: Uint8Array, code: string) {
  const { slot, key } = linkSecrets(s.id, code);
  const keys = participantKeys(authorKey);
  return {
    slot,
    key,
    body: {
      code: s.joinCode,
      slot,
      box: sealIdentity(key, { authorKey, name: 'Ann' }),
      pk: encodePublicKey(keys.publicKey),
      sig: signText(keys.secretKey, linkOfferText(s.id, slot)),
    },
  };
}

describe('linking a second device', () => {
  it('codes: 10 of 31 unambiguous characters, typed in any case, with a dash', () => {
    const code = newLinkCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
    expect(normalizeLinkCode(`${code.slice(0, 5).toLowerCase()} - ${code.slice(5)}`)).toBe(code);
    expect(normalizeLinkCode('ABCDE-FGHJ0')).toBeNull();
    const { key } = linkSecrets('s', code);
    const box = sealIdentity(key, { authorKey: new Uint8Array(32).fill(7), name: 'Ann' });
    expect(openIdentity(key, box)?.name).toBe('Ann');
    expect(openIdentity(linkSecrets('s', newLinkCode()).key, box)).toBeNull();
  });

  it('only an admitted participant offers, a code is taken once, and the taker is that participant', async () => {
    const s = await hub.session('Two devices');
    const annKey = createAuthorKey();
    const ann = connectHubPeer({
      url: hub.host.localUrl,
      sessionId: s.id,
      role: { as: 'attendee', joinCode: s.joinCode, authorKey: annKey },
      localAddress: '127.0.0.51',
    });
    await ann.synced;
    await expect.poll(() => readRoster(ann.doc)[0]?.state, WAIT).toBe('admitted');

    // A stranger's key (never joined) and a forged signature are refused.
    const stranger = offer(s, createAuthorKey(), newLinkCode());
    expect((await post(ENDPOINTS.linkOffer, stranger.body)).status).toBe(403);
    const forged = offer(s, annKey, newLinkCode());
    forged.body.sig = signText(participantKeys(createAuthorKey()).secretKey, 'x');
    expect((await post(ENDPOINTS.linkOffer, forged.body)).status).toBe(403);
    // A wrong join code is a wrong join code.
    const wrong = await post(ENDPOINTS.linkOffer, { ...stranger.body, code: 'ZZZZZZZZZZ' });
    expect(wrong.status).toBe(404);

    const code = newLinkCode();
    const real = offer(s, annKey, code);
    expect(await post(ENDPOINTS.linkOffer, real.body)).toEqual({
      status: 200,
      body: { expiresInMs: 180_000 },
    });
    const taken = await post(ENDPOINTS.linkTake, { code: s.joinCode, slot: real.slot });
    expect(taken.status).toBe(200);
    const id = openIdentity(real.key, taken.body.box)!;
    expect(participantIdFor(id.authorKey)).toBe(ann.participantId);
    // Once only.
    const again = await post(ENDPOINTS.linkTake, { code: s.joinCode, slot: real.slot });
    expect(again.status).toBe(404);

    // The phone, from another address, joins as Ann: admitted, still one roster entry.
    const phone = connectHubPeer({
      url: hub.host.localUrl,
      sessionId: s.id,
      role: { as: 'attendee', joinCode: s.joinCode, authorKey: id.authorKey },
      localAddress: '127.0.0.52',
    });
    await phone.synced;
    expect(phone.participantId).toBe(ann.participantId);
    expect(readRoster(phone.doc)).toHaveLength(1);
    expect(readRoster(phone.doc)[0]!.state).toBe('admitted');
    const devices = await hostApi(hub.host).rosterDevices({ sessionId: s.id });
    expect(devices[ann.participantId!]).toEqual(['127.0.0.51', '127.0.0.52']);
    ann.destroy();
    phone.destroy();
  });

  it('a stranger walking the slots is slowed, then refused, like a join-code guesser', async () => {
    const s = await hub.session('Walk');
    const take = () =>
      post(ENDPOINTS.linkTake, { code: s.joinCode, slot: linkSecrets(s.id, newLinkCode()).slot });
    // Ten free wrong guesses, then each waits longer (250 ms, 500 ms, ...).
    for (let i = 0; i < 10; i++) expect((await take()).status).toBe(404);
    const t = performance.now();
    expect((await take()).status).toBe(404);
    expect((await take()).status).toBe(404);
    expect(performance.now() - t).toBeGreaterThanOrEqual(700);
    // Many at once: past 8 waiting, refused unheard.
    const burst = await Promise.all(Array.from({ length: 10 }, take));
    const statuses = burst.map((r) => r.status);
    expect(statuses).not.toContain(200);
    expect(statuses.filter((c) => c === 429).length).toBeGreaterThan(0);
  }, 60_000);
});
