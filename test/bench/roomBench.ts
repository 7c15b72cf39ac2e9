// The room simulator (issue 15): N lightweight attendees — Node y-websocket clients speaking the
// hub's join protocol (signed client-id claims) from loopback addresses, split over worker threads
// (roomClients.ts) — on one session of the real headless host, and the same clients on the
// reference server (@y/websocket-server 0.1.1, a child process like the host). Per N:
// note-to-all (one attendee adds a note, until every other attendee's socket has read it, and
// until every other doc holds it; authors rotate), sync messages per note (every sync frame any
// client sent or received meanwhile; awareness per second apart), the server's memory per
// attendee (RSS before and after the joins), and — on the hub, with the N attendees in the room —
// four real Chromium pages (roomPages.ts): board notes from the room until they are in each
// page's DOM.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { startHeadlessHost, removeDir, type HeadlessHost } from '#kit/headlessHost';
import { createBoardSession } from '#kit/seeds/hostedBoard';
import type { FromSlice, NoteSpec, ServerSpec, SliceData, ToSlice } from './roomClients';
import { costPages, timePages } from './roomPages';
import { facilitatorPeer } from '#kit/hubPeer';
import { revealBrainstormBoard } from '#kit/seeds/board';
import { startBreakout } from '../../shared/model/breakouts/commands';
import { breakoutPeople } from '../../shared/model/breakouts/people';
import { readBreakout } from '../../shared/model/breakouts/read';
import { REFERENCE_NAME, rssKiB, startReferenceServer } from './referenceServer';
import { round, summarize } from './stats';

const SIZES = (process.env.OFFSITE_ROOM_SIZES ?? '40,150,500').split(',').map(Number);
const NOTES_PER_SIZE = Number(process.env.OFFSITE_ROOM_NOTES ?? 30);
const PER_ADDRESS = 20;
const PRESENCE = process.env.OFFSITE_ROOM_PRESENCE !== '0';
/** Threads the attendees are split over (a room spreads their work over N devices). */
const WORKERS = Number(process.env.OFFSITE_ROOM_WORKERS ?? 2);
/** hub,reference by default; OFFSITE_ROOM_SERVERS=hub leaves the reference out. */
const SERVERS = (process.env.OFFSITE_ROOM_SERVERS ?? 'hub,reference').split(',');
/** OFFSITE_ROOM_PAGES=0 leaves out the Chromium pages. */
const PAGES = process.env.OFFSITE_ROOM_PAGES !== '0';
/**
 * The breakout variant (`npm run bench -- roomGroups`: 500 attendees in 50 groups by default;
 * OFFSITE_ROOM_GROUPS), on the hub, twice per size: the room whole (`room`, the anchor) and split
 * (`groups`). Attendees write their names (the split needs them); once the room has joined, the
 * facilitator reveals the brainstorm board and, on `groups`, splits the room on it, so every timed
 * note is a board note on its author's group board (sealed to the group's key): the hub still
 * carries every note to everyone, and the judge checks each against the author's group. On
 * `room` the same attendees write the same notes on the room's board. The four pages then measure
 * what an incoming note costs their main thread (costPages), placed in groups on `groups`.
 */
let GROUPS = 0;
/** The notes are spread over this long (a presence renewal period: OFFSITE_ROOM_SPREAD_MS). */
const GAP_MS = Number(process.env.OFFSITE_ROOM_SPREAD_MS ?? 15_000) / NOTES_PER_SIZE;
/** One server's room (join and notes) that takes longer than this is reported unfinished. */
const DEADLINE_MS = Number(process.env.OFFSITE_ROOM_DEADLINE_MIN ?? 5) * 60_000;

interface Server {
  name: string;
  /** hub and ref in the room bench; room (not split) and groups in the breakout variant. */
  tag: 'hub' | 'ref' | 'room' | 'groups';
  pid: number;
  spec: ServerSpec;
  /** The headless host and the session, for the Chromium pages (the hub only). */
  host?: { host: HeadlessHost; sessionId: string; joinUrl: string };
  stop(): Promise<void>;
}

