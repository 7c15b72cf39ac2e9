// Host memory per attendee (issue 15): N Node y-websocket attendees join one session of the real
// headless host (signed client-id claims, as in a browser), beside the same clients on the
// reference server (@y/websocket-server 0.1.1, a child process like the host), alternated in the
// same run. Per server: RSS before the joins and once they settled, and the V8 heap both times
// (read from a heap snapshot the server writes on SIGUSR2 under --heapsnapshot-signal, which
// collects garbage first): RSS is what the laptop gives, the heap is what the server keeps.
// Presence on or off (OFFSITE_HUB_MEMORY_PRESENCE=0), sizes from OFFSITE_HUB_MEMORY_SIZES.
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { startHeadlessHost, removeDir } from '#kit/headlessHost';
import { hostApi } from '#kit/hostApi';
import { connectHubPeer, nativeKey, type NativeKey, type PeerRole } from '#kit/hubPeer';
import { REFERENCE_NAME, rssKiB, startReferenceServer } from './referenceServer';
import { round } from './stats';

const SIZES = (process.env.OFFSITE_HUB_MEMORY_SIZES ?? '150').split(',').map(Number);
const PRESENCE = process.env.OFFSITE_HUB_MEMORY_PRESENCE !== '0';
const PER_ADDRESS = 20;
/** A folder to keep the heap snapshots in, for a look in DevTools' Memory panel. */
const KEEP = process.env.OFFSITE_HUB_MEMORY_KEEP;
let kept = 0;
/** Joins and their awareness and sync traffic settle for this long before the second reading. */
const SETTLE_MS = Number(process.env.OFFSITE_HUB_MEMORY_SETTLE_MS ?? 2000);

interface Server {
  name: string;
  pid: number;
  url: string;
  room: string;
  /** Where --heapsnapshot-signal writes (the server's working directory). */
  snapshotDir: string;
  /** How an attendee with this key joins (the hub's protocol, or none for the reference). */
  role(key: NativeKey): PeerRole;
  stop(): Promise<void>;
}

/** Asks the server for a heap snapshot and returns the V8 heap it holds (live objects), in KiB. */
async function heapKiB(server: Server): Promise<number> {
  const before = new Set(readdirSync(server.snapshotDir));
  process.kill(server.pid, 'SIGUSR2');
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const file = readdirSync(server.snapshotDir).find(
      (f) => f.endsWith('.heapsnapshot') && !before.has(f),
    );
    if (!file) continue;
    const path = join(server.snapshotDir, file);
    // Written in one go; a snapshot that does not parse yet is still being written.
    try {
      const size = selfSizes(readFileSync(path, 'utf8'));
      if (KEEP)
        renameSync(path, join(KEEP, `${server.name.replace(/\W+/g, '-')}-${++kept}.heapsnapshot`));
      else rmSync(path);
      return Math.round(size / 1024);
    } catch {
      continue;
    }
  }
}

