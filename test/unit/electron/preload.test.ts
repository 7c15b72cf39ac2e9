// The preload and main meet only through shared/protocol/channels.ts: every function of the
// bridge the preload exposes reaches a handler main registered, through the one electron mock
// (its ipcRenderer.invoke calls main's handler in-process and, as Electron does, rejects with the
// message only). A HostApi call answers an IpcAnswer; renderer/platform/electronPlatform.test.ts
// follows a real host's refusal through it to the electron platform's caller.
import { afterEach, describe, expect, it } from 'vitest';
import { exposed, handlers, invoked, dialogs } from './mocks/electron';
import type { OffsiteBridge } from '#shared/protocol/bridge';
import type { HostApi } from '#shared/protocol/hostApi';
import { HOST_API_METHODS } from '#shared/protocol/methods';

const { registerIpc, registerShellIpc } = await import('#electron/ipc');
const { registerExportIpc } = await import('#electron/exportIpc');
const { registerSessionFileIpc } = await import('#electron/sessionFiles');
const { registerDisplayIpc } = await import('#electron/displayIpc');

const ORIGIN = 'http://127.0.0.1:7480';
const ID = 'c'.repeat(32);

describe('preload ↔ main', () => {
  afterEach(() => {
    handlers.clear();
    invoked.length = 0;
    dialogs.length = 0;
  });

  it('every bridge call lands on a handler main registered, with its arguments', async () => {
    const hostCalls: string[] = [];
    const api = new Proxy({} as HostApi, {
      get: (_t, method: string) => async () => (hostCalls.push(method), { method }),
    });
    const opened: string[] = [];
    const chosen: (number | null)[] = [];
    const disposers = [
      registerIpc(api, ORIGIN),
      registerShellIpc({ openProjector: (id) => opened.push(id) }, ORIGIN),
      registerExportIpc(ORIGIN),
      registerSessionFileIpc(ORIGIN),
      registerDisplayIpc(
        {
          projectorDisplays: () => ({ automatic: chosen.length === 0, displays: [] }),
          chooseProjectorDisplay: (id) => void chosen.push(id),
        },
        ORIGIN,
      ),
    ];
    await import('#electron/preload');
    const bridge = exposed.get('offsite') as OffsiteBridge;
    expect(bridge.platform).toBe('electron');

    const answered = (method: string) => ({ ok: true, value: { method } });
    await expect(bridge.host.listSessions({})).resolves.toEqual(answered('listSessions'));
    await expect(bridge.host.storageHealth({})).resolves.toEqual(answered('storageHealth'));
    await bridge.openProjector(ID);
    expect(opened).toEqual([ID]);
    await expect(bridge.projectorDisplays()).resolves.toEqual({ automatic: true, displays: [] });
    await expect(bridge.chooseProjectorDisplay(7)).resolves.toMatchObject({ automatic: false });
    expect(chosen).toEqual([7]);
    // The save dialogs of the mock are always cancelled: the call went all the way to them.
    await expect(
      bridge.saveExport({ kind: 'markdown', defaultName: 'Minutes.md', content: '# Minutes' }),
    ).resolves.toEqual({ saved: false });
    await expect(
      bridge.saveSessionFile({ fileName: 'S.offsite', bytes: new Uint8Array([1, 2]) }),
    ).resolves.toBe(false);
    expect(dialogs).toHaveLength(2);
    expect(hostCalls).toEqual(['listSessions', 'storageHealth']);

    // Every HostApi method the preload knows has its handler (none rejects as unregistered).
    for (const method of HOST_API_METHODS) {
      const call = (bridge.host as Record<string, (a: unknown) => Promise<unknown>>)[method]!;
      await call({}).catch((err: Error) => expect(err.message).not.toMatch(/No handler/));
    }
    expect(invoked.every((channel) => handlers.has(channel))).toBe(true);
    for (const dispose of disposers) dispose();
    expect(handlers.size).toBe(0);
  });
});
