// The host's limits over real sockets on loopback (127.0.0.x stand in for attendees' laptops):
// frame sizes, message rates, violations, the doc ceiling, session and address quotas, the
// shared failure limiter, join-code rotation, Host/Origin checks and the key never in a URL.
import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { RunningHost } from '#electron/host/server';
import { useHosts } from '#kit/useHost';
import { hostApi } from '#kit/hostApi';
import { answerChallenges, attendeeQuery } from '#kit/hubPeer';
import type { LimitOverrides } from '#electron/host/limits/limits';
import { SessionStore } from '#electron/host/store/sessionStore';
import { memoryStoreFs } from '#electron/host/store/memoryStoreFs';
import { faultInjectingFs } from '#electron/host/store/faultFs';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { hubProtocols } from '#shared/protocol/hostApi';
import { createAuthorKey } from '#shared/model/board/boardCrypto';
import { participantIdFor } from '#shared/model/authority/signing';

const hosts = useHosts({}, 'offsite-limits-');

async function start(limits?: LimitOverrides, store?: SessionStore, logs: string[] = []) {
  const host = await hosts.start({
    bind: '0.0.0.0',
    log: (m) => logs.push(m),
    ...(limits && { limits }),
    ...(store && { store }),
  });
  return { host, logs };
}

type Outcome = { ws: WebSocket; status: 'open' | number | string };

/** Opens a WebSocket and resolves once it is open (an attendee's: and has answered the join
 * challenge) or refused (with the HTTP status). */
function open(url: string, opts: WebSocket.ClientOptions = {}, protocols?: string[]) {
  return new Promise<Outcome>((resolve) => {
    const ws = new WebSocket(url, protocols, opts);
    const answered = answerChallenges(ws, url);
    ws.once('open', () => {
      if (!url.includes('pk=')) resolve({ ws, status: 'open' });
      else void answered.then(() => resolve({ ws, status: 'open' }));
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve({ ws, status: res.statusCode ?? 0 });
      res.resume();
    });
    ws.once('error', (err) => resolve({ ws, status: err.message }));
  });
}

const closed = (ws: WebSocket) =>
  new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

function syncUpdate(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
}

function noteUpdate(text: string, doc = new Y.Doc(), authorId = 'a'): Uint8Array {
  let out: Uint8Array | null = null;
  doc.once('update', (u: Uint8Array) => (out = u));
  addParkingItem(doc, { text, authorId, authorName: 'A' });
  return out!;
}