async function ours(tag: Server['tag'] = 'hub'): Promise<Server> {
  const host = await startHeadlessHost();
  const session = await createBoardSession(host);
  return {
    name: tag === 'hub' ? 'offsite hub' : `offsite hub (${tag})`,
    tag,
    pid: host.process.pid!,
    spec: {
      kind: 'hub',
      url: `${host.localUrl.replace(/^http/, 'ws')}/sync`,
      room: session.id,
      joinCode: session.joinCode,
    },
    host: { host, sessionId: session.id, joinUrl: session.joinUrl },
    async stop() {
      // A host that does not end within 20 s of Ctrl+C is said so and killed, not waited for.
      const ended = await Promise.race([
        host.stop().then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), 20_000).unref()),
      ]);
      if (!ended) {
        console.error('[bench] room: the host did not end within 20 s of Ctrl+C');
        await host.kill('SIGKILL');
      }
      removeDir(host.dataDir);
    },
  };
}

async function reference(): Promise<Server> {
  const ref = await startReferenceServer();
  return {
    name: REFERENCE_NAME,
    tag: 'ref',
    pid: ref.pid,
    spec: { kind: 'reference', url: ref.url, room: 'room-bench' },
    stop: ref.stop,
  };
}

/** The room's attendees, split over worker threads (roomClients.ts). */
export class Room {
  private readonly slices: Worker[] = [];
  private readonly waiters = new Map<string, (m: FromSlice, slice: number) => boolean>();

  constructor(server: ServerSpec, n: number) {
    const per = Math.ceil(n / WORKERS);
    for (let from = 0; from < n; from += per) {
      const data: SliceData = {
        server,
        from,
        to: Math.min(n, from + per),
        presence: PRESENCE,
        perAddress: PER_ADDRESS,
        groups: GROUPS > 0,
      };
      const w = startSlice(data);
      const slice = this.slices.length;
      w.on('message', (m: FromSlice) => {
        if (m.type === 'error') console.error(`[bench] room: slice ${slice}: ${m.message}`);
        for (const [key, take] of this.waiters) if (take(m, slice)) this.waiters.delete(key);
      });
      w.on('error', (e) => console.error(`[bench] room: slice ${slice} failed: ${e.message}`));
      this.slices.push(w);
    }
  }

  /** Resolves when every slice answered `type` (for `id`, when given). */
  private all<T extends FromSlice['type']>(
    type: T,
    id?: string,
  ): Promise<Extract<FromSlice, { type: T }>[]> {
    return new Promise((resolve) => {
      const got = new Map<number, Extract<FromSlice, { type: T }>>();
      this.waiters.set(`${type}:${id ?? ''}:${Math.random()}`, (m, slice) => {
        if (m.type !== type || (id !== undefined && 'id' in m && m.id !== id)) return false;
        got.set(slice, m as Extract<FromSlice, { type: T }>);
        if (got.size < this.slices.length) return false;
        resolve([...got.values()]);
        return true;
      });
    });
  }

  private one<T extends FromSlice['type']>(
    type: T,
    id: string,
  ): Promise<Extract<FromSlice, { type: T }>> {
    return new Promise((resolve) =>
      this.waiters.set(`${type}:${id}:${Math.random()}`, (m) => {
        if (m.type !== type || !('id' in m) || m.id !== id) return false;
        resolve(m as Extract<FromSlice, { type: T }>);
        return true;
      }),
    );
  }

  private send(m: ToSlice): void {
    for (const w of this.slices) w.postMessage(m);
  }

  synced(): Promise<unknown> {
    return this.all('synced');
  }

  /** One note from `note.author` until every other attendee holds it: the times of the last
   * socket that read it and the last doc that applied it, from the author's write. Every slice
   * is watching before the author writes. */
  async note(note: NoteSpec): Promise<{ at: number; deliveredMs: number; appliedMs: number }> {
    const armed = this.all('armed', note.id);
    this.send({ type: 'watch', note });
    await armed;
    const arrived = this.all('arrived', note.id);
    const authored = this.one('authored', note.id);
    this.send({ type: 'author', note });
    const [{ at }, slices] = await Promise.all([authored, arrived]);
    return {
      at,
      deliveredMs: Math.max(...slices.map((s) => s.delivered)) - at,
      appliedMs: Math.max(...slices.map((s) => s.applied)) - at,
    };
  }

  /** Writes a note and resolves when the author has written it (others are not waited for). */
  async author(note: NoteSpec): Promise<number> {
    const authored = this.one('authored', note.id);
    this.send({ type: 'author', note });
    return (await authored).at;
  }

