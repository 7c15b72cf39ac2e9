// The projector display channels: only our own pages, only an integer display id or null.
import { beforeEach, describe, expect, it } from 'vitest';
import { handlers } from './mocks/electron';

const { registerDisplayIpc } = await import('#electron/displayIpc');
const { SHELL_CHANNELS } = await import('#shared/protocol/channels');

const ORIGIN = 'http://127.0.0.1:7480';
const event = (url: string) => ({ senderFrame: { url } });

describe('registerDisplayIpc', () => {
  beforeEach(() => handlers.clear());

  it('refuses other senders and ids that are not integers, and moves nothing', async () => {
    const chosen: (number | null)[] = [];
    registerDisplayIpc(
      {
        projectorDisplays: () => ({ automatic: true, displays: [] }),
        chooseProjectorDisplay: (id) => void chosen.push(id),
      },
      ORIGIN,
    );
    const choose = handlers.get(SHELL_CHANNELS.chooseProjectorDisplay)!;
    const list = handlers.get(SHELL_CHANNELS.projectorDisplays)!;
    await expect(list(event('http://evil.example/'))).rejects.toThrow(/untrusted sender/);
    await expect(choose(event('http://evil.example/'), 2)).rejects.toThrow(/untrusted sender/);
    for (const bad of ['2', 1.5, Number.NaN, {}, undefined, 2 ** 60])
      await expect(choose(event(`${ORIGIN}/console`), bad)).rejects.toThrow(/not a display id/);
    expect(chosen).toEqual([]);
    await choose(event(`${ORIGIN}/console`), null);
    await choose(event(`${ORIGIN}/console`), 2);
    expect(chosen).toEqual([null, 2]);
  });
});
