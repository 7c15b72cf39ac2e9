// The signaling server against real sockets: a node:http server on 127.0.0.1, `ws` clients
// speaking y-webrtc's protocol, and one real y-webrtc WebrtcProvider. No sleeps: every step awaits an event.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, type ClientOptions } from 'ws';
import * as Y from 'yjs';
import { WebrtcProvider, type SignalingConn } from 'y-webrtc';
import { createSignalingServer, type SignalingServer } from '#electron/host/signaling/signaling';
import {
  MAX_MALFORMED_FRAMES,
  type SignalingOptions,
} from '#electron/host/signaling/signalingOptions';
import { parseSignalingFrame } from '#electron/host/signaling/frameGuard';

const TOKENS: Record<string, string> = { 'tok-a': 'room-1', 'tok-b': 'room-1', 'tok-c': 'room-2' };
const TIMEOUT_MS = 3_000;

function within<T>(promise: Promise<T>, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}`)), TIMEOUT_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

interface Client {
  ws: WebSocket;
  /** The next JSON message from the server (buffered, so none is missed). */
  next(): Promise<unknown>;
  send(value: unknown): void;
  /** Sends a ping and resolves on its pong: everything sent before has been handled. */
  roundTrip(): Promise<void>;
  /** Resolves on close (its timeout starts when read). */
  readonly closed: Promise<{ code: number; reason: string }>;
}

function wrap(ws: WebSocket): Client {
  const queue: unknown[] = [];
  const waiters: ((value: unknown) => void)[] = [];
  ws.on('message', (data) => {
    const value: unknown = JSON.parse(String(data));
    const waiter = waiters.shift();
    if (waiter) waiter(value);
    else queue.push(value);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const next = (): Promise<unknown> =>
    within(
      queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise((r) => waiters.push(r)),
      'a message',
    );
  return {
    ws,
    next,
    get closed() {
      return within(closed, 'close');
    },
    send: (value) => ws.send(typeof value === 'string' ? value : JSON.stringify(value)),
    async roundTrip() {
      ws.send(JSON.stringify({ type: 'ping' }));
      expect(await next()).toEqual({ type: 'pong' });
    },
  };
}

interface Harness {
  signaling: SignalingServer;
  logs: string[];
  url(token?: string): string;
  open(token: string | undefined, options?: ClientOptions): Promise<Client>;
  /** The error a refused upgrade produces (it names the HTTP status). */
  refusal(token?: string): Promise<string>;
}

const running: { http: Server; signaling: SignalingServer }[] = [];

async function start(options: Partial<SignalingOptions> = {}): Promise<Harness> {
  const logs: string[] = [];
  const signaling = createSignalingServer({
    authorize: (token) => TOKENS[token] ?? null,
    log: (message) => logs.push(message),
    ...options,
  });
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on('upgrade', (req, socket, head) => signaling.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  running.push({ http, signaling });
  const { port } = http.address() as AddressInfo;
  const url = (token?: string): string =>
    `ws://127.0.0.1:${port}/signal${token === undefined ? '' : `?token=${token}`}`;
  return {
    signaling,
    logs,
    url,
    async open(token, clientOptions) {
      const ws = new WebSocket(url(token), clientOptions);
      const client = wrap(ws);
      await within(
        new Promise<void>((resolve, reject) => ws.once('open', resolve).once('error', reject)),
        'open',
      );
      return client;
    },
    refusal: (token) =>
      within(
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url(token));
          ws.once('open', () => resolve('opened'));
          ws.once('error', (error) => resolve(error.message));
        }),
        'refusal',
      ),
  };
}

afterEach(async () => {
  for (const { http, signaling } of running.splice(0)) {
    await signaling.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }
});

async function subscribed(h: Harness, token: string, topic = TOKENS[token]): Promise<Client> {
  const client = await h.open(token);
  client.send({ type: 'subscribe', topics: [topic] });
  await client.roundTrip();
  return client;
}