/** An HTTP GET with a chosen Host header (fetch does not let us set it). */
function getWithHost(port: number, path: string, host: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

async function session(host: RunningHost, title = 'Limits') {
  return host.api.createSession({ title });
}

describe('hub frames, rates and violations', () => {
  it('closes an attendee frame over 1 MiB with 1009; the facilitator may send a larger one', async () => {
    const { host } = await start();
    const s = await session(host);
    const url = `ws://127.0.0.1:${host.port}/sync/${s.id}`;
    const a = await open(`${url}?${attendeeQuery(s.id, s.joinCode)}`);
    expect(a.status).toBe('open');
    const big = new Uint8Array(1024 * 1024 + 10);
    const code = closed(a.ws);
    a.ws.send(big);
    expect(await code).toBe(1009);
    const doc = new Y.Doc();
    const f = await open(`${url}?cid=${doc.clientID}`, {}, hubProtocols(host.facilitatorKey));
    expect(f.status).toBe('open');
    expect(f.ws.protocol).toBe('offsite'); // the key is never echoed
    const text = 'x'.repeat(900);
    for (let i = 0; i < 1500; i++) addParkingItem(doc, { text, authorId: 'f', authorName: 'F' });
    const state = Y.encodeStateAsUpdate(doc);
    expect(state.length).toBeGreaterThan(1024 * 1024);
    f.ws.send(syncUpdate(state));
    const replica = await host.hub.open(s.id);
    await expect.poll(() => listParkingItems(replica.doc).length).toBe(1500);
    f.ws.close();
  });

  it('after a bad frame applies nothing more from that connection, and logs it once', async () => {
    const { host, logs } = await start();
    const s = await session(host);
    const a = await open(
      `ws://127.0.0.1:${host.port}/sync/${s.id}?${attendeeQuery(s.id, s.joinCode)}`,
    );
    const code = closed(a.ws);
    a.ws.send(Buffer.from([0, 9, 255, 255, 255, 255, 255])); // garbage
    for (let i = 0; i < 50; i++) a.ws.send(syncUpdate(noteUpdate(`after ${i}`)));
    expect(await code).toBe(1007);
    const replica = await host.hub.open(s.id);
    expect(listParkingItems(replica.doc)).toEqual([]);
    expect(logs.filter((l) => l.includes('closing a attendee connection'))).toHaveLength(1);
  });

  it('closes a connection that floods past its token bucket with 1008, applying nothing after', async () => {
    const { host } = await start({ hub: { rate: { attendee: { burst: 20, perSecond: 1 } } } });
    const s = await session(host);
    const a = await open(
      `ws://127.0.0.1:${host.port}/sync/${s.id}?${attendeeQuery(s.id, s.joinCode)}`,
    );
    const code = closed(a.ws);
    const doc = new Y.Doc();
    for (let i = 0; i < 200; i++) a.ws.send(syncUpdate(noteUpdate(`flood ${i}`, doc)));
    expect(await code).toBe(1008);
    const replica = await host.hub.open(s.id);
    expect(listParkingItems(replica.doc).length).toBeLessThanOrEqual(20);
  });

  it('refuses updates past the doc ceiling and tells the facilitator why', async () => {
    const { host } = await start({ hub: { maxDocBytes: 20_000 } });
    const s = await session(host);
    const doc = new Y.Doc();
    const key = createAuthorKey();
    const a = await open(
      `ws://127.0.0.1:${host.port}/sync/${s.id}?${attendeeQuery(s.id, s.joinCode, doc.clientID, key)}`,
    );
    const me = participantIdFor(key);
    for (let i = 0; i < 60; i++)
      a.ws.send(syncUpdate(noteUpdate(`${i} ${'y'.repeat(900)}`, doc, me)));
    await expect
      .poll(async () => (await host.api.storageHealth({})).limits.join('\n'))
      .toMatch(/Limits: This session has reached the host's size limit.*Export it/);
    // The notice travels as words too, for the console's banner in its language.
    const health = await host.api.storageHealth({});
    expect(health.limitWords?.[0]).toMatchObject({
      code: 'limit.docSize',
      values: { title: 'Limits' },
      message: health.limits[0],
    });
    const replica = await host.hub.open(s.id);
    expect(Y.encodeStateAsUpdate(replica.doc).length).toBeLessThan(20_000 * 1.1);
    a.ws.close();
  });

  it('/time answers while the hub judges a hostile 8,000-item update', async () => {
    const { host } = await start();
    const s = await session(host);
    const a = await open(
      `ws://127.0.0.1:${host.port}/sync/${s.id}?${attendeeQuery(s.id, s.joinCode)}`,
    );
    const doc = new Y.Doc();
    doc.transact(() => {
      const timer = doc.getMap('timer'); // facilitator-only: the guard must look at every item
      for (let i = 0; i < 4000; i++) timer.set(`k${i}`, i);
      for (let i = 0; i < 4000; i++)
        addParkingItem(doc, { text: `n${i}`, authorId: 'a', authorName: 'A' });
    });
    a.ws.send(syncUpdate(Y.encodeStateAsUpdate(doc)));
    const res = await fetch(`${host.localUrl}/time`);
    expect(res.status).toBe(200);
    expect(typeof ((await res.json()) as { now: number }).now).toBe('number');
    a.ws.close();
  });
});

describe('connections per session and address', () => {
  it('with 600 signaling connections from one code, the facilitator and another session still connect', async () => {
    const { host } = await start();
    const s1 = await session(host, 'Crowded');
    const s2 = await session(host, 'Other');
    const url = `ws://127.0.0.1:${host.port}/signal`;
    const results: Outcome[] = [];
    for (let batch = 0; batch < 30; batch++) {
      // 20 from each of 30 addresses, 127.0.0.10 … 127.0.0.39.
      const localAddress = `127.0.0.${10 + batch}`;
      results.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, () => open(`${url}?token=${s1.joinCode}`, { localAddress })),
        )),
      );
    }
    const opened = results.filter((r) => r.status === 'open').length;
    expect(opened).toBe(600 - 16);
    expect(results.filter((r) => r.status === 503)).toHaveLength(600 - opened);

    const facilitator = await open(url);
    expect(facilitator.status).toBe('open');
    facilitator.ws.send(JSON.stringify({ type: 'auth', token: `${s1.id}.${host.facilitatorKey}` }));
    facilitator.ws.send(JSON.stringify({ type: 'ping' }));
    const pong = await new Promise<string>((r) =>
      facilitator.ws.once('message', (d) => r(String(d))),
    );
    expect(JSON.parse(pong)).toEqual({ type: 'pong' });
    const other = await open(`${url}?token=${s2.joinCode}`, { localAddress: '127.0.0.10' });
    expect(other.status).toBe('open');
    // The hub counts apart: an attendee of the crowded session still reaches it.
    const hub = await open(
      `ws://127.0.0.1:${host.port}/sync/${s1.id}?${attendeeQuery(s1.id, s1.joinCode)}`,
    );
    expect(hub.status).toBe('open');
    for (const r of [...results, facilitator, other, hub]) r.ws.terminate();
  }, 60_000);

  it('cuts idle TCP sockets past the per-address cap; the host’s own machine still gets in', async () => {
    const { host } = await start({ http: { socketsPerAddress: 20 } });
    const sockets = await Promise.all(
      Array.from(
        { length: 40 },
        () =>
          new Promise<{ s: Socket; cut: Promise<boolean> }>((resolve) => {
            const s = connect({ host: '127.0.0.1', port: host.port, localAddress: '127.0.0.5' });
            const cut = new Promise<boolean>((r) => s.once('close', () => r(true)));
            s.once('connect', () => resolve({ s, cut }));
            s.once('error', () => resolve({ s, cut }));
          }),
      ),
    );
    // The server destroys what is over the cap at once; the rest stay open (idle).
    const cutCount = (
      await Promise.all(
        sockets.map(({ cut }) =>
          Promise.race([cut, fetch(`${host.localUrl}/time`).then(() => false)]),
        ),
      )
    ).filter(Boolean).length;
    expect(cutCount).toBe(20);
    expect((await fetch(`${host.localUrl}/time`)).status).toBe(200);
    for (const { s } of sockets) s.destroy();
  });
});

