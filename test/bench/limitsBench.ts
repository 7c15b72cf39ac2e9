// Issue 10 figures: /time latency (max, p95) at the real headless host while its hub judges a
// hostile 8,000-item attendee update and while it compacts a 5,000-note session, and the limits'
// overhead on note latency through the hub (same run, limits on vs UNLIMITED).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { startHeadlessHost, removeDir, type HeadlessHost } from '../e2e/headlessHost';
import { hubPeer, importSession, offsiteFileWithNotes } from '../e2e/sessionSeeds';
import { startHost } from '../../electron/host/server';
import { UNLIMITED } from '../../electron/host/limits';
import { addParkingItem, listParkingItems } from '../../shared/model/toolkit/parkingLot';
import { hubProtocols } from '../../shared/protocol/hostApi';
import { round, summarize } from './stats';
import { hubParams } from '../../shared/model/authority/signing';
import { createAuthorKey } from '../../shared/model/board/boardCrypto';

/** Sizes (the smoke run in test/bench/smoke.spec.ts makes them small). */
const HOSTILE_ITEMS = Number(process.env.OFFSITE_LIMITS_HOSTILE_ITEMS ?? 8000);
const JUDGE_ROUNDS = Number(process.env.OFFSITE_LIMITS_ROUNDS ?? 5);
const COMPACT_NOTES = Number(process.env.OFFSITE_LIMITS_COMPACT_NOTES ?? 5000);
const LATENCY_NOTES = Number(process.env.OFFSITE_LIMITS_LATENCY_NOTES ?? 150);
const thousands = (n: number) => n.toLocaleString('en-US');

async function api<T>(host: HeadlessHost, method: string, body: unknown): Promise<T> {
  const res = await fetch(`${host.localUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.key}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method}: ${res.status}`);
  return (await res.json()) as T;
}

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
  const s = await api<{ id: string; joinCode: string }>(host, 'createSession', { title: 'Judge' });
  const frame = hostileUpdate();
  const samples: number[] = [];
  // Five attendees each send it once, on fresh connections, while /time is asked.
  for (let round = 0; round < JUDGE_ROUNDS; round++) {
    // An attendee's signed join claim (hubParams), as a page sends it; the client id is its own.
    const claim = hubParams(s.id, s.joinCode, 1 + round, createAuthorKey());
    const ws = new WebSocket(
      `ws://127.0.0.1:${host.port}/sync/${s.id}?${new URLSearchParams(claim)}`,
      {
        localAddress: `127.0.0.${50 + round}`,
      },
    );
    await new Promise((r) => ws.once('open', r));
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
  const peer = hubPeer(host.localUrl, id, host.key);
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
  const host = await startHost({
    port: 0,
    bind: '127.0.0.1',
    rendererDir: '/nonexistent',
    lanIp: '127.0.0.1',
    ...(limits && { limits }),
  });
  const s = await host.api.createSession({ title: 'Latency' });
  const peer = (doc: Y.Doc) =>
    new WebsocketProvider(`ws://127.0.0.1:${host.port}/sync`, s.id, doc, {
      params: hubParams(s.id, null, doc.clientID),
      protocols: hubProtocols(host.facilitatorKey),
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
  const a = new Y.Doc();
  const b = new Y.Doc();
  const pa = peer(a);
  const pb = peer(b);
  await Promise.all([pa, pb].map((p) => new Promise<void>((r) => p.once('sync', () => r()))));
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
  pa.destroy();
  pb.destroy();
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
