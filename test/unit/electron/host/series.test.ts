// A series through the real host (issue 25): "Follow up" makes the next session with the open
// commitments carried; the library lists a series with its count of open commitments; a whole
// series goes to one file and comes back, each session intact; bad series files (newer version,
// an earlier session missing, damaged, cut off) are refused with a sentence and import nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHosts } from '#kit/useHost';
import { hostApi } from '#kit/hostApi';
import type { TestHost } from '#kit/host';
import { addAction, addDecision, addMeasure } from '#shared/model/registers/commands';
import { listActions, listMeasures } from '#shared/model/registers/read';
import { recordActionUpdate } from '#shared/model/series/commands';
import {
  actionHistories,
  listCarriedDecisions,
  readSeriesLink,
  reviewItems,
} from '#shared/model/series/read';
import { getAgenda } from '#shared/model/agenda/read';
import { readMeta } from '#shared/model/session/read';
import { readSessionLanguage } from '#shared/model/session/language';
import { encodeSeriesFile, SERIES_MAGIC } from '#electron/host/store/offsiteSeries';
import { encodeOffsiteFile, decodeOffsiteFile } from '#electron/host/store/offsiteFile';
import { SCHEMA_VERSION } from '#shared/model/doc';
import { SessionStore } from '#electron/host/store/sessionStore';
import { nodeStoreFs, type StoreFs } from '#electron/host/store/storeFs';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';

const hosts = useHosts({ facilitatorKey: 'f'.repeat(32) }, 'offsite-series-');
let host: TestHost;
beforeEach(async () => {
  host = await hosts.startOnDisk();
});

async function firstSession(title = 'Q3 offsite') {
  const s = await host.api.createSession({ title, template: 'retrospective' });
  const doc = (await host.hub.open(s.id)).doc;
  const people = { responsible: 'Ann', accountable: 'Bo' };
  addAction(doc, { id: 'hire', title: 'Hire two engineers', ...people, due: '2026-10-01', now: 1 });
  addAction(doc, { id: 'venue', title: 'Book the venue', ...people, status: 'done', now: 2 });
  addDecision(doc, { id: 'd1', title: 'One price page', now: 3 });
  addMeasure(doc, { id: 'nps', name: 'NPS', baseline: '42', target: '60', now: 4 });
  return s;
}

const listed = async (id: string) => (await host.api.listSessions({})).find((s) => s.id === id)!;

