// /time while the host compacts a 5,000-note session (issue 15): the host's event loop must keep
// answering while Y.mergeUpdates runs. Same run, same data: the merge on the worker thread
// (updateMerger.ts, the default) beside the merge on the host's main thread (the anchor).
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import * as Y from 'yjs';
import { startHost } from '../../electron/host/server';
import { SessionStore } from '../../electron/host/store/sessionStore';
import { updateMerger, type UpdateMerger } from '../../electron/host/store/updateMerger';
import { addParkingItem } from '../../shared/model/toolkit/parkingLot';
import { initSession } from '../../shared/model/sessionCommands';
import { summarize } from './stats';

const NOTES = 5000;
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
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offsite-bench-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Offsite</title>');
  const store = new SessionStore({
    dataDir,
    merger,
    compactAfterRecords: Infinity,
    compactAfterBytes: Infinity,
  });
  const host = await startHost({
    port: 0,
    bind: '127.0.0.1',
    rendererDir,
    store,
    lanIp: '127.0.0.1',
  });
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
    return { compactMs, time: summarize(samples) };
  } finally {
    agent.destroy();
    await host.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(rendererDir, { recursive: true, force: true });
  }
}

export async function benchCompaction(): Promise<Record<string, unknown>[]> {
  const worker = updateMerger();
  const onWorker = await run(worker);
  const offThread = worker.offThread;
  await worker.close();
  const onMain = await run(mainThreadMerger);
  return [
    {
      merge: offThread ? 'worker thread' : 'worker failed: main thread',
      notes: NOTES,
      compactMs: onWorker.compactMs,
      timeMedianMs: onWorker.time.median,
      timeP95Ms: onWorker.time.p95,
      timeMaxMs: onWorker.time.max,
      timeSamples: onWorker.time.n,
    },
    {
      merge: 'main thread (anchor)',
      notes: NOTES,
      compactMs: onMain.compactMs,
      timeMedianMs: onMain.time.median,
      timeP95Ms: onMain.time.p95,
      timeMaxMs: onMain.time.max,
      timeSamples: onMain.time.n,
    },
  ];
}

if (process.argv[1]?.endsWith('compactionBench.ts'))
  void benchCompaction().then((rows) => {
    console.table(rows);
    process.exit(0);
  });
