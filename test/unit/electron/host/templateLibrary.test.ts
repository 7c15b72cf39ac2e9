// Saved templates on a real data folder: save a session's agenda, find it after a restart, make a
// new session from it, export and import (a repeat is "(imported 2)"), delete; bad files and a
// failing disk get a clear error and change nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { useHosts } from '#kit/useHost';
import type { TestHost } from '#kit/host';
import { hostApi } from '#kit/hostApi';
import { SessionStore } from '#electron/host/store/sessionStore';
import { agendaDrafts, getAgenda } from '#shared/model/agenda/read';
import { setBlockWrapUp } from '#shared/model/agenda/commands';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { faultyFs } from './store/storeTestUtils';

const hosts = useHosts({ facilitatorKey: 'f'.repeat(32) }, 'offsite-tpl-');
let dataDir: string;
beforeEach(() => {
  dataDir = hosts.dataDir;
});

/** A host on the test's data folder (a SessionStore there unless another store is given). */
const start = (store?: SessionStore): Promise<TestHost> =>
  store ? hosts.start({ store }) : hosts.startOnDisk();
const stop = (host: TestHost) => hosts.stop(host);

const templateFiles = () =>
  fs.existsSync(join(dataDir, 'templates')) ? fs.readdirSync(join(dataDir, 'templates')) : [];

/** A retrospective with a wrap-up cue on its brainstorm and a parked topic (not to be copied). */
async function retro(host: TestHost): Promise<string> {
  const { id } = await host.api.createSession({ title: 'Team retro', template: 'retrospective' });
  const doc = (await host.hub.open(id)).doc;
  const blocks = getAgenda(doc).days[0]!.blocks;
  setBlockWrapUp(doc, { blockId: blocks[1]!.id, minutes: 3 });
  addParkingItem(doc, { text: 'PARKED', authorId: 'p', authorName: 'Ada', blockId: blocks[0]!.id });
  return id;
}

const dayless = (drafts: ReturnType<typeof agendaDrafts>) =>
  drafts.map(({ date: _date, ...d }) => d);