describe('signaling protocol (y-webrtc bin/server.js compatible)', () => {
  it('relays a publish to every subscriber of the topic, sender included, with clients', async () => {
    const h = await start();
    const a = await subscribed(h, 'tok-a');
    const b = await subscribed(h, 'tok-b');
    const data = { type: 'announce', from: 'peer-a' };
    a.send({ type: 'publish', topic: 'room-1', data, extra: 'not relayed' });
    const expected = { type: 'publish', topic: 'room-1', data, clients: 2 };
    expect(await a.next()).toEqual(expected);
    expect(await b.next()).toEqual(expected);
    expect(h.signaling.stats()).toMatchObject({ connections: 2, topics: 1, framesDropped: 0 });
  });

  it('stops relaying after unsubscribe and forgets membership on close', async () => {
    const h = await start();
    const a = await subscribed(h, 'tok-a');
    const b = await subscribed(h, 'tok-b');
    b.send({ type: 'unsubscribe', topics: ['room-1'] });
    await b.roundTrip();
    a.send({ type: 'publish', topic: 'room-1', data: 1 });
    expect(await a.next()).toMatchObject({ clients: 1 });
    await b.roundTrip(); // the pong comes first: nothing was relayed to b
    a.ws.close();
    await a.closed;
    await vi.waitFor(() =>
      expect(h.signaling.stats()).toMatchObject({ connections: 1, topics: 0 }),
    );
  });

  it('works with a real y-webrtc WebrtcProvider (subscribe + announce, and back)', async () => {
    const h = await start();
    const global = globalThis as { WebSocket?: unknown };
    const hadWebSocket = global.WebSocket !== undefined;
    global.WebSocket ??= WebSocket; // Node 20 has no global WebSocket; lib0 needs one
    const observer = await subscribed(h, 'tok-b');
    const doc = new Y.Doc();
    const provider = new WebrtcProvider('room-1', doc, {
      signaling: [h.url('tok-a')],
      peerOpts: { config: { iceServers: [] } },
    });
    try {
      const announce = await observer.next();
      expect(announce).toMatchObject({
        type: 'publish',
        topic: 'room-1',
        data: { type: 'announce', from: provider.room?.peerId },
        clients: 2,
      });
      const conn = provider.signalingConns[0] as SignalingConn;
      const received = new Promise<unknown>((resolve) =>
        conn.on('message', (m: { data?: { from?: string } }) => {
          if (m.data?.from === 'observer') resolve(m);
        }),
      );
      // Addressed to nobody, so the provider reads it but starts no WebRTC connection.
      const data = { type: 'signal', from: 'observer', to: 'nobody', signal: {} };
      observer.send({ type: 'publish', topic: 'room-1', data });
      expect(await within(received, 'relay to y-webrtc')).toMatchObject({ data, clients: 2 });
    } finally {
      provider.disconnect(); // destroy() alone leaves the signaling connection reconnecting
      provider.destroy();
      doc.destroy();
      if (!hadWebSocket) delete global.WebSocket;
    }
  });
});

describe('signaling authorization and admission', () => {
  it('refuses a missing, empty or unknown token, or a throwing authorize, with HTTP 401', async () => {
    const h = await start({
      authorize: (token) => {
        if (token === 'boom') throw new Error('store unavailable');
        return TOKENS[token] ?? null;
      },
    });
    for (const token of ['', 'nope', 'boom']) {
      expect(await h.refusal(token)).toMatch(/401/);
    }
    expect(h.logs.some((line) => line.includes('store unavailable'))).toBe(true);
    expect(h.logs.join('\n')).not.toContain('nope'); // tokens are secrets: never logged
    expect(h.signaling.stats().connections).toBe(0);
  });

  it('refuses attendees beyond the session’s places with HTTP 503, keeping the facilitator’s reserve and other sessions open', async () => {
    const h = await start({
      authorize: (token) =>
        token === 'fac-1' ? { topic: 'room-1', role: 'facilitator' } : (TOKENS[token] ?? null),
      limits: { connections: { perSession: 3, facilitatorReserve: 1, perAddress: 100 } },
    });
    await h.open('tok-a');
    await h.open('tok-b');
    expect(await h.refusal('tok-a')).toMatch(/503/);
    await h.open('fac-1'); // the reserve
    await h.open('tok-c'); // another session
    expect(await h.refusal('fac-1')).toMatch(/503/); // the reserve is used up too
  });

  it('refuses attendees beyond the per-address cap, but not the facilitator', async () => {
    const h = await start({
      authorize: (token) =>
        token === 'fac-1' ? { topic: 'room-1', role: 'facilitator' } : (TOKENS[token] ?? null),
      limits: { connections: { perSession: 100, facilitatorReserve: 1, perAddress: 2 } },
    });
    await h.open('tok-a');
    await h.open('tok-c');
    expect(await h.refusal('tok-b')).toMatch(/503/);
    await h.open('fac-1');
    // From another address the same code still gets in.
    await h.open('tok-b', { localAddress: '127.0.0.2' });
  });

  it('authenticates a connection without a token by its first frame, handling what came before', async () => {
    const h = await start({
      authorize: (token, via) =>
        token === 'fac-1' && via === 'frame'
          ? { topic: 'room-1', role: 'facilitator' }
          : token === 'fac-1'
            ? null
            : (TOKENS[token] ?? null),
    });
    const a = await subscribed(h, 'tok-a');
    const f = await h.open(undefined);
    f.send({ type: 'subscribe', topics: ['room-1'] }); // y-webrtc subscribes on connect
    f.send({ type: 'auth', token: 'fac-1' });
    await f.roundTrip();
    a.send({ type: 'publish', topic: 'room-1', data: 'hi' });
    expect(await f.next()).toMatchObject({ data: 'hi', clients: 2 });
    // A wrong auth frame closes with 4401; frames without one are held only so long.
    const g = await h.open(undefined);
    g.send({ type: 'auth', token: 'guess' });
    expect((await g.closed).code).toBe(4401);
    const k = await h.open(undefined);
    for (let i = 0; i <= 16; i++) k.send({ type: 'ping' });
    expect((await k.closed).code).toBe(1008);
    // The facilitator's token is not accepted in the URL.
    expect(await h.refusal('fac-1')).toMatch(/401/);
  });

  it('drops subscribes and publishes to topics the token does not grant', async () => {
    const h = await start();
    const a = await subscribed(h, 'tok-a');
    const c = await h.open('tok-c'); // granted room-2 only
    c.send({ type: 'subscribe', topics: ['room-1'] });
    await c.roundTrip();
    a.send({ type: 'publish', topic: 'room-1', data: 'hello' });
    expect(await a.next()).toMatchObject({ clients: 1 });
    await c.roundTrip(); // pong first: c was never subscribed to room-1
    c.send({ type: 'publish', topic: 'room-1', data: 'intrusion' });
    await c.roundTrip();
    await a.roundTrip(); // pong first: nothing reached a
    expect(h.signaling.stats()).toMatchObject({ framesDropped: 2, topics: 1 });
  });
});

