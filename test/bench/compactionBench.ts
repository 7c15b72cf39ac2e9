// /time while the host compacts a 5,000-note session (issue 15): the host's event loop must keep
// answering while Y.mergeUpdates runs. Same run, same data: the merge on the worker thread
// (updateMerger.ts, the default) beside the merge on the host's main thread (the anchor).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as Y from 'yjs';
import { SessionStore } from '../../electron/host/store/sessionStore';
import { updateMerger, type UpdateMerger } from '../../electron/host/store/updateMerger';
import { addParkingItem } from '../../shared/model/parkingLot/commands';
import { initSession } from '../../shared/model/session/commands';
import { FullStateCache } from '../../electron/host/hub/fullStateCache';
import { Hub } from '../../electron/host/hub/hub';
import { startTestHost } from '#kit/host';
import { summarize } from './stats';

/** A full collection between rounds (gc exposed at run time: the bench runs under plain tsx). */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const NOTES = Number(process.env.OFFSITE_COMPACTION_NOTES ?? 5000);
const INTERVAL_MS = 10;

const mainThreadMerger: UpdateMerger = {
  offThread: false,
  merge: (parts) => Promise.resolve(parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts)),
  close: () => Promise.resolve(),
};

/** One GET /time over a kept-alive connection. */
function timeOnce(agent: http.Agent, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/time', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('error', reject);
  });
}