  async stats(): Promise<{ frames: number; awarenessFrames: number }> {
    const replies = this.all('stats');
    this.send({ type: 'stats' });
    const all = await replies;
    return {
      frames: all.reduce((s, r) => s + r.frames, 0),
      awarenessFrames: all.reduce((s, r) => s + r.awarenessFrames, 0),
    };
  }

  async stop(): Promise<void> {
    const stopped = this.all('stopped');
    this.send({ type: 'stop' });
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 10_000))]);
    await Promise.all(this.slices.map((w) => w.terminate()));
  }
}

/** A slice's worker: tsx's loader registered first when running from TypeScript (Node 20
 * workers ignore `--import tsx`), as updateMerger.ts does for the host's merge worker. */
function startSlice(data: SliceData): Worker {
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const source = fileURLToPath(new URL('./roomClients.ts', import.meta.url));
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)})
  .then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
  return new Worker(boot, { eval: true, workerData: data });
}

/** The breakout variant: the facilitator reveals the brainstorm board (once every attendee's
 * name is in) and, on the `groups` server, splits the room; the `room` server stays whole. */
async function splitRoom(hosted: NonNullable<Server['host']>, n: number, split: boolean) {
  const { host, sessionId } = hosted;
  const fac = facilitatorPeer(host, sessionId);
  await fac.synced;
  const until = performance.now() + 60_000;
  while (breakoutPeople(fac.doc).length < n && performance.now() < until)
    await new Promise((r) => setTimeout(r, 50));
  const { blockId, facilitator } = revealBrainstormBoard(fac.doc, host.key, sessionId);
  if (split) {
    startBreakout(fac.doc, { blockId, count: Math.min(GROUPS, n), rule: 'random', facilitator });
    // The host places everyone (the members map is the facilitator's, written by the host).
    while ((readBreakout(fac.doc, blockId)?.members.size ?? 0) < n && performance.now() < until)
      await new Promise((r) => setTimeout(r, 50));
  }
  return { fac, blockId };
}

/** Resolves once no sync frame has crossed any attendee's socket for SETTLED_MS (presence
 * renewals go on: they are awareness), or after a minute, said. */
async function settled(room: Room): Promise<void> {
  const SETTLED_MS = 750;
  const until = performance.now() + 60_000;
  let last = (await room.stats()).frames;
  let quietSince = performance.now();
  while (performance.now() - quietSince < SETTLED_MS) {
    if (performance.now() > until) {
      console.error('[bench] room: sync traffic still flowing a minute after the joins');
      return;
    }
    await new Promise((r) => setTimeout(r, 125));
    const frames = (await room.stats()).frames;
    if (frames !== last) quietSince = performance.now();
    last = frames;
  }
}

async function timeRoom(server: Server, n: number, room: Room) {
  const before = rssKiB(server.pid);
  const joinFrom = performance.now();
  await room.synced();
  const joinS = (performance.now() - joinFrom) / 1000;
  // The joins' tail (the host's roster entries and bindings reaching everyone) is not timed.
  await settled(room);
  const memoryKiB = rssKiB(server.pid) - before;
  const split =
    GROUPS > 0 && server.host ? await splitRoom(server.host, n, server.tag === 'groups') : null;
  // Nor is the split's (the host placing everyone and sealing each group's key to its members).
  if (split) await settled(room);

  const delivered: number[] = [];
  const applied: number[] = [];
  const from = await room.stats();
  const measuredFrom = performance.now();
  for (let k = 0; k < NOTES_PER_SIZE; k++) {
    // Notes spread over one presence renewal period (15 s), so both servers carry the same
    // renewals while notes cross, whenever the room happened to join.
    await new Promise((r) =>
      setTimeout(r, Math.max(0, measuredFrom + k * GAP_MS - performance.now())),
    );
    const id = `bench-${n}-${k}-${Math.random().toString(36).slice(2)}`;
    const author = (k * 7) % n;
    const t = await room.note(
      split
        ? { id, kind: 'board', author, blockId: split.blockId }
        : { id, kind: 'parking', author },
    );
    delivered.push(t.deliveredMs);
    applied.push(t.appliedMs);
  }
  const measuredS = (performance.now() - measuredFrom) / 1000;
  // OFFSITE_ROOM_SAMPLES=1: every note's times, to see where a tail comes from.
  if (process.env.OFFSITE_ROOM_SAMPLES === '1')
    console.log(
      `[bench] room: ${server.name} ${n}: delivered ${delivered.map((x) => round(x)).join(' ')}; applied ${applied.map((x) => round(x)).join(' ')}`,
    );
  const to = await room.stats();
  split?.fac.destroy();
  const d = summarize(delivered);
  const blockId = split?.blockId;
  const a = summarize(applied);
  return {
    joinS: round(joinS),
    medianMs: d.median,
    p95Ms: d.p95,
    appliedMedianMs: a.median,
    appliedP95Ms: a.p95,
    messagesPerNote: round((to.frames - from.frames) / NOTES_PER_SIZE),
    awarenessMessagesPerS: round((to.awarenessFrames - from.awarenessFrames) / measuredS),
    memoryPerAttendeeKiB: round(memoryKiB / n),
    blockId,
  };
}