describe('signaling hostile input', () => {
  const malformed: [string, string][] = [
    ['invalid JSON', '{"type":"ping"'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"ping"'],
    ['an array', '[{"type":"ping"}]'],
    ['no type', '{}'],
    ['a numeric type', '{"type":5}'],
    ['type via __proto__', '{"__proto__":{"type":"ping"}}'],
    ['topics not an array', '{"type":"subscribe","topics":"room-1"}'],
    ['topics missing', '{"type":"subscribe"}'],
    ['topics of numbers', '{"type":"subscribe","topics":[1,2]}'],
    ['topics of objects', '{"type":"unsubscribe","topics":[{"toString":"room-1"}]}'],
    ['10,000 topics', JSON.stringify({ type: 'subscribe', topics: Array(10_000).fill('') })],
    ['topic not a string', '{"type":"publish","topic":["room-1"],"data":{}}'],
    ['publish without data', '{"type":"publish","topic":"room-1"}'],
  ];

  it.each(malformed)('drops %s without replying, then keeps serving', async (_name, frame) => {
    const h = await start();
    const a = await subscribed(h, 'tok-a');
    a.send(frame);
    await a.roundTrip();
    expect(h.signaling.stats()).toMatchObject({ framesDropped: 1, connections: 1, topics: 1 });
  });

  it('ignores unknown message types without ever closing', async () => {
    const h = await start();
    const a = await h.open('tok-a');
    for (let i = 0; i < MAX_MALFORMED_FRAMES * 2; i += 1) a.send({ type: 'hello', topics: 1 });
    await a.roundTrip();
    expect(h.signaling.stats()).toMatchObject({ framesDropped: 20, connectionsClosedForAbuse: 0 });
  });

  it('closes with 1007 after repeated garbage', async () => {
    const h = await start();
    const a = await h.open('tok-a');
    for (let i = 0; i < MAX_MALFORMED_FRAMES; i += 1) a.send('not json');
    expect((await a.closed).code).toBe(1007);
    expect(h.signaling.stats()).toMatchObject({ connectionsClosedForAbuse: 1 });
  });

  it('closes with 1003 on a binary frame', async () => {
    const h = await start();
    const a = await subscribed(h, 'tok-a');
    a.ws.send(Buffer.from(JSON.stringify({ type: 'ping' })), { binary: true });
    expect((await a.closed).code).toBe(1003);
    await vi.waitFor(() =>
      expect(h.signaling.stats()).toMatchObject({ connections: 0, topics: 0 }),
    );
  });

  it('closes with 1007 on a text frame that is not UTF-8', async () => {
    const h = await start();
    const a = await subscribed(h, 'tok-a');
    a.ws.send(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), { binary: false });
    expect((await a.closed).code).toBe(1007);
    expect(h.signaling.stats()).toMatchObject({ connectionsClosedForAbuse: 1, framesDropped: 1 });
  });

  it('closes with 1009 on a frame over maxFrameBytes, and accepts one just under', async () => {
    const h = await start({ limits: { maxFrameBytes: 1024 } });
    const a = await subscribed(h, 'tok-a');
    const publish = (size: number): string => {
      const frame = JSON.stringify({ type: 'publish', topic: 'room-1', data: '' });
      return frame.replace('"data":""', `"data":"${'x'.repeat(size - frame.length)}"`);
    };
    a.send(publish(1024));
    expect(await a.next()).toMatchObject({ type: 'publish' });
    a.send(publish(1025));
    expect((await a.closed).code).toBe(1009);
    expect(h.signaling.stats()).toMatchObject({ connectionsClosedForAbuse: 1, framesDropped: 1 });
  });

  it('closes a flood beyond the default rate limit with 1008', async () => {
    const h = await start();
    const a = await h.open('tok-a');
    for (let i = 0; i < 1_000; i += 1) a.send({ type: 'ping' });
    expect((await a.closed).code).toBe(1008);
    expect(h.signaling.stats().connectionsClosedForAbuse).toBe(1);
  });

  it('refills its token bucket on the injected clock', async () => {
    let clock = 1_000;
    const h = await start({
      now: () => clock,
      limits: { rate: { burst: 3, perSecond: 1 } },
    });
    const a = await h.open('tok-a');
    for (let i = 0; i < 3; i += 1) await a.roundTrip();
    clock += 3_000; // three tokens earned back
    for (let i = 0; i < 3; i += 1) await a.roundTrip();
    a.send({ type: 'ping' }); // the fourth with an empty bucket
    expect((await a.closed).code).toBe(1008);
  });

  it('survives a client that vanishes mid-stream', async () => {
    const h = await start();
    const a = await subscribed(h, 'tok-a');
    const b = await subscribed(h, 'tok-b');
    b.ws.terminate();
    a.send({ type: 'publish', topic: 'room-1', data: 'x' });
    expect(await a.next()).toMatchObject({ type: 'publish' });
    await vi.waitFor(() => expect(h.signaling.stats().connections).toBe(1));
  });
});