/** The sum of every node's self size in a .heapsnapshot. */
function selfSizes(text: string): number {
  const snap = JSON.parse(text) as {
    snapshot: { meta: { node_fields: string[] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const at = fields.indexOf('self_size');
  let sum = 0;
  for (let i = at; i < snap.nodes.length; i += fields.length) sum += snap.nodes[i]!;
  return sum;
}

async function ours(): Promise<Server> {
  const snapshotDir = mkdtempSync(join(tmpdir(), 'offsite-bench-heap-'));
  const args = process.env.OFFSITE_HOST_NODE_ARGS ?? '';
  process.env.OFFSITE_HOST_NODE_ARGS = `${args} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}`;
  const host = await startHeadlessHost().finally(() => (process.env.OFFSITE_HOST_NODE_ARGS = args));
  const api = hostApi(host);
  const s = await api.createSession({ title: 'Hub memory bench' });
  // The replica opens with the first join; open it now so that it is not counted per attendee.
  await api.getSession({ id: s.id });
  return {
    name: 'offsite hub',
    pid: host.process.pid!,
    url: `${host.localUrl.replace(/^http/, 'ws')}/sync`,
    room: s.id,
    snapshotDir,
    role: (k) => ({ as: 'attendee', joinCode: s.joinCode, nativeKey: k }),
    async stop() {
      await host.stop();
      removeDir(host.dataDir);
      rmSync(snapshotDir, { recursive: true, force: true });
    },
  };
}

async function reference(): Promise<Server> {
  const snapshotDir = mkdtempSync(join(tmpdir(), 'offsite-bench-heap-'));
  const ref = await startReferenceServer([
    '--heapsnapshot-signal=SIGUSR2',
    `--diagnostic-dir=${snapshotDir}`,
  ]);
  return {
    name: REFERENCE_NAME,
    pid: ref.pid,
    url: ref.url,
    room: 'hub-memory-bench',
    snapshotDir,
    role: () => ({ as: 'plain' }),
    async stop() {
      await ref.stop();
      rmSync(snapshotDir, { recursive: true, force: true });
    },
  };
}

function connect(
  server: Server,
  i: number,
  k: NativeKey,
): { doc: Y.Doc; provider: WebsocketProvider } {
  const { doc, provider } = connectHubPeer({
    url: server.url,
    sessionId: server.room,
    role: server.role(k),
    localAddress: `127.0.1.${1 + Math.floor(i / PER_ADDRESS)}`,
    connect: false,
    user: PRESENCE ? { name: `Attendee ${i}` } : null,
  });
  provider.connect();
  return { doc, provider };
}

async function joined(people: { provider: WebsocketProvider }[]): Promise<void> {
  await Promise.all(
    people.map(
      (p) =>
        new Promise<void>((r) => (p.provider.synced ? r() : p.provider.once('sync', () => r()))),
    ),
  );
  await new Promise((r) => setTimeout(r, SETTLE_MS));
}

/**
 * A third of the room joins, then the rest. Per attendee: from before anyone joined (what the
 * room simulator reports, the first connection's one-off costs included) and between the two
 * readings (what one more attendee costs). `read` is RSS, or the heap from a snapshot.
 */
async function measure(server: Server, keys: NativeKey[], read: (s: Server) => Promise<number>) {
  const n = keys.length;
  const first = Math.floor(n / 3);
  const people: { doc: Y.Doc; provider: WebsocketProvider }[] = [];
  try {
    const at0 = await read(server);
    for (let i = 0; i < first; i++) people.push(connect(server, i, keys[i]!));
    await joined(people);
    const atFirst = await read(server);
    for (let i = first; i < n; i++) people.push(connect(server, i, keys[i]!));
    await joined(people);
    const atAll = await read(server);
    return {
      fromEmpty: round((atAll - at0) / n),
      marginal: round((atAll - atFirst) / (n - first)),
    };
  } finally {
    for (const p of people) p.provider.destroy();
    for (const p of people) p.doc.destroy();
  }
}

export async function benchHubMemory(): Promise<Record<string, unknown>[]> {
  if (!existsSync(new URL('../../dist/electron/host/cli.mjs', import.meta.url)))
    throw new Error('run `npm run build` first: the bench starts dist/electron/host/cli.mjs');
  const rows: Record<string, unknown>[] = [];
  for (const n of SIZES) {
    const keys = Array.from({ length: n }, () => nativeKey());
    const row: Record<string, unknown> = { attendees: n, presence: PRESENCE };
    for (const make of [ours, reference]) {
      const server = await make();
      const tag = make === ours ? 'hub' : 'ref';
      try {
        const r = await measure(server, keys, (s) => Promise.resolve(rssKiB(s.pid)));
        row[`${tag}RssKiB`] = r.fromEmpty;
        row[`${tag}RssMarginalKiB`] = r.marginal;
      } finally {
        await server.stop();
      }
    }
    // The heap apart: a snapshot collects garbage and moves RSS, so not in the same run.
    for (const make of [ours, reference]) {
      const server = await make();
      const tag = make === ours ? 'hub' : 'ref';
      try {
        const r = await measure(server, keys, heapKiB);
        row[`${tag}HeapMarginalKiB`] = r.marginal;
      } finally {
        await server.stop();
      }
    }
    row.load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    rows.push(row);
  }
  return rows;
}

if (process.argv[1]?.endsWith('hubMemoryBench.ts'))
  void benchHubMemory().then((rows) => {
    console.table(rows);
    process.exit(0);
  });