async function run(merger: UpdateMerger) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offsite-bench-compact-'));
  const store = new SessionStore({
    dataDir,
    merger,
    compactAfterRecords: Infinity,
    compactAfterBytes: Infinity,
  });
  const host = await startTestHost({ store });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  try {
    // 5,000 notes in the log, one record per note, as a session written in the room would be.
    const { id } = await store.create({ title: 'Compaction bench' });
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => store.append(id, u));
    initSession(doc, { title: 'Compaction bench' });
    for (let i = 0; i < NOTES; i++)
      addParkingItem(doc, {
        text: `Note ${i}: are customers using what we build?`,
        authorId: `p${i % 40}`,
        authorName: `P ${i % 40}`,
      });
    await store.flush(id);
    // The writing doc stands for the attendees' browsers: its garbage (and the rounds' before)
    // is collected now, so a pause for it does not count as the host's.
    doc.destroy();
    collectGarbage();
    await merger.merge([Y.encodeStateAsUpdate(new Y.Doc()), Y.encodeStateAsUpdate(new Y.Doc())]);
    for (let i = 0; i < 20; i++) await timeOnce(agent, host.port); // warm up

    // Open loop: a request every 10 ms on a fixed schedule, each timed from when it was due, so
    // a blocked event loop counts for every request it holds up, not as one slow sample.
    const samples: number[] = [];
    const inFlight: Promise<void>[] = [];
    let compacting = true;
    const start = performance.now();
    const poll = (async () => {
      for (let k = 0; compacting; k++) {
        const due = start + k * INTERVAL_MS;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        inFlight.push(
          timeOnce(agent, host.port).then(() => void samples.push(performance.now() - due)),
        );
      }
    })();
    const t0 = performance.now();
    await store.compact(id);
    const compactMs = performance.now() - t0;
    compacting = false;
    await poll;
    await Promise.all(inFlight);
    return { compactMs, samples };
  } finally {
    agent.destroy();
    await host.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A session doc with NOTES parking-lot items, and a way to write more. */
function sessionWithNotes(title: string): { doc: Y.Doc; note: (i: number) => void } {
  const doc = new Y.Doc();
  initSession(doc, { title });
  const note = (i: number) => {
    addParkingItem(doc, {
      text: `Note ${i}: are customers using what we build?`,
      authorId: `p${i % 40}`,
      authorName: `P ${i % 40}`,
    });
  };
  for (let i = 0; i < NOTES; i++) note(i);
  return { doc, note };
}

/**
 * The host's main-thread time to answer a newcomer's sync step 1 on a 5,000-note session, with a
 * note written before each join (so the kept state is never simply current): the kept whole state
 * plus a diff (fullStateCache.ts) beside a fresh encoding per joiner (the hub before it, the anchor).
 */
function step2PerJoiner(): Record<string, unknown>[] {
  const { doc, note } = sessionWithNotes('Join bench');
  const cache = new FullStateCache(doc);
  const empty = Y.encodeStateVector(new Y.Doc());
  const kept: number[] = [];
  const fresh: number[] = [];
  for (let j = 0; j < 30; j++) {
    note(NOTES + j);
    let t = performance.now();
    cache.answer(empty);
    kept.push(performance.now() - t);
    t = performance.now();
    Y.encodeStateAsUpdate(doc);
    fresh.push(performance.now() - t);
  }
  cache.destroy();
  // The first answer encodes the whole state once: it is in the samples.
  const a = summarize(kept);
  const b = summarize(fresh);
  return [
    {
      step2: 'kept state + diff',
      notes: NOTES,
      joins: 30,
      medianMs: a.median,
      p95Ms: a.p95,
      maxMs: a.max,
    },
    {
      step2: 'encoded per joiner (anchor)',
      notes: NOTES,
      joins: 30,
      medianMs: b.median,
      p95Ms: b.p95,
      maxMs: b.max,
    },
  ];
}

/**
 * The hub opening a stored session of a 5,000-note snapshot and 999 log records (the most a log
 * holds between compactions), five times: each update applied in one transaction (replica.ts)
 * beside merging them first and applying the merge (what the hub did before), same run.
 */
async function openStored(): Promise<Record<string, unknown>[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offsite-bench-open-'));
  try {
    const infinite = { compactAfterRecords: Infinity, compactAfterBytes: Infinity };
    const store = new SessionStore({ dataDir, ...infinite });
    const { id } = await store.create({ title: 'Open bench' });
    const { doc, note } = sessionWithNotes('Open bench');
    await store.compact(id, Y.encodeStateAsUpdate(doc));
    doc.on('update', (u: Uint8Array) => store.append(id, u));
    for (let i = 0; i < 999; i++) note(NOTES + i);
    await store.close();
    doc.destroy();
    const applied: number[] = [];
    const merged: number[] = [];
    for (let k = 0; k < 5; k++) {
      collectGarbage();
      const s = new SessionStore({ dataDir });
      const hub = new Hub({ persistence: s, authorize: () => null });
      let t = performance.now();
      await hub.open(id);
      applied.push(performance.now() - t);
      await hub.close();
      collectGarbage();
      t = performance.now();
      const stored = await s.load(id);
      const into = new Y.Doc();
      Y.applyUpdate(into, Y.mergeUpdates(stored!.updates));
      merged.push(performance.now() - t);
      into.destroy();
      await s.close();
    }
    const a = summarize(applied);
    const b = summarize(merged);
    return [
      { open: 'each update applied', notes: NOTES + 999, medianMs: a.median, maxMs: a.max },
      {
        open: 'merged, then applied (anchor)',
        notes: NOTES + 999,
        medianMs: b.median,
        maxMs: b.max,
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Compactions per merger, alternated, their /time samples pooled: one is a second of samples. */
const ROUNDS = Number(process.env.OFFSITE_COMPACTION_ROUNDS ?? 3);

export async function benchCompaction(): Promise<Record<string, unknown>[]> {
  const worker = updateMerger();
  let offThread = true;
  const pooled = { worker: [] as number[], main: [] as number[] };
  const compactMs = { worker: [] as number[], main: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const a = await run(worker);
    offThread &&= worker.offThread;
    const b = await run(mainThreadMerger);
    pooled.worker.push(...a.samples);
    pooled.main.push(...b.samples);
    compactMs.worker.push(a.compactMs);
    compactMs.main.push(b.compactMs);
  }
  await worker.close();
  const row = (merge: string, samples: number[], ms: number[]) => {
    const time = summarize(samples);
    return {
      merge,
      notes: NOTES,
      compactions: ms.length,
      compactMedianMs: summarize(ms).median,
      timeMedianMs: time.median,
      timeP95Ms: time.p95,
      timeMaxMs: time.max,
      timeSamples: time.n,
    };
  };
  return [
    row(
      offThread ? 'worker thread' : 'worker failed: main thread',
      pooled.worker,
      compactMs.worker,
    ),
    row('main thread (anchor)', pooled.main, compactMs.main),
    ...step2PerJoiner(),
    ...(await openStored()),
  ];
}

if (process.argv[1]?.endsWith('compactionBench.ts'))
  void benchCompaction().then((rows) => {
    console.table(rows);
    process.exit(0);
  });