describe('token checks', () => {
  it('counts wrong tokens on /signal, /sync and /api/join together, and never locks out the right code', async () => {
    const { host } = await start({ authFailures: { free: 3, maxBackoffMs: 400 } });
    const s = await session(host);
    const local = { localAddress: '127.0.0.7' };
    expect((await open(`ws://127.0.0.1:${host.port}/signal?token=WRONG-CODE1`, local)).status).toBe(
      401,
    );
    expect(
      (await open(`ws://127.0.0.1:${host.port}/sync/${s.id}?token=WRONG-CODE2`, local)).status,
    ).toBe(401);
    expect(
      (await open(`ws://127.0.0.1:${host.port}/sync/${s.id}?token=WRONG-CODE3`, local)).status,
    ).toBe(401);
    // The fourth check from that address waits before it is even looked at…
    const started = performance.now();
    const right = await open(`ws://127.0.0.1:${host.port}/signal?token=${s.joinCode}`, local);
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    // …and the right code passes.
    expect(right.status).toBe('open');
    right.ws.close();
  });

  it('never accepts the facilitator key in a URL', async () => {
    const { host } = await start();
    const s = await session(host);
    const key = host.facilitatorKey;
    expect((await open(`ws://127.0.0.1:${host.port}/sync/${s.id}?token=${key}`)).status).toBe(401);
    expect((await open(`ws://127.0.0.1:${host.port}/signal?token=${s.id}.${key}`)).status).toBe(
      401,
    );
  });

  it('a new join code disconnects holders of the old one only; the old code stops working', async () => {
    const { host } = await start();
    const s = await session(host);
    const old = s.joinCode;
    const hubA = await open(`ws://127.0.0.1:${host.port}/sync/${s.id}?${attendeeQuery(s.id, old)}`);
    const sigA = await open(`ws://127.0.0.1:${host.port}/signal?token=${old}`);
    const fac = await open(
      `ws://127.0.0.1:${host.port}/sync/${s.id}?cid=7`,
      {},
      hubProtocols(host.facilitatorKey),
    );
    const other = await session(host, 'Other');
    const hubB = await open(
      `ws://127.0.0.1:${host.port}/sync/${other.id}?${attendeeQuery(other.id, other.joinCode)}`,
    );
    const gone = [closed(hubA.ws), closed(sigA.ws)];
    const rotated = await host.api.rotateJoinCode({ id: s.id });
    expect(rotated.joinCode).not.toBe(old);
    expect(rotated.joinUrl).toContain(rotated.joinCode);
    expect(await Promise.all(gone)).toEqual([4401, 4401]);
    expect(fac.ws.readyState).toBe(WebSocket.OPEN);
    expect(hubB.ws.readyState).toBe(WebSocket.OPEN);
    expect(
      (await open(`ws://127.0.0.1:${host.port}/sync/${s.id}?${attendeeQuery(s.id, old)}`)).status,
    ).toBe(401);
    const fresh = await open(
      `ws://127.0.0.1:${host.port}/sync/${s.id}?${attendeeQuery(s.id, rotated.joinCode)}`,
    );
    expect(fresh.status).toBe('open');
    for (const r of [fac, hubB, fresh]) r.ws.close();
  });
});

describe('Host and Origin', () => {
  it('answers only to its own addresses, and refuses cross-origin upgrades', async () => {
    const { host } = await start();
    const s = await session(host);
    expect(await getWithHost(host.port, '/time', `127.0.0.1:${host.port}`)).toBe(200);
    expect(await getWithHost(host.port, '/time', `localhost:${host.port}`)).toBe(200);
    expect(await getWithHost(host.port, '/time', `rebind.example:${host.port}`)).toBe(421);
    const url = `ws://127.0.0.1:${host.port}/sync/${s.id}?${attendeeQuery(s.id, s.joinCode)}`;
    expect((await open(url, { origin: 'http://evil.example' })).status).toBe(403);
    const own = await open(url, { origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe('open');
    own.ws.close();
    const post = await hostApi(host).join(s.joinCode, {
      headers: { Origin: 'http://evil.example' },
    });
    expect(post.status).toBe(403);
  });
});

describe('clear storage messages', () => {
  it('507 says the data folder is full', async () => {
    const store = new SessionStore({
      dataDir: '/offsite-memory',
      fs: faultInjectingFs(memoryStoreFs(), 'ENOSPC'),
    });
    const { host } = await start(undefined, store);
    const res = await hostApi(host).post('createSession', { title: 'Full' }, { type: null });
    expect(res.status).toBe(507);
    expect(((await res.json()) as { error: string }).error).toMatch(
      /Could not create the session: the data folder is full/,
    );
  });
});