export async function benchRoom(): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  const makers =
    GROUPS > 0
      ? // The breakout variant: the same room whole (the anchor) and split, on the hub (the
        // reference server has no breakouts, nor judge).
        [() => ours('room'), () => ours('groups')]
      : [
          ...(SERVERS.includes('hub') ? [() => ours()] : []),
          ...(SERVERS.includes('reference') ? [reference] : []),
        ];
  for (const n of SIZES) {
    // Fresh servers per size, one after the other, so the machine's load falls on both alike.
    const row: Record<string, unknown> = {
      attendees: n,
      presence: PRESENCE,
      threads: WORKERS,
      ...(GROUPS > 0 && { groups: Math.min(GROUPS, n) }),
    };
    for (const make of makers) {
      const server = await make();
      const tag = server.tag;
      const room = new Room(server.spec, n);
      let timer: NodeJS.Timeout | undefined;
      try {
        const r = await Promise.race([
          timeRoom(server, n, room),
          new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), DEADLINE_MS))),
        ]);
        if (!r) {
          row[`${tag}MedianMs`] = `did not finish in ${DEADLINE_MS / 60_000} min`;
          continue;
        }
        row[`${tag}JoinS`] = r.joinS;
        row[`${tag}MedianMs`] = r.medianMs;
        row[`${tag}P95Ms`] = r.p95Ms;
        row[`${tag}AppliedMedianMs`] = r.appliedMedianMs;
        row[`${tag}AppliedP95Ms`] = r.appliedP95Ms;
        row[`${tag}MessagesPerNote`] = r.messagesPerNote;
        row[`${tag}AwarenessMessagesPerS`] = r.awarenessMessagesPerS;
        row[`${tag}MemoryPerAttendeeKiB`] = r.memoryPerAttendeeKiB;
        const pages =
          !server.host || !PAGES
            ? null
            : GROUPS > 0 && r.blockId
              ? costPages(server.host, room, n, { split: tag === 'groups', blockId: r.blockId })
              : timePages(server.host, room, n);
        if (pages)
          Object.assign(
            row,
            await pages.catch((e: unknown) => {
              console.error(`[bench] room: pages at ${n}: ${String(e)}`);
              return { [`${tag}PagesError`]: String(e) };
            }),
          );
      } finally {
        clearTimeout(timer);
        await room.stop();
        await server.stop();
      }
      console.log(`[bench] room: ${server.name}: ${JSON.stringify(row)}`);
    }
    if (typeof row.roomP95Ms === 'number' && typeof row.groupsP95Ms === 'number')
      row.groupsP95Ratio = round(row.groupsP95Ms / row.roomP95Ms, 2);
    if (typeof row.refP95Ms === 'number' && typeof row.hubP95Ms === 'number')
      row.p95Ratio = round(row.hubP95Ms / row.refP95Ms, 2);
    // y-webrtc's unbounded mesh: every peer passes every new update to every other peer.
    row.unboundedMeshMessagesPerNote = n * (n - 1);
    console.log(`[bench] room: ${JSON.stringify(row)}`);
    rows.push(row);
  }
  return rows;
}

/** The breakout variant: the room split into groups (sizes default to 500, groups to 50). */
export function benchRoomGroups(): Promise<Record<string, unknown>[]> {
  GROUPS = Number(process.env.OFFSITE_ROOM_GROUPS ?? 50);
  if (!process.env.OFFSITE_ROOM_SIZES) SIZES.splice(0, SIZES.length, 500);
  return benchRoom();
}

if (process.argv[1]?.endsWith('roomBench.ts'))
  void benchRoom().then((rows) => {
    console.table(rows);
    process.exit(0);
  });