describe('a series on the host', () => {
  it('follows up a session: the next one carries its open commitments and opens with a review', async () => {
    const first = await firstSession();
    const second = await host.api.followUpSession({ id: first.id });
    expect(second.title).toBe('Q3 offsite · follow-up 1');
    expect(second.carried).toEqual({ actions: 1, decisions: 1, parkingItems: 0 });
    const doc = (await host.hub.open(second.id)).doc;
    expect(readSeriesLink(doc)).toMatchObject({ number: 2, previousTitle: 'Q3 offsite' });
    const firstDoc = (await host.hub.open(first.id)).doc;
    expect(readSeriesLink(firstDoc)!.seriesId).toBe(readSeriesLink(doc)!.seriesId);
    expect(listActions(doc).map((a) => [a.id, a.responsible, a.due, a.carriedFrom])).toEqual([
      ['hire', 'Ann', '2026-10-01', 'Q3 offsite'],
    ]);
    expect(listCarriedDecisions(doc).map((d) => d.title)).toEqual(['One price page']);
    expect(listMeasures(doc).map((m) => m.name)).toEqual(['NPS']);
    // The previous agenda (the retrospective), opening with "Review commitments".
    const blocks = getAgenda(doc).days[0]!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual([
      'review',
      'talk',
      'brainstorm',
      'vote',
      'discuss',
      'discuss',
    ]);
    expect(reviewItems(doc).map((r) => [r.action.id, r.review])).toEqual([['hire', null]]);

    // The library: both in one series, numbered, each with the newest session's open count.
    const [a, b] = [await listed(first.id), await listed(second.id)];
    expect(a.series).toEqual({ id: b.series!.id, number: 1, openCommitments: 1 });
    expect(b.series).toMatchObject({ number: 2, openCommitments: 1 });
    recordActionUpdate(doc, 'facilitator', {
      actionId: 'hire',
      status: 'done',
      note: 'Both started',
    });
    expect((await listed(first.id)).series!.openCommitments).toBe(0);

    // Only the newest session of a series is followed up; a template may replace the agenda.
    await expect(host.api.followUpSession({ id: first.id })).rejects.toThrow(
      /already has a follow-up/,
    );
    const third = await host.api.followUpSession({ id: second.id, template: 'strategy-offsite' });
    const thirdDoc = (await host.hub.open(third.id)).doc;
    expect(getAgenda(thirdDoc).days[0]!.blocks[0]!.kind).toBe('review');
    expect(readSeriesLink(thirdDoc)!.number).toBe(3);
    expect(third.carried.actions).toBe(0);
    // Duplicating a member makes a session that stands alone.
    const copy = await host.api.duplicateSession({ id: second.id, mode: 'everything' });
    expect((await listed(copy.id)).series).toBeUndefined();
    expect(readSeriesLink((await host.hub.open(copy.id)).doc)).toBeNull();
  });

  it('follows up in the session’s language: its title, its review, the template’s words, its exports', async () => {
    const first = await host.api.createSession({
      title: 'Q3-Klausur',
      template: 'retrospective',
      language: 'de',
    });
    const firstDoc = (await host.hub.open(first.id)).doc;
    const firstTitles = getAgenda(firstDoc).days[0]!.blocks.map((b) => b.title);
    const second = await host.api.followUpSession({ id: first.id });
    expect(second.title).toBe('Q3-Klausur · Folgesitzung 1');
    const doc = (await host.hub.open(second.id)).doc;
    expect(readSessionLanguage(doc)).toBe('de');
    const blocks = getAgenda(doc).days[0]!.blocks;
    expect(blocks[0]).toMatchObject({ kind: 'review', title: 'Zusagen besprechen' });
    expect(blocks.slice(1).map((b) => b.title)).toEqual(firstTitles);
    // A follow-up of the follow-up counts on; a built-in template comes in the session's language.
    const third = await host.api.followUpSession({ id: second.id, template: 'retrospective' });
    expect(third.title).toBe('Q3-Klausur · Folgesitzung 2');
    const thirdDoc = (await host.hub.open(third.id)).doc;
    expect(getAgenda(thirdDoc).days[0]!.blocks.map((b) => b.title)).toEqual([
      'Zusagen besprechen',
      ...firstTitles,
    ]);
    // An English session's follow-up stays English.
    const english = await firstSession('Q4 offsite');
    const next = await host.api.followUpSession({ id: english.id });
    expect(next.title).toBe('Q4 offsite · follow-up 1');
    expect(getAgenda((await host.hub.open(next.id)).doc).days[0]!.blocks[0]!.title).toBe(
      'Review commitments',
    );
  });

  it('exports a whole series to one file and imports it again, each session intact', async () => {
    const first = await firstSession();
    const second = await host.api.followUpSession({ id: first.id });
    const doc2 = (await host.hub.open(second.id)).doc;
    recordActionUpdate(doc2, 'facilitator', {
      actionId: 'hire',
      status: 'at risk',
      note: 'One offer declined',
    });
    await host.store.flush();
    const file = await host.api.exportSession({ id: second.id, series: true });
    expect(file.fileName).toMatch(/Q3 offsite \(series of 2\)\.offsite$/);
    expect([...file.bytes.subarray(0, 8)]).toEqual([...SERIES_MAGIC]);
    // Over HTTP as the console's browser sends it: the same file, raw both ways.
    const http = hostApi(host);
    const res = await http.post('exportSession', { id: second.id, series: true });
    expect(res.status).toBe(200);
    const overHttp = new Uint8Array(await res.arrayBuffer());
    expect([...overHttp.subarray(0, 8)]).toEqual([...SERIES_MAGIC]);
    expect(overHttp.byteLength).toBe(file.bytes.byteLength);
    // One session still exports alone, as before.
    const alone = await host.api.exportSession({ id: second.id });
    expect(decodeOffsiteFile(alone.bytes).header.title).toBe('Q3 offsite · follow-up 1');

    const before = (await host.api.listSessions({})).length;
    const imported = await host.api.importSession({ bytes: new Uint8Array(file.bytes) });
    const after = await host.api.listSessions({});
    expect(after).toHaveLength(before + 2);
    expect(imported.title).toBe('Q3 offsite · follow-up 1 (imported 2)');
    const copies = after.filter((s) => s.title.endsWith('(imported 2)'));
    expect(copies.map((s) => s.series!.number).sort()).toEqual([1, 2]);
    // A copy of a series already in the library is a series of its own.
    expect(new Set(copies.map((s) => s.series!.id)).size).toBe(1);
    expect(copies[0]!.series!.id).not.toBe((await listed(first.id)).series!.id);
    const copy2 = (await host.hub.open(imported.id)).doc;
    expect(listActions(copy2)).toEqual(listActions(doc2));
    expect(
      actionHistories(copy2)
        .get('hire')!
        .map((u) => [u.status, u.note]),
    ).toEqual([['at risk', 'One offer declined']]);
    expect(readSeriesLink(copy2)).toMatchObject({ number: 2, previousTitle: 'Q3 offsite' });
    expect(readMeta(copy2).title).toBe('Q3 offsite · follow-up 1 (imported 2)');
  });

  it('refuses bad series files with a sentence and imports nothing', async () => {
    const first = await firstSession();
    const second = await host.api.followUpSession({ id: first.id });
    await host.store.flush();
    const whole = (await host.api.exportSession({ id: second.id, series: true })).bytes;
    const one = (id: string) => host.api.exportSession({ id }).then((f) => f.bytes);
    const seriesId = (await listed(first.id)).series!.id;
    const count = async () => (await host.api.listSessions({})).length;
    const n = await count();
    const refused = async (bytes: Uint8Array, why: RegExp) => {
      await expect(host.api.importSession({ bytes: new Uint8Array(bytes) })).rejects.toThrow(why);
      expect(await count()).toBe(n);
    };

    // A newer series format, and a session inside saved by a newer schema.
    const newer = whole.slice();
    new DataView(newer.buffer).setUint16(8, 9, true);
    await refused(newer, /newer version of Offsite \(series format 9.*Update Offsite/);
    const futureSession = encodeOffsiteFile({
      header: {
        ...decodeOffsiteFile(await one(second.id)).header,
        schemaVersion: SCHEMA_VERSION + 1,
      },
      state: decodeOffsiteFile(await one(second.id)).state,
    });
    await refused(
      encodeSeriesFile(
        {
          seriesId: 'other',
          title: 'Q3',
          exportedAt: 1,
          sessions: [
            { number: 1, title: 'Q3 offsite' },
            { number: 2, title: 'F' },
          ],
        },
        [await one(first.id), futureSession],
      ),
      /Session 2 \(“F”\) of this series: This session was saved by a newer version/,
    );
    // Session 2 of another series, without its session 1 (in neither the file nor the library).
    await refused(
      encodeSeriesFile(
        {
          seriesId: 'not-here',
          title: 'Q3 offsite',
          exportedAt: 1,
          sessions: [{ number: 2, title: 'F' }],
        },
        [await one(second.id)],
      ),
      /session 1 is neither in the file nor in the library.*Nothing was imported/,
    );
    // Cut off, damaged, empty.
    await refused(new Uint8Array(whole.subarray(0, whole.length - 100)), /series file is damaged/);
    const flipped = whole.slice();
    flipped[40] = flipped[40]! ^ 0xff;
    await refused(flipped, /series file is damaged \(checksum mismatch/);
    await refused(new Uint8Array(SERIES_MAGIC), /incomplete/);
    // A later session alone (number 3) of a series whose sessions 1 and 2 are in the library
    // joins that series.
    const joined = await host.api.importSession({
      bytes: encodeSeriesFile(
        { seriesId, title: 'Q3 offsite', exportedAt: 1, sessions: [{ number: 3, title: 'Next' }] },
        [await one(second.id)],
      ),
    });
    expect((await listed(joined.id)).series).toMatchObject({ id: seriesId, number: 3 });
  });

  it('removes what it stored when storing a later session fails: nothing half-imported', async () => {
    const first = await firstSession();
    const second = await host.api.followUpSession({ id: first.id });
    await host.store.flush();
    const file = await host.api.exportSession({ id: second.id, series: true });
    await hosts.stop(host);
    // The same library, on a disk that fills up while the second session is written.
    const disk = { armed: false, folders: 0 };
    const fs: StoreFs = {
      ...nodeStoreFs,
      mkdir: async (dir) => {
        if (disk.armed && basename(dir).startsWith('.new-') && ++disk.folders >= 2)
          throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
        return nodeStoreFs.mkdir(dir);
      },
    };
    host = await hosts.start({ store: new SessionStore({ dataDir: hosts.dataDir, fs }) });
    const before = (await host.api.listSessions({})).map((s) => s.id).sort();
    expect(before).toHaveLength(2);
    disk.armed = true;
    await expect(host.api.importSession({ bytes: new Uint8Array(file.bytes) })).rejects.toThrow(
      /full/,
    );
    expect(disk.folders).toBe(2); // the first session was stored, the second was not
    expect((await host.api.listSessions({})).map((s) => s.id).sort()).toEqual(before);
    expect(
      readdirSync(hosts.dataDir)
        .filter((n) => /^[0-9a-f]{32}$/.test(n))
        .sort(),
    ).toEqual(before);
  });

  it('imports a series of 10,000 actions whole', async () => {
    const s = await host.api.createSession({ title: 'Big' });
    const doc = (await host.hub.open(s.id)).doc;
    doc.transact(() => {
      for (let i = 0; i < 10_000; i++)
        addAction(doc, { id: `a${i}`, title: `Action ${i}`, responsible: 'Ann', now: i });
    });
    const next = await host.api.followUpSession({ id: s.id });
    expect(next.carried.actions).toBe(10_000);
    await host.store.flush();
    const t0 = performance.now();
    const file = await host.api.exportSession({ id: next.id, series: true });
    const imported = await host.api.importSession({ bytes: new Uint8Array(file.bytes) });
    const ms = performance.now() - t0;
    const copy = (await host.hub.open(imported.id)).doc;
    expect(listActions(copy)).toHaveLength(10_000);
    expect((await listed(imported.id)).series!.openCommitments).toBe(10_000);
    console.log(
      `10,000-action series: ${file.bytes.byteLength} bytes, export+import ${ms.toFixed(0)} ms`,
    );
  }, 120_000);
});
