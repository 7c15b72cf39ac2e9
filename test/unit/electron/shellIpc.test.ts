// registerShellIpc (the projector window channel) against a hand-written electron mock: only our
// own pages may ask, and only with a well-formed session id.
import { beforeEach, describe, expect, it } from 'vitest';
import { handlers } from './mocks/electron';

const { registerShellIpc } = await import('#electron/ipc');
const { SHELL_CHANNELS } = await import('#shared/protocol/channels');

const ORIGIN = 'http://127.0.0.1:7480';
const event = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });
const ID = 'a'.repeat(32);

describe('registerShellIpc: openProjector', () => {
  beforeEach(() => handlers.clear());

  it('opens the projector for a session id from our own console, and unregisters', async () => {
    const opened: string[] = [];
    const dispose = registerShellIpc({ openProjector: (id) => opened.push(id) }, ORIGIN);
    const h = handlers.get(SHELL_CHANNELS.openProjector)!;
    await h(event(`${ORIGIN}/console/session/${ID}`), ID);
    expect(opened).toEqual([ID]);
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('refuses other senders and malformed ids', async () => {
    const opened: string[] = [];
    registerShellIpc({ openProjector: (id) => opened.push(id) }, ORIGIN);
    const h = handlers.get(SHELL_CHANNELS.openProjector)!;
    for (const url of ['http://evil.example/', 'http://127.0.0.1:7481/', undefined])
      await expect(h(event(url), ID)).rejects.toThrow(/untrusted sender/);
    for (const bad of ['../../etc', ID.toUpperCase(), `${ID}0`, 42, null, { id: ID }])
      await expect(h(event(`${ORIGIN}/`), bad)).rejects.toThrow(/Invalid arguments/);
    expect(opened).toEqual([]);
  });
});