describe('signaling keepalive and shutdown', () => {
  it('closes connections that stop answering ws pings, keeps live ones', async () => {
    let sweep = (): void => undefined;
    const h = await start({ heartbeat: (fn) => ((sweep = fn), () => undefined) });
    const live = await subscribed(h, 'tok-a');
    const dead = await h.open('tok-c', { autoPong: false });
    const pinged = (c: Client): Promise<unknown> =>
      within(new Promise((r) => c.ws.once('ping', r)), 'ping');
    const pings = [pinged(live), pinged(dead)];
    sweep();
    await Promise.all(pings);
    await live.roundTrip(); // its automatic pong was handled before this
    sweep();
    expect((await dead.closed).code).toBe(1006); // terminated, no close frame
    await live.roundTrip();
    await vi.waitFor(() => expect(h.signaling.stats().connections).toBe(1));
  });

  it('close() terminates every connection and refuses new ones', async () => {
    const h = await start();
    const a = await subscribed(h, 'tok-a');
    const c = await subscribed(h, 'tok-c');
    await h.signaling.close();
    expect((await a.closed).code).toBe(1006);
    expect((await c.closed).code).toBe(1006);
    expect(h.signaling.stats()).toMatchObject({ connections: 0, topics: 0 });
    expect(await h.refusal('tok-a')).toMatch(/503/);
  });
});

describe('parseSignalingFrame', () => {
  it('accepts the four y-webrtc message types and nothing looser', () => {
    expect(parseSignalingFrame('{"type":"ping"}', 4)).toEqual({
      ok: true,
      message: { type: 'ping' },
    });
    expect(parseSignalingFrame('{"type":"subscribe","topics":["a","b"]}', 4)).toMatchObject({
      ok: true,
    });
    expect(parseSignalingFrame('{"type":"subscribe","topics":["a","b","c"]}', 2)).toMatchObject({
      ok: false,
      verdict: 'malformed',
    });
    expect(parseSignalingFrame('{"type":"publish","topic":"a","data":null}', 4)).toMatchObject({
      ok: true,
      message: { data: null },
    });
    expect(parseSignalingFrame('{"type":"toString"}', 4)).toMatchObject({ verdict: 'ignored' });
  });
});
