// The host over real HTTP and WebSockets on loopback: API auth, static files, hostile requests,
// and the hub syncing two Y.Docs (the y-websocket client against our hub).
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { useHost } from '#kit/useHost';
import { startTestHost } from '#kit/host';
import { hostApi } from '#kit/hostApi';
import { answerChallenges, attendeeSocketUrl, connectHubPeer } from '#kit/hubPeer';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { readMeta } from '#shared/model/session/read';

const used = useHost({ files: { 'assets/app.js': 'console.log(1)' } });
let host: typeof used.host;

beforeEach(() => {
  host = used.host;
  writeFileSync(join(tmpdir(), 'offsite-secret.txt'), 'secret');
});

const api = (method: string, body: unknown, key: string | null = host.facilitatorKey) =>
  hostApi(host).post(`/api/${method}`, body, { key });

/** Sends raw bytes and returns the raw response (for request lines fetch refuses to send). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = connect(host.port, '127.0.0.1', () => sock.write(request));
    let out = '';
    sock.on('data', (d) => (out += d.toString()));
    sock.on('end', () => resolve(out));
    sock.on('close', () => resolve(out));
    sock.on('error', reject);
  });
}

describe('host API', () => {
  it('refuses calls without the facilitator key', async () => {
    expect((await api('listSessions', {}, null)).status).toBe(401);
    expect((await api('listSessions', {}, 'f'.repeat(32))).status).toBe(401);
  });

  it('creates, lists and describes a session with a LAN join link', async () => {
    const res = await api('createSession', { title: '  Offsite <b>2026</b> 🚀 ' });
    expect(res.status).toBe(200);
    const created = (await res.json()) as {
      id: string;
      title: string;
      joinUrl: string;
      joinCode: string;
    };
    expect(created.title).toBe('Offsite <b>2026</b> 🚀');
    expect(created.joinUrl).toBe(`${host.lanUrl}/join#${created.joinCode}`);
    const list = (await (await api('listSessions', {})).json()) as { id: string }[];
    expect(list.map((s) => s.id)).toEqual([created.id]);
    const replica = await host.hub.open(created.id);
    expect(readMeta(replica.doc).title).toBe('Offsite <b>2026</b> 🚀');
  });

  it('rejects bad arguments with a readable error and never a 500', async () => {
    for (const body of [
      {},
      { title: '' },
      { title: 'x'.repeat(201) },
      { title: 5 },
      { title: 'a', extra: 1 },
    ]) {
      const res = await api('createSession', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/Invalid arguments/);
    }
    const bad = await hostApi(host).post('createSession', '{not json', { type: null });
    expect(bad.status).toBe(400);
    expect((await api('dropTables', {})).status).toBe(404);
    const huge = await api('createSession', { title: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
  });

  it('looks up join codes, tolerating typing slips, and slows down guessing', async () => {
    const created = (await (await api('createSession', { title: 'T' })).json()) as {
      id: string;
      joinCode: string;
    };
    const join = (code: string) => hostApi(host).join(code);
    const ok = (await (await join(created.joinCode.toLowerCase().replace('-', ''))).json()) as {
      sessionId: string;
    };
    expect(ok.sessionId).toBe(created.id);
    // The free wrong guesses are answered at once; past them guesses wait their turn, and a
    // burst of them is refused unheard (limits.test.ts checks the backoff itself).
    for (let i = 0; i < 10; i++) expect((await join('ZZZZZ-ZZZZZ')).status).toBe(404);
    const burst = await Promise.all(
      Array.from({ length: 12 }, () => join('ZZZZZ-ZZZZZ').then((r) => r.status)),
    );
    expect(burst.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
});

describe('static files', () => {
  it('serves the bundle and app routes, and nothing outside it', async () => {
    expect((await fetch(`${host.localUrl}/assets/app.js`)).status).toBe(200);
    const page = await fetch(`${host.localUrl}/console`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${host.localUrl}/nope.txt`)).status).toBe(404);
    const traversal = await raw(
      'GET /assets/../../offsite-secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(traversal).not.toContain('secret');
    const encoded = await fetch(`${host.localUrl}/assets/..%2f..%2foffsite-secret.txt`);
    expect(await encoded.text()).not.toBe('secret');
  });

  it('sends Cross-Origin-Opener-Policy only to loopback names, where browsers honour it', async () => {
    // A LAN address (TEST-NET, never contacted: the request goes to loopback with its Host).
    const lan = await startTestHost({ lanIp: '192.0.2.10' });
    try {
      const get = (hostName: string) =>
        new Promise<string>((resolve, reject) => {
          const sock = connect(lan.port, '127.0.0.1', () =>
            sock.write(
              `GET /join HTTP/1.1\r\nHost: ${hostName}:${lan.port}\r\nConnection: close\r\n\r\n`,
            ),
          );
          let out = '';
          sock.on('data', (d) => (out += d.toString()));
          sock.on('close', () => resolve(out));
          sock.on('error', reject);
        });
      const overLan = await get('192.0.2.10');
      expect(overLan).toMatch(/^HTTP\/1\.1 200/);
      expect(overLan.toLowerCase()).not.toContain('cross-origin-opener-policy');
      expect(overLan.toLowerCase()).toContain('content-security-policy');
      expect((await get('127.0.0.1')).toLowerCase()).toContain(
        'cross-origin-opener-policy: same-origin',
      );
    } finally {
      await lan.close();
    }
  });

  it('survives hostile request lines', async () => {
    for (const line of [
      'GET //[ HTTP/1.1',
      'GET // HTTP/1.1',
      'GET /%E0%A4%A HTTP/1.1',
      'BREW / HTTP/1.1',
    ]) {
      await raw(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`);
    }
    await raw('GET //[ HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    expect((await fetch(`${host.localUrl}/time`)).status).toBe(200);
  });
});

describe('hub', () => {
  async function session() {
    return (await (await api('createSession', { title: 'Hub test' })).json()) as {
      id: string;
      joinCode: string;
    };
  }

  function peer(sessionId: string, token: string, doc = new Y.Doc()) {
    const p = connectHubPeer({
      url: host.localUrl,
      sessionId,
      doc,
      role:
        token === host.facilitatorKey
          ? { as: 'facilitator', key: token }
          : { as: 'attendee', joinCode: token },
    });
    return {
      doc,
      provider: p.provider,
      synced: p.synced,
      id: p.participantId!,
      authorKey: p.authorKey,
    };
  }

  it('carries notes between two peers and keeps the host replica', async () => {
    const s = await session();
    const a = peer(s.id, s.joinCode);
    const b = peer(s.id, host.facilitatorKey);
    await Promise.all([a.synced, b.synced]);
    expect(readMeta(a.doc).title).toBe('Hub test');
    addParkingItem(a.doc, {
      text: 'hello from a',
      authorId: a.id,
      authorName: 'A',
      authorKey: a.authorKey,
    });
    await expect.poll(() => listParkingItems(b.doc).map((n) => n.text)).toEqual(['hello from a']);
    const replica = await host.hub.open(s.id);
    expect(listParkingItems(replica.doc).map((n) => n.text)).toEqual(['hello from a']);
    a.provider.destroy();
    b.provider.destroy();
  });

  it('gets an attendee’s notes in even when its sync mixes in facilitator state the hub lacks', async () => {
    const s = await session();
    // The facilitator wrote timer state that reached the attendee over the mesh, not the hub.
    const facilitatorDoc = new Y.Doc();
    Y.applyUpdate(facilitatorDoc, Y.encodeStateAsUpdate((await host.hub.open(s.id)).doc));
    facilitatorDoc.getMap('timer').set('state', 'running');
    const a = peer(s.id, s.joinCode);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(facilitatorDoc));
    addParkingItem(a.doc, {
      text: 'written while the hub was away',
      authorId: a.id,
      authorName: 'A',
      authorKey: a.authorKey,
    });
    const replica = await host.hub.open(s.id);
    await a.synced;
    // The attendee's own note is taken; the relayed facilitator state is not (not theirs).
    await expect
      .poll(() => listParkingItems(replica.doc).map((n) => n.text))
      .toEqual(['written while the hub was away']);
    expect(replica.doc.getMap('timer').get('state')).toBeUndefined();
    // The facilitator's own connection delivers its state.
    const f = peer(s.id, host.facilitatorKey, facilitatorDoc);
    await expect.poll(() => replica.doc.getMap('timer').get('state')).toBe('running');
    a.provider.destroy();
    f.provider.destroy();
  });

  it('refuses attendee writes to the registers and the board’s control state', async () => {
    const s = await session();
    const a = peer(s.id, s.joinCode);
    await a.synced;
    a.doc.getMap('decisions').set('forged', new Y.Map());
    a.doc.getMap('boardControl').set('b1/phase', 'revealed');
    const replica = await host.hub.open(s.id);
    // A refused write leaves a gap in that client's clock at the hub, so what it writes next
    // waits there for good. An honest attendee's note, sent after, is the barrier we wait for.
    const b = peer(s.id, s.joinCode);
    await b.synced;
    addParkingItem(b.doc, {
      text: 'a fair note',
      authorId: b.id,
      authorName: 'B',
      authorKey: b.authorKey,
    });
    await expect
      .poll(() => listParkingItems(replica.doc).map((n) => n.text))
      .toEqual(['a fair note']);
    expect(replica.doc.getMap('decisions').size).toBe(0);
    expect(replica.doc.getMap('boardControl').size).toBe(0);
    a.provider.destroy();
    b.provider.destroy();
  });

  it('closes a connection that sends garbage, and keeps serving others', async () => {
    const s = await session();
    const attendeeUrl = () =>
      attendeeSocketUrl(host.localUrl, s.id, s.joinCode, 1 + Math.floor(Math.random() * 1e9));
    const url = attendeeUrl();
    const ws = new WebSocket(url);
    expect(await answerChallenges(ws, url)).toBe(true);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.send(Buffer.from([0, 9, 255, 255, 255, 255, 255]));
    expect(await closed).toBe(1007);
    const url2 = attendeeUrl();
    const text = new WebSocket(url2);
    expect(await answerChallenges(text, url2)).toBe(true);
    const closed2 = new Promise<number>((resolve) => text.on('close', (code) => resolve(code)));
    text.send('{"type":"subscribe"}');
    expect(await closed2).toBe(1007);
    const ok = peer(s.id, s.joinCode);
    await ok.synced;
    expect(readMeta(ok.doc).title).toBe('Hub test');
    ok.provider.destroy();
  });

  it('refuses a connection that claims another participant’s client id', async () => {
    const s = await session();
    const a = peer(s.id, s.joinCode);
    await a.synced;
    // Mallory presents Alice's client id with a claim signed by her own key.
    const url = attendeeSocketUrl(host.localUrl, s.id, s.joinCode, a.doc.clientID);
    const ws = new WebSocket(url);
    void answerChallenges(ws, url);
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(4403);
    // And a claim without a key is not a connection.
    const unsigned = new WebSocket(
      `ws://127.0.0.1:${host.port}/sync/${s.id}?token=${s.joinCode}&cid=12345`,
    );
    const status = await new Promise<number>((resolve) =>
      unsigned.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(401);
    a.provider.destroy();
  });

  it('drops awareness entries of client ids the connection does not speak for', async () => {
    const s = await session();
    const a = peer(s.id, s.joinCode);
    const m = peer(s.id, s.joinCode);
    await Promise.all([a.synced, m.synced]);
    a.provider.awareness.setLocalStateField('user', { name: 'Alice', role: 'attendee' });
    const replica = await host.hub.open(s.id);
    await expect
      .poll(
        () =>
          (replica.awareness.getStates().get(a.doc.clientID) as { user?: { name: string } })?.user
            ?.name,
      )
      .toBe('Alice');
    // Mallory rewrites Alice's entry and invents a facilitator, in one awareness update.
    // (Awareness update: count, then per entry client id, clock, JSON state.)
    const fakeId = 424242;
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 2);
    for (const [id, name, role] of [
      [a.doc.clientID, 'Mallory was here', 'attendee'],
      [fakeId, 'Facilitator', 'facilitator'],
    ] as const) {
      encoding.writeVarUint(update, id);
      encoding.writeVarUint(update, 99);
      encoding.writeVarString(update, JSON.stringify({ user: { name, role } }));
    }
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 1);
    encoding.writeVarUint8Array(enc, encoding.toUint8Array(update));
    (m.provider.ws as unknown as WebSocket).send(encoding.toUint8Array(enc));
    // Mallory's own entry, sent after, is the barrier.
    m.provider.awareness.setLocalStateField('user', { name: 'Mallory', role: 'attendee' });
    await expect
      .poll(
        () =>
          (replica.awareness.getStates().get(m.doc.clientID) as { user?: { name: string } })?.user
            ?.name,
      )
      .toBe('Mallory');
    expect(
      (replica.awareness.getStates().get(a.doc.clientID) as { user: { name: string } }).user.name,
    ).toBe('Alice');
    expect(replica.awareness.getStates().has(fakeId)).toBe(false);
    a.provider.destroy();
    m.provider.destroy();
  });
});
