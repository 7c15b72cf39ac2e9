// Benchmarks of the host's session store (issue 6 figures): opening a stored session of 5,000
// notes, bytes on disk per note after compaction, and append→durable latency.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { envNumber } from './stats';
import * as path from 'node:path';
import * as Y from 'yjs';
import { SessionStore } from '../../electron/host/store/sessionStore';
import { addParkingItem } from '../../shared/model/parkingLot/commands';
import { PARKING_LOT } from '../../shared/model/parkingLot/names';
import { initSession } from '../../shared/model/session/commands';

const NOTES = envNumber('OFFSITE_STORE_NOTES', 5000);
const LATENCY_SAMPLES = envNumber('OFFSITE_STORE_SAMPLES', 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

function noteText(i: number): string {
  return `Note ${i}: how do we measure product performance, are customers using what we build?`;
}

/** Appends `count` note updates to a session, one transaction (one update) per note. */
function appendNotes(store: SessionStore, id: string, doc: Y.Doc, from: number, count: number) {
  const onUpdate = (u: Uint8Array) => store.append(id, u);
  doc.on('update', onUpdate);
  for (let i = from; i < from + count; i++)
    addParkingItem(doc, {
      text: noteText(i),
      authorId: `p${i % 12}`,
      authorName: `Person ${i % 12}`,
    });
  doc.off('update', onUpdate);
}

async function timeOpen(dataDir: string, id: string, notes: number): Promise<number> {
  const started = performance.now();
  const store = new SessionStore({ dataDir });
  const stored = await store.load(id);
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const u of stored!.updates) Y.applyUpdate(doc, u);
  });
  const ms = performance.now() - started;
  if (doc.getMap(PARKING_LOT).size < notes) throw new Error('bench: notes missing after open');
  await store.close();
  return ms;
}

export async function benchStore(): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offsite-bench-'));
  try {
    // A session written note by note through the log, auto-compacting as the host would.
    let store = new SessionStore({ dataDir });
    const { id } = await store.create({ title: 'Bench' });
    const doc = new Y.Doc();
    initSession(doc, { title: 'Bench' });
    await store.compact(id, Y.encodeStateAsUpdate(doc));
    appendNotes(store, id, doc, 0, NOTES);
    await store.close(); // writes everything and waits for the automatic compactions
    const openAsWrittenMs = await timeOpen(dataDir, id, NOTES);

    // Fully compacted.
    store = new SessionStore({ dataDir });
    await store.compact(id, Y.encodeStateAsUpdate(doc));
    const [summary] = await store.list();
    const snapshotBytes = fs.statSync(path.join(dataDir, id, 'snapshot.bin')).size;
    const openCompactedMs = await timeOpen(dataDir, id, NOTES);

    // One automatic compaction's worth: 1,000 records onto the 5,000-note snapshot. The merge
    // runs on the host's main thread, so this is also how long its event loop is blocked.
    const manual = new SessionStore({
      dataDir,
      compactAfterRecords: Infinity,
      compactAfterBytes: Infinity,
    });
    appendNotes(manual, id, doc, NOTES, 1000);
    await manual.flush(id);
    const started = performance.now();
    await manual.compact(id);
    const compact1000OntoSnapshotMs = performance.now() - started;
    await manual.close();

    // 5,000 notes only in the log (never compacted).
    const logId = (await manual.create({ title: 'Log only' })).id;
    appendNotes(manual, logId, new Y.Doc(), 0, NOTES);
    await manual.close();
    const openLogOnlyMs = await timeOpen(dataDir, logId, NOTES);

    // Append → durable: at the default 50 ms debounce, and with an explicit flush (fsync cost).
    const latency = async (wait: () => Promise<void>, from: number) => {
      const samples: number[] = [];
      for (let i = 0; i < LATENCY_SAMPLES; i++) {
        const t0 = performance.now();
        appendNotes(store, id, doc, from + i, 1);
        await wait();
        samples.push(performance.now() - t0);
      }
      return samples.sort((a, b) => a - b);
    };
    const debounced = await latency(() => store.whenDurable(id), 10_000);
    const flushed = await latency(() => store.flush(id), 20_000);
    await store.close();

    return {
      notes: NOTES,
      openAsWrittenMs,
      openCompactedMs,
      openLogOnlyMs,
      compact1000OntoSnapshotMs,
      bytesPerNoteCompacted: summary!.sizeBytes / NOTES,
      snapshotBytesPerNote: snapshotBytes / NOTES,
      durableMedianMs: percentile(debounced, 0.5),
      durableP95Ms: percentile(debounced, 0.95),
      flushMedianMs: percentile(flushed, 0.5),
      flushP95Ms: percentile(flushed, 0.95),
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