describe('saved templates', () => {
  it('saves an agenda as a file, keeps it across a restart and makes sessions from it', async () => {
    let host = await start();
    const sessionId = await retro(host);
    const saved = await host.api.saveTemplate({ sessionId, name: 'Our retro' });
    expect(saved).toMatchObject({
      name: 'Our retro',
      builtIn: false,
      days: 1,
      blocks: 5,
      minutes: 80,
    });
    expect(templateFiles()).toEqual([`${saved.id}.json`]);
    const onDisk = JSON.parse(
      fs.readFileSync(join(dataDir, 'templates', `${saved.id}.json`), 'utf8'),
    );
    expect(onDisk).toMatchObject({ format: 'offsite-template', version: 1, name: 'Our retro' });
    expect(JSON.stringify(onDisk)).not.toContain('PARKED');

    await stop(host);
    host = await start();
    const list = await host.api.listTemplates({});
    expect(list.filter((t) => t.builtIn).map((t) => t.id)).toEqual([
      'strategy-offsite',
      'retrospective',
      'brainstorm-vote',
      'blank',
    ]);
    expect(list.filter((t) => !t.builtIn).map((t) => t.name)).toEqual(['Our retro']);

    const made = await host.api.createSession({ title: 'Next retro', template: saved.id });
    const source = agendaDrafts((await host.hub.open(sessionId)).doc);
    const copy = agendaDrafts((await host.hub.open(made.id)).doc);
    expect(dayless(copy)).toEqual(dayless(source));
    expect(copy[0]!.blocks[1]!.wrapUpMinutes).toBe(3);
  });

  it('refuses a second template of the same name and keeps the first', async () => {
    const host = await start();
    const sessionId = await retro(host);
    await host.api.saveTemplate({ sessionId, name: 'Our retro' });
    await expect(host.api.saveTemplate({ sessionId, name: 'Our retro' })).rejects.toThrow(
      'There is already a template named “Our retro”.',
    );
    await expect(host.api.saveTemplate({ sessionId, name: 'Retrospective' })).rejects.toThrow(
      /already a template named/,
    );
    expect(templateFiles()).toHaveLength(1);
  });

  it('exports and imports a file; the same file again is "(imported 2)", then 3', async () => {
    const host = await start();
    const saved = await host.api.saveTemplate({ sessionId: await retro(host), name: 'Our retro' });
    const file = await host.api.exportTemplate({ id: saved.id });
    expect(file.fileName).toBe('Our retro template.json');
    const again = await host.api.importTemplate({ text: file.text });
    const third = await host.api.importTemplate({ text: file.text });
    expect([again.name, third.name]).toEqual(['Our retro (imported 2)', 'Our retro (imported 3)']);
    expect(templateFiles()).toHaveLength(3);
    // A built-in template exports in the same format and imports as a saved one.
    const builtIn = await host.api.exportTemplate({ id: 'strategy-offsite' });
    const imported = await host.api.importTemplate({ text: builtIn.text });
    expect(imported).toMatchObject({
      name: 'Product & Engineering strategy offsite (2 days) (imported 2)',
      days: 2,
      builtIn: false,
    });
  });

  it('refuses bad files with a clear error, over HTTP too, and writes nothing', async () => {
    const host = await start();
    await expect(host.api.importTemplate({ text: '{"format":' })).rejects.toThrow(
      'This is not a template file: it is not valid JSON.',
    );
    await expect(
      host.api.importTemplate({ text: '{"format":"offsite-template","version":9}' }),
    ).rejects.toThrow('made by a newer Offsite (version 9)');
    const post = (body: string) => hostApi(host).post('importTemplate', body);
    const bad = await post(JSON.stringify({ text: '[1,2]' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/not a template file/);
    // 30 MB: refused before it is read as a whole, by the body limit.
    const huge = await post(JSON.stringify({ text: 'x'.repeat(30 * 1024 * 1024) })).catch(
      (e: Error) => e,
    );
    if (!(huge instanceof Error)) {
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { error: string }).error).toMatch(/larger than/);
    }
    expect(templateFiles()).toEqual([]);
    expect((await host.api.listTemplates({})).filter((t) => !t.builtIn)).toEqual([]);
  });

  it('deletes a saved template (file and all) and refuses to delete a built-in one', async () => {
    const host = await start();
    const saved = await host.api.saveTemplate({ sessionId: await retro(host), name: 'Our retro' });
    await expect(host.api.deleteTemplate({ id: 'retrospective' })).rejects.toThrow(
      'Built-in templates cannot be deleted.',
    );
    await host.api.deleteTemplate({ id: saved.id });
    expect(templateFiles()).toEqual([]);
    await expect(host.api.createSession({ title: 'x', template: saved.id })).rejects.toThrow(
      'There is no such template.',
    );
    await expect(host.api.deleteTemplate({ id: saved.id })).rejects.toThrow(
      'no such saved template',
    );
  });

  it('skips a damaged template file on start and keeps the others', async () => {
    let host = await start();
    const saved = await host.api.saveTemplate({ sessionId: await retro(host), name: 'Our retro' });
    await stop(host);
    fs.writeFileSync(
      join(dataDir, 'templates', `${'a'.repeat(32)}.json`),
      '{"format":"offsite-template"',
    );
    const logs: string[] = [];
    host = await hosts.startOnDisk({ log: (m) => logs.push(m) });
    expect((await host.api.listTemplates({})).filter((t) => !t.builtIn).map((t) => t.id)).toEqual([
      saved.id,
    ]);
    expect(logs.join('\n')).toMatch(/templates: skipped a{32}\.json: .*not valid JSON/);
  });

  it('says why when the disk refuses the write, and lists nothing that was not saved', async () => {
    const { fs: faulty, fault } = faultyFs();
    const host = await start(new SessionStore({ dataDir, fs: faulty }));
    const sessionId = await retro(host);
    fault.code = 'ENOSPC';
    await expect(host.api.saveTemplate({ sessionId, name: 'Our retro' })).rejects.toThrow(
      'The template could not be saved: the data folder is full: the disk is full (ENOSPC).',
    );
    fault.code = null;
    expect((await host.api.listTemplates({})).filter((t) => !t.builtIn)).toEqual([]);
    expect(templateFiles().filter((f) => f.endsWith('.json'))).toEqual([]);
    await host.api.saveTemplate({ sessionId, name: 'Our retro' });
    expect(templateFiles()).toHaveLength(1);
  });
});
