// The host with its durable library: sessions survive a restart, the library API (rename,
// duplicate, delete, export, import), migrations on open, and storage faults and damaged logs
// surfacing through storageHealth while the session keeps running.
import { beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { useHosts } from '#kit/useHost';
import type { TestHost } from '#kit/host';
import { hostApi } from '#kit/hostApi';
import { connectHubPeer } from '#kit/hubPeer';
import { SessionStore } from '#electron/host/store/sessionStore';
import { nodeStoreFs } from '#electron/host/store/storeFs';
import { faultInjectingFs } from '#electron/host/store/faultFs';
import { encodeOffsiteFile } from '#electron/host/store/offsiteFile';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { readMeta } from '#shared/model/session/read';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { getAgenda } from '#shared/model/agenda/read';
import { readTimer } from '#shared/model/timer/read';
import { applyTimerAction } from '#shared/model/timer/commands';
import { SCHEMA_VERSION } from '#shared/model/doc';
import { faultyFs } from './store/storeTestUtils';

const hosts = useHosts({ facilitatorKey: 'f'.repeat(32) }, 'offsite-lib-');
let dataDir: string;
beforeEach(() => {
  dataDir = hosts.dataDir;
});

/** A host on the test's data folder (a SessionStore there unless another store is given). */
const start = (store?: SessionStore): Promise<TestHost> =>
  store ? hosts.start({ store }) : hosts.startOnDisk();
const stop = (host: TestHost) => hosts.stop(host);

function post(
  host: TestHost,
  method: 'exportSession' | 'importSession',
  body: string | Uint8Array,
  type = 'application/json',
) {
  return hostApi(host).post(method, body, { type });
}

describe('the host library', () => {
  it('keeps sessions, join codes and notes across a restart', async () => {
    let host = await start();
    const created = await host.api.createSession({ title: 'Strategy offsite' });
    const replica = await host.hub.open(created.id);
    addParkingItem(replica.doc, { text: 'Ship offline first', authorId: 'a', authorName: 'Ada' });
    await stop(host);

    host = await start();
    const [listed] = await host.api.listSessions({});
    expect(listed).toMatchObject({ id: created.id, title: 'Strategy offsite' });
    expect(listed!.sizeBytes).toBeGreaterThan(0);
    expect(host.registry.byJoinCode(created.joinCode)?.id).toBe(created.id);
    const again = await host.hub.open(created.id);
    expect(listParkingItems(again.doc).map((n) => n.text)).toEqual(['Ship offline first']);
  });

  it('syncs a peer whose first messages arrive while the replica is still loading from disk', async () => {
    const host = await start();
    const { id } = await host.api.importSession({
      bytes: new Uint8Array(offsiteWithNote('loaded from disk')),
    });
    const { doc, provider } = connectHubPeer({
      url: host.localUrl,
      sessionId: id,
      role: { as: 'facilitator', key: host.facilitatorKey },
    });
    await expect.poll(() => provider.synced).toBe(true);
    expect(listParkingItems(doc).map((n) => n.text)).toEqual(['loaded from disk']);
    provider.destroy();
  });

  it('renames (meta and document), duplicates, deletes', async () => {
    const host = await start();
    const { id } = await host.api.createSession({ title: 'Retro' });
    await host.api.renameSession({ id, title: 'Retro, renamed' });
    expect(readMeta((await host.hub.open(id)).doc).title).toBe('Retro, renamed');
    const doc = (await host.hub.open(id)).doc;
    const day = addDay(doc, { label: 'Only day' });
    addBlock(doc, {
      dayId: day.id,
      title: 'Retro',
      kind: 'brainstorm',
      plannedMinutes: 30,
      columns: ['Good', 'Bad'],
    });
    addParkingItem(doc, { text: 'a loose note', authorId: 'a', authorName: 'A' });
    applyTimerAction(doc, { type: 'start' }, { hostNow: 1 });
    // The default copies the agenda only: no notes, no running timer.
    const copy = await host.api.duplicateSession({ id });
    expect(copy.title).toBe('Retro, renamed (copy)');
    const copied = (await host.hub.open(copy.id)).doc;
    expect(readMeta(copied).title).toBe('Retro, renamed (copy)');
    expect(
      getAgenda(copied).days.map((d) => [d.label, d.blocks.map((b) => [b.title, b.columns])]),
    ).toEqual([['Only day', [['Retro', ['Good', 'Bad']]]]]);
    expect(listParkingItems(copied)).toEqual([]);
    expect(readTimer(copied).facts.state).toBe('idle');
    // "Everything" copies the notes and the timer too.
    const all = await host.api.duplicateSession({ id, mode: 'everything' });
    const full = (await host.hub.open(all.id)).doc;
    expect(listParkingItems(full).map((n) => n.text)).toEqual(['a loose note']);
    expect(readTimer(full).facts.state).toBe('running');
    await host.api.deleteSession({ id: all.id });
    await host.api.deleteSession({ id });
    expect((await host.api.listSessions({})).map((s) => s.id)).toEqual([copy.id]);
    await expect(host.api.getSession({ id })).rejects.toThrow(/No session/);
  });

  it('exports and imports .offsite files over HTTP as raw bytes; bad files change nothing', async () => {
    const host = await start();
    const { id } = await host.api.createSession({ title: 'Export me' });
    addParkingItem((await host.hub.open(id)).doc, { text: 'kept', authorId: 'a', authorName: 'A' });
    const res = await post(host, 'exportSession', JSON.stringify({ id }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('Export%20me.offsite');
    const bytes = new Uint8Array(await res.arrayBuffer());

    const bad: [string, Uint8Array][] = [
      ['empty', new Uint8Array(0)],
      ['truncated', bytes.slice(0, bytes.length - 10)],
      ['foreign', new TextEncoder().encode('%PDF-1.7 not a session')],
      ['future', futureVersion(bytes)],
    ];
    for (const [what, file] of bad) {
      const r = await post(host, 'importSession', file, 'application/octet-stream');
      expect(r.status, what).toBe(400);
      expect(((await r.json()) as { error: string }).error, what).toMatch(
        /empty|incomplete|not an Offsite session file|newer version/,
      );
    }
    expect(await host.api.listSessions({})).toHaveLength(1);

    const ok = await post(host, 'importSession', bytes, 'application/octet-stream');
    expect(ok.status).toBe(200);
    const imported = (await ok.json()) as { id: string; joinUrl: string };
    expect(imported.id).not.toBe(id);
    expect(listParkingItems((await host.hub.open(imported.id)).doc).map((n) => n.text)).toEqual([
      'kept',
    ]);
    // The same file again is never a second identical row: "(imported 2)", then 3, in the doc too.
    const again = async () => {
      const r = await post(host, 'importSession', bytes, 'application/octet-stream');
      return (await r.json()) as { id: string };
    };
    const third = await again();
    const titles = (await host.api.listSessions({})).map((s) => s.title).sort();
    expect(titles).toEqual(['Export me', 'Export me (imported 2)', 'Export me (imported 3)']);
    expect(readMeta((await host.hub.open(third.id)).doc).title).toBe('Export me (imported 3)');
  });

  it('migrates an old document on open and records the version in meta.json', async () => {
    const store = new SessionStore({ dataDir });
    const v0 = new Uint8Array(
      fs.readFileSync(new URL('../../../fixtures/sessions/v0-session.bin', import.meta.url)),
    );
    const meta = await store.create({ title: 'Old', schemaVersion: 0 }, v0);
    await store.close();
    const host = await start();
    expect(host.registry.get(meta.id)?.schemaVersion).toBe(0);
    await host.api.getSession({ id: meta.id });
    expect(readMeta((await host.hub.open(meta.id)).doc).schemaVersion).toBe(SCHEMA_VERSION);
    await expect
      .poll(async () => (await host.store.get(meta.id)).schemaVersion)
      .toBe(SCHEMA_VERSION);
  });

  it('reports a torn log tail through storageHealth and keeps what came before', async () => {
    let host = await start();
    const { id } = await host.api.createSession({ title: 'Torn' });
    addParkingItem((await host.hub.open(id)).doc, {
      text: 'before',
      authorId: 'a',
      authorName: 'A',
    });
    await stop(host);
    fs.appendFileSync(join(dataDir, id, 'updates.log'), Buffer.from([0, 0, 1, 0, 9, 9, 9]));
    host = await start();
    expect((await host.api.storageHealth({})).skipped).toEqual([]);
    await host.api.getSession({ id });
    expect(listParkingItems((await host.hub.open(id)).doc).map((n) => n.text)).toEqual(['before']);
    const health = await host.api.storageHealth({});
    expect(health.ok).toBe(true);
    expect(health.skipped.join(' ')).toMatch(/\S/);
  });

  it('warns when the data folder cannot be written, while the session keeps running', async () => {
    const { fs: faulty, fault } = faultyFs();
    const host = await start(new SessionStore({ dataDir, fs: faulty, retryMs: 50 }));
    const { id } = await host.api.createSession({ title: 'Disk fills up' });
    fault.code = 'ENOSPC';
    const replica = await host.hub.open(id);
    addParkingItem(replica.doc, { text: 'in memory', authorId: 'a', authorName: 'A' });
    await expect.poll(async () => (await host.api.storageHealth({})).ok).toBe(false);
    expect((await host.api.storageHealth({})).message).toMatch(/disk is full.*keeps running/);
    expect(listParkingItems(replica.doc)).toHaveLength(1);
    fault.code = null;
    await expect.poll(async () => (await host.api.storageHealth({})).ok).toBe(true);
  });

  it('starts with a read-only data folder (OFFSITE_FAULT) and refuses to create, clearly', async () => {
    const host = await start(
      new SessionStore({ dataDir, fs: faultInjectingFs(nodeStoreFs, 'EROFS') }),
    );
    await expect(host.api.createSession({ title: 'x' })).rejects.toThrow(/read-only/);
  });

  it('keeps a memory-only library when started without a store', async () => {
    const host = await hosts.start();
    const { id } = await host.api.createSession({ title: 'Memory' });
    const file = await host.api.exportSession({ id });
    const copy = await host.api.importSession({ bytes: new Uint8Array(file.bytes) });
    expect((await host.api.listSessions({})).map((s) => s.id).sort()).toEqual([id, copy.id].sort());
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});

function offsiteWithNote(text: string): Uint8Array {
  const doc = new Y.Doc();
  addParkingItem(doc, { text, authorId: 'a', authorName: 'A' });
  return encodeOffsiteFile({
    header: {
      sessionId: 'a'.repeat(32),
      title: 'Seeded',
      createdAt: 1,
      schemaVersion: 1,
      exportedAt: 2,
    },
    state: Y.encodeStateAsUpdate(doc),
  });
}

/** The same file, re-encoded with a schema version newer than this build reads. */
function futureVersion(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(10, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(14, 14 + headerLength)));
  const stateLength = view.getUint32(14 + headerLength, true);
  const state = bytes.slice(18 + headerLength, 18 + headerLength + stateLength);
  return encodeOffsiteFile({ header: { ...header, schemaVersion: SCHEMA_VERSION + 1 }, state });
}
