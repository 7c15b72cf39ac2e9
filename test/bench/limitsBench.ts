// Issue 10 figures: /time latency (max, p95) at the real headless host while its hub judges a
// hostile 8,000-item attendee update and while it compacts a 5,000-note session, and the limits'
// overhead on note latency through the hub (same run, limits on vs UNLIMITED).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { startHeadlessHost, removeDir, type HeadlessHost } from '#kit/headlessHost';
import { UNLIMITED } from '../../electron/host/limits/limits';
import { addParkingItem } from '../../shared/model/parkingLot/commands';
import { listParkingItems } from '../../shared/model/parkingLot/read';
import { startTestHost } from '#kit/host';
import { hostApi } from '#kit/hostApi';
import { allSynced, answerChallenges, attendeeSocketUrl, facilitatorPeer } from '#kit/hubPeer';
import { importSession, offsiteFileWithNotes } from '#kit/seeds/notes';
import { round, summarize } from './stats';
/** Sizes (the smoke run in test/bench/smoke.spec.ts makes them small). */
const HOSTILE_ITEMS = Number(process.env.OFFSITE_LIMITS_HOSTILE_ITEMS ?? 8000);
const JUDGE_ROUNDS = Number(process.env.OFFSITE_LIMITS_ROUNDS ?? 5);
const COMPACT_NOTES = Number(process.env.OFFSITE_LIMITS_COMPACT_NOTES ?? 5000);
const LATENCY_NOTES = Number(process.env.OFFSITE_LIMITS_LATENCY_NOTES ?? 150);
const thousands = (n: number) => n.toLocaleString('en-US');

/** Round trips to /time, one after another, until `done()` (bounded by `maxSamples`). */
async function timeLatencies(
  url: string,
  done: () => boolean,
  maxSamples = 5000,
): Promise<number[]> {
  const samples: number[] = [];
  while (!done() && samples.length < maxSamples) {
    const t = performance.now();
    await (await fetch(`${url}/time`)).arrayBuffer();
    samples.push(performance.now() - t);
  }
  return samples;
}

function syncUpdate(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
}

/** 8,000 items in one update: facilitator-only keys the guard must refuse, and notes. */
function hostileUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const timer = doc.getMap('timer');
    for (let i = 0; i < HOSTILE_ITEMS / 2; i++) timer.set(`k${i}`, i);
    for (let i = 0; i < HOSTILE_ITEMS / 2; i++)
      addParkingItem(doc, { text: `n${i}`, authorId: 'x', authorName: 'X' });
  });
  return syncUpdate(Y.encodeStateAsUpdate(doc));
}

async function timeWhileJudging(host: HeadlessHost) {
  const s = await hostApi(host).createSession({ title: 'Judge' });
  const frame = hostileUpdate();
  const samples: number[] = [];
  // Five attendees each send it once, on fresh connections, while /time is asked.
  for (let round = 0; round < JUDGE_ROUNDS; round++) {
    // An attendee's join claim, as a page sends it (the client id is its own), answering the
    // host's challenge before the frame goes: the hub judges nothing before.
    const url = attendeeSocketUrl(host.localUrl, s.id, s.joinCode, 1 + round);
    const ws = new WebSocket(url, { localAddress: `127.0.0.${50 + round}` });
    if (!(await answerChallenges(ws, url))) throw new Error('the join challenge went unanswered');
    const until = { done: false };
    const timer = setTimeout(() => (until.done = true), 1500);
    const measuring = timeLatencies(host.localUrl, () => until.done);
    ws.send(frame);
    samples.push(...(await measuring));
    clearTimeout(timer);
    ws.terminate();
  }
  return { ...summarize(samples), frameBytes: frame.length };
}

async function timeWhileCompacting(host: HeadlessHost) {
  const { id } = await importSession(
    host,
    offsiteFileWithNotes(`Compact ${COMPACT_NOTES}`, COMPACT_NOTES),
  );
  const peer = facilitatorPeer(host, id);
  await peer.synced;
  const prev = join(host.dataDir, id, 'snapshot.prev.bin');
  const started = performance.now();
  const measuring = timeLatencies(
    host.localUrl,
    () => existsSync(prev) || performance.now() - started > 30_000,
  );
  // 1,000 small updates trip the compaction (merging the 5,000-note snapshot with the log);
  // written in batches so /time is asked throughout, not only after the last one.
  for (let i = 0; i < 1000; i++) {
    addParkingItem(peer.doc, { text: `late ${i}`, authorId: 'f', authorName: 'F' });
    if (i % 25 === 24) await new Promise((r) => setTimeout(r, 5));
  }
  const samples = await measuring;
  const compactedIn = performance.now() - started;
  peer.destroy();
  return { ...summarize(samples), compactedWithinMs: round(compactedIn) };
}

/** Median ms for a note from one hub peer to another, in-process host with the given limits. */
async function noteLatency(limits: typeof UNLIMITED | undefined, notes = LATENCY_NOTES) {
  const host = await startTestHost({ rendererDir: '/nonexistent', ...(limits && { limits }) });
  const s = await host.api.createSession({ title: 'Latency' });
  const pa = facilitatorPeer(host, s.id);
  const pb = facilitatorPeer(host, s.id);
  const a = pa.doc;
  const b = pb.doc;
  await allSynced([pa, pb]);
  const samples: number[] = [];
  for (let i = 0; i < notes; i++) {
    const arrived = new Promise<void>((r) => {
      const check = () => {
        if (listParkingItems(b).length > i) {
          b.off('update', check);
          r();
        }
      };
      b.on('update', check);
    });
    const t = performance.now();
    addParkingItem(a, { text: `latency ${i}`, authorId: 'a', authorName: 'A' });
    await arrived;
    samples.push(performance.now() - t);
  }
  pa.provider.destroy();
  pb.provider.destroy();
  await host.close();
  return summarize(samples);
}

export async function benchLimits() {
  const host = await startHeadlessHost();
  try {
    const judging = await timeWhileJudging(host);
    const compacting = await timeWhileCompacting(host);
    // Same run, alternated, so the machine's load falls on both alike.
    const off1 = await noteLatency(UNLIMITED);
    const on1 = await noteLatency(undefined);
    const off2 = await noteLatency(UNLIMITED);
    const on2 = await noteLatency(undefined);
    const on = (on1.median + on2.median) / 2;
    const off = (off1.median + off2.median) / 2;
    return [
      { figure: `/time while judging an ${thousands(HOSTILE_ITEMS)}-item update (ms)`, ...judging },
      {
        figure: `/time while compacting a ${thousands(COMPACT_NOTES)}-note session (ms)`,
        ...compacting,
      },
      {
        figure: 'note latency through the hub, limits on / off (median ms)',
        limitsOn: round(on, 2),
        limitsOff: round(off, 2),
        ratio: round(on / off, 2),
      },
    ];
  } finally {
    await host.stop();
    removeDir(host.dataDir);
  }
}
