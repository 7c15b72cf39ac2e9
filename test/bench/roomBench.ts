// The room simulator (issue 15): N lightweight attendees — Node y-websocket clients speaking the
// hub's join protocol (signed client-id claims, hubParams) from loopback addresses, 20 per
// address as laptops' worth of tabs — on one session of the real headless host, and the same
// clients on the reference server (@y/websocket-server 0.1.1, a child process like the host).
// Per N: note-to-all (one attendee adds a note, until every other client holds it; authors
// rotate), sync messages per note (every sync frame any client sent or received meanwhile;
// awareness per second apart), and the server's memory per attendee (RSS before and after).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { startHeadlessHost, removeDir } from '../e2e/headlessHost';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { hubClaim, participantIdOf } from '../../shared/model/authority/signing';
import { addParkingItem } from '../../shared/model/toolkit/parkingLot';
import { PARKING_LOT } from '../../shared/model/toolkit/toolkitNames';
import { round, summarize } from './stats';

const SIZES = (process.env.OFFSITE_ROOM_SIZES ?? '40,150,500').split(',').map(Number);
const NOTES_PER_SIZE = Number(process.env.OFFSITE_ROOM_NOTES ?? 30);
const PER_ADDRESS = 20;
const PRESENCE = process.env.OFFSITE_ROOM_PRESENCE !== '0';
const GAP_MS = 15_000 / NOTES_PER_SIZE;
/** One server's room (join and notes) that takes longer than this is reported unfinished. */
const DEADLINE_MS = Number(process.env.OFFSITE_ROOM_DEADLINE_MIN ?? 5) * 60_000;

interface Server {
  name: string;
  pid: number;
  /** Where a client for `room` connects, and with what URL parameters. */
  url: string;
  room: string;
  params(doc: Y.Doc, key: BenchKey): Record<string, string>;
  stop(): Promise<void>;
}

function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function ours(): Promise<Server> {
  const host = await startHeadlessHost();
  const res = await fetch(`${host.localUrl}/api/createSession`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.key}` },
    body: JSON.stringify({ title: 'Room bench' }),
  });
  if (!res.ok) throw new Error(`createSession: ${res.status}`);
  const s = (await res.json()) as { id: string; joinCode: string };
  return {
    name: 'offsite hub',
    pid: host.process.pid!,
    url: `${host.localUrl.replace(/^http/, 'ws')}/sync`,
    room: s.id,
    // hubParams' claim, signed with Node's ed25519 (tweetnacl would spend the bench's minutes).
    params: (doc, key) => ({
      cid: String(doc.clientID),
      token: s.joinCode,
      pk: Buffer.from(key.publicKey).toString('base64'),
      ps: sign(null, Buffer.from(hubClaim(s.id, doc.clientID)), key.privateKey).toString('base64'),
    }),
    async stop() {
      await host.stop();
      removeDir(host.dataDir);
    },
  };
}

async function reference(): Promise<Server> {
  const port = await freePort();
  const script = createRequire(import.meta.url).resolve('@y/websocket-server/package.json');
  const child: ChildProcess = spawn(
    process.execPath,
    [script.replace(/package\.json$/, 'src/server.js')],
    {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('running') && resolve());
    child.once('exit', () => reject(new Error('reference server exited')));
  });
  return {
    name: '@y/websocket-server 0.1.1',
    pid: child.pid!,
    url: `ws://127.0.0.1:${port}`,
    room: 'room-bench',
    params: () => ({}),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}

/** An attendee's participant key pair (what participantKeys derives in a browser). */
interface BenchKey {
  publicKey: Uint8Array;
  privateKey: KeyObject;
  participantId: string;
}

function benchKey(): BenchKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw 32 key bytes end the DER SubjectPublicKeyInfo.
  const raw = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(12));
  return { publicKey: raw, privateKey, participantId: participantIdOf(raw) };
}

interface Attendee {
  doc: Y.Doc;
  provider: WebsocketProvider;
  participantId: string;
}

/** Frames of the Yjs sync protocol (message type 0) any client sent or received; awareness
 * (presence renewals every 15 s, keep-alives) is counted apart: it depends on time, not notes. */
let frames = 0;
let awarenessFrames = 0;
const count = (data: unknown) => {
  const first =
    data instanceof Uint8Array
      ? data[0]
      : data instanceof ArrayBuffer
        ? new Uint8Array(data)[0]
        : -1;
  if (first === 0) frames++;
  else awarenessFrames++;
};

function connect(server: Server, i: number, key: BenchKey): Attendee {
  const localAddress = `127.0.1.${1 + Math.floor(i / PER_ADDRESS)}`;
  class Counted extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { localAddress });
      this.on('message', (data: unknown) => count(data));
    }
    override send(data: unknown, ...rest: unknown[]) {
      count(data);
      // ws's overloads take (data, cb) or (data, options, cb): pass them on as given.
      (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.url, server.room, doc, {
    params: server.params(doc, key),
    WebSocketPolyfill: Counted as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
  });
  // Presence costs N² frames (every renewal to everyone, every 15 s): in one Node process a room
  // of 500 would spend minutes on it. OFFSITE_ROOM_PRESENCE=0 leaves it out to time notes.
  if (PRESENCE) provider.awareness.setLocalStateField('user', { name: `Attendee ${i}` });
  else provider.awareness.setLocalState(null);
  provider.connect();
  return { doc, provider, participantId: key.participantId };
}

