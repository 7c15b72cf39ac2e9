// Issue 22: a data folder the host creates is private to the user who runs it. Every folder it
// makes (the data folder, a session's folder, templates/) is 0700 and every file (update log,
// snapshot, meta, template, facilitator key) 0600, whatever the umask lets through, so other users
// on the machine cannot read a session.
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as Y from 'yjs';
import { SessionStore } from '#electron/host/store/sessionStore';
import { nodeStoreFs } from '#electron/host/store/storeFs';
import { TemplateLibrary } from '#electron/host/templateLibrary';
import { loadOrCreateFacilitatorKey } from '#electron/host/facilitatorKey';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every folder and file under `root` (root included) with its permission bits. */
function modes(root: string): { file: string; dir: boolean; mode: number }[] {
  const out = [{ file: root, dir: true, mode: fs.statSync(root).mode & 0o777 }];
  for (const name of fs.readdirSync(root, { recursive: true }) as string[]) {
    const file = path.join(root, name);
    const st = fs.statSync(file);
    out.push({ file: path.relative(root, file), dir: st.isDirectory(), mode: st.mode & 0o777 });
  }
  return out;
}

describe('the data folder the host creates', () => {
  it('is 0700 with 0700 folders and 0600 files, under a umask that lets others read', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'offsite-modes-'));
    made.push(parent);
    // A missing data folder: the host creates it, and everything in it.
    const dataDir = path.join(parent, 'data');
    // The umask lets group and others read what is made without a mode (vitest's workers cannot
    // set it): without the host's own modes the files would be 0644.
    fs.writeFileSync(path.join(parent, 'probe'), '');
    expect((fs.statSync(path.join(parent, 'probe')).mode & 0o044).toString(8)).toBe('44');
    {
      const store = new SessionStore({ dataDir, debounceMs: 1 });
      const meta = await store.create({ title: 'Private offsite' });
      const doc = new Y.Doc();
      doc.on('update', (u: Uint8Array) => store.append(meta.id, u));
      doc.getMap('notes').set('n1', 'A note only the room may read');
      await store.flush();
      await store.compact(meta.id);
      doc.getMap('notes').set('n2', 'Another note');
      await store.flush();
      await store.close();

      const templates = await TemplateLibrary.load(dataDir, nodeStoreFs);
      await templates.importText(templates.exportFile('retrospective').text, 1_000);
      loadOrCreateFacilitatorKey(dataDir);

      const all = modes(dataDir);
      // What the test meant to cover is there: a session folder, its log, a template, the key.
      const names = all.map((e) => e.file);
      expect(names).toContain(meta.id);
      expect(names.some((n) => n.startsWith(`templates${path.sep}`) && n.endsWith('.json'))).toBe(
        true,
      );
      expect(names).toContain('facilitator.key');
      expect(all.filter((e) => !e.dir).length).toBeGreaterThanOrEqual(4);
      for (const e of all)
        expect({ file: e.file, mode: e.mode.toString(8) }).toEqual({
          file: e.file,
          mode: e.dir ? '700' : '600',
        });
    }
  });
});
