// exportIpc.ts against a hand-written mock of the electron module: the saveExport handler checks
// its sender and arguments, asks for a path with a sensible default, prints PDFs, writes the file.
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeWindow, handlers } from './mocks/electron';
import type { ExportShell } from '#electron/exportIpc';
import { SAVE_EXPORT_CHANNEL } from '#shared/protocol/exportBridge';

const { registerExportIpc, printToPdf } = await import('#electron/exportIpc');

const ORIGIN = 'http://127.0.0.1:7480';
const event = (url: string | null) => ({
  senderFrame: url === null ? null : { url },
  sender: {},
});

function fakeShell(chosen: string | null = '/home/fran/Documents/out.md') {
  const log: unknown[][] = [];
  const shell: ExportShell = {
    askPath: async (_win, options) => (log.push(['ask', options]), chosen),
    printToPdf: async (html, size) => (log.push(['print', html, size]), new Uint8Array([37, 80])),
    writeFile: async (path, data) => void log.push(['write', path, data]),
    documentsDir: () => '/docs',
  };
  return { shell, log };
}

const call = (args: unknown, url: string | null = `${ORIGIN}/console/abc`) =>
  handlers.get(SAVE_EXPORT_CHANNEL)!(event(url), args);

describe('registerExportIpc', () => {
  beforeEach(() => handlers.clear());

  it('registers one channel and removes it (preload.test.ts: it is the one the preload invokes)', () => {
    const dispose = registerExportIpc(ORIGIN, fakeShell().shell);
    expect([...handlers.keys()]).toEqual([SAVE_EXPORT_CHANNEL]);
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('refuses other senders before looking at the arguments', async () => {
    const { shell, log } = fakeShell();
    registerExportIpc(ORIGIN, shell);
    const ok = { kind: 'markdown', defaultName: 'a.md', content: '# A' };
    await expect(call(ok, 'http://evil.example')).rejects.toThrow(/untrusted sender/);
    await expect(call(ok, null)).rejects.toThrow(/untrusted sender/);
    await expect(call(ok, 'file:///etc/passwd')).rejects.toThrow(/untrusted sender/);
    expect(log).toEqual([]);
  });

  it('refuses bad arguments', async () => {
    const { shell, log } = fakeShell();
    registerExportIpc(ORIGIN, shell);
    for (const bad of [
      null,
      'x',
      { kind: 'exe', defaultName: 'a', content: '' },
      { kind: 'markdown', defaultName: '../../.bashrc', content: '' },
      { kind: 'markdown', defaultName: '', content: '' },
      { kind: 'markdown', defaultName: 'a.md', content: 3 },
      { kind: 'pdf', defaultName: 'a.pdf', content: '', pageSize: 'A0' },
      { kind: 'markdown', defaultName: 'a.md', content: '', path: '/etc/x' },
    ])
      await expect(call(bad)).rejects.toThrow(/saveExport refused/);
    expect(log).toEqual([]);
  });

  it('saves Markdown where the user chose, with the suggested name prefilled', async () => {
    const { shell, log } = fakeShell('/tmp/notes.md');
    registerExportIpc(ORIGIN, shell);
    const result = await call({
      kind: 'markdown',
      defaultName: '2026-11-26 Offsite.md',
      content: '# Hi',
    });
    expect(result).toEqual({ saved: true, path: '/tmp/notes.md' });
    expect(log[0]![0]).toBe('ask');
    expect(log[0]![1]).toMatchObject({
      defaultPath: '/docs/2026-11-26 Offsite.md',
      filters: [{ extensions: ['md'] }],
    });
    expect(log[1]).toEqual(['write', '/tmp/notes.md', '# Hi']);
  });

  it('prints a PDF only after a path was chosen, and nothing when cancelled', async () => {
    const cancelled = fakeShell(null);
    registerExportIpc(ORIGIN, cancelled.shell);
    expect(await call({ kind: 'pdf', defaultName: 'a.pdf', content: '<p>x</p>' })).toEqual({
      saved: false,
    });
    expect(cancelled.log.map((l) => l[0])).toEqual(['ask']);
    handlers.clear();

    const chosen = fakeShell('/tmp/a.pdf');
    registerExportIpc(ORIGIN, chosen.shell);
    await call({ kind: 'pdf', defaultName: 'a.pdf', content: '<p>x</p>', pageSize: 'Letter' });
    expect(chosen.log.map((l) => l[0])).toEqual(['ask', 'print', 'write']);
    expect(chosen.log[1]).toEqual(['print', '<p>x</p>', 'Letter']);
  });

  it('prints a tagged PDF with an outline (headings and the language for screen readers)', async () => {
    const before = FakeWindow.all.length;
    await printToPdf('<!doctype html><html lang="en"><h1>Offsite</h1></html>', 'A4');
    const win = FakeWindow.all[before]!;
    expect(win.printed.length).toBeGreaterThan(0);
    for (const o of win.printed)
      expect(o).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true });
    expect(win.destroyed).toBe(true);
  });
});