async function room(server: Server, keys: BenchKey[], people: Attendee[]) {
  const n = keys.length;
  const before = rssKiB(server.pid);
  const joinFrom = performance.now();
  for (let i = 0; i < n; i++) people.push(connect(server, i, keys[i]!));
  await Promise.all(
    people.map(
      (p) =>
        new Promise<void>((r) => (p.provider.synced ? r() : p.provider.once('sync', () => r()))),
    ),
  );
  const joinS = (performance.now() - joinFrom) / 1000;
  // Let the joins' awareness and sync traffic settle before timing notes.
  await new Promise((r) => setTimeout(r, 1000));
  const memoryKiB = rssKiB(server.pid) - before;

  const latencies: number[] = [];
  let framesInNotes = 0;
  const measuredFrom = performance.now();
  const awarenessFrom = awarenessFrames;
  for (let k = 0; k < NOTES_PER_SIZE; k++) {
    // Notes spread over one presence renewal period (15 s), so both servers carry the same
    // renewals while notes cross, whenever the room happened to join.
    await new Promise((r) =>
      setTimeout(r, Math.max(0, measuredFrom + k * GAP_MS - performance.now())),
    );
    const author = people[(k * 7) % n]!;
    const id = `bench-${n}-${k}-${Math.random().toString(36).slice(2)}`;
    let missing = n - 1;
    const t0 = performance.now();
    const done = new Promise<void>((resolve) => {
      for (const p of people) {
        if (p === author) continue;
        const notes = p.doc.getMap(PARKING_LOT);
        const check = () => {
          if (!notes.has(id)) return;
          notes.unobserve(check);
          if (--missing === 0) resolve();
        };
        notes.observe(check);
      }
    });
    const f0 = frames;
    addParkingItem(author.doc, {
      id,
      text: `Note ${k} from the room bench`,
      authorId: author.participantId,
      authorName: 'Attendee',
    });
    await done;
    latencies.push(performance.now() - t0);
    framesInNotes += frames - f0;
  }
  const measuredS = (performance.now() - measuredFrom) / 1000;
  for (const p of people) p.provider.destroy();
  for (const p of people) p.doc.destroy();
  const s = summarize(latencies);
  return {
    joinS: round(joinS),
    medianMs: s.median,
    p95Ms: s.p95,
    messagesPerNote: round(framesInNotes / NOTES_PER_SIZE),
    awarenessMessagesPerS: round((awarenessFrames - awarenessFrom) / measuredS),
    memoryPerAttendeeKiB: round(memoryKiB / n),
  };
}

export async function benchRoom(): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const n of SIZES) {
    // Fresh servers per size, alternated, so the machine's load falls on both alike.
    const row: Record<string, unknown> = { attendees: n, presence: PRESENCE };
    const keys = Array.from({ length: n }, benchKey);
    for (const make of [ours, reference]) {
      const server = await make();
      const tag = make === ours ? 'hub' : 'ref';
      const people: Attendee[] = [];
      let timer: NodeJS.Timeout | undefined;
      try {
        const r = await Promise.race([
          room(server, keys, people),
          new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), DEADLINE_MS))),
        ]);
        if (!r) {
          row[`${tag}MedianMs`] = `did not finish in ${DEADLINE_MS / 60_000} min`;
          for (const p of people) p.provider.destroy();
          continue;
        }
        row[`${tag}JoinS`] = r.joinS;
        row[`${tag}MedianMs`] = r.medianMs;
        row[`${tag}P95Ms`] = r.p95Ms;
        row[`${tag}MessagesPerNote`] = r.messagesPerNote;
        row[`${tag}AwarenessMessagesPerS`] = r.awarenessMessagesPerS;
        row[`${tag}MemoryPerAttendeeKiB`] = r.memoryPerAttendeeKiB;
      } finally {
        clearTimeout(timer);
        await server.stop();
      }
      console.log(`[bench] room: ${server.name}: ${JSON.stringify(row)}`);
    }
    row.p95Ratio = round(Number(row.hubP95Ms) / Number(row.refP95Ms), 2);
    // y-webrtc's unbounded mesh: every peer passes every new update to every other peer.
    row.unboundedMeshMessagesPerNote = n * (n - 1);
    console.log(`[bench] room: ${JSON.stringify(row)}`);
    rows.push(row);
  }
  return rows;
}

if (process.argv[1]?.endsWith('roomBench.ts'))
  void benchRoom().then((rows) => {
    console.table(rows);
    process.exit(0);
  });
