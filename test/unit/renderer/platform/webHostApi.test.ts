// The HostApi over HTTP (renderer/platform/webHostApi.ts) against a real host at an explicit base
// URL: JSON methods with the key as bearer, `.offsite` files as raw bytes both ways with the
// host's file name, the host's own sentence as the error.
import { describe, expect, it } from 'vitest';
import { useHost } from '#kit/useHost';
import { createWebHostApi } from '#renderer/platform/webHostApi';

const hub = useHost();
const api = (key = hub.host.facilitatorKey) => createWebHostApi(key, hub.host.localUrl);

describe('createWebHostApi', () => {
  it('offers every HostApi method', () => {
    const methods = Object.keys(api()).sort();
    expect(methods).toEqual(
      expect.arrayContaining([
        'createSession',
        'exportSession',
        'importSession',
        'listTemplates',
        'rotateJoinCode',
      ]),
    );
  });

  it('rotates a join code: the old one no longer joins', async () => {
    const s = await hub.session('Rotate');
    const rotated = await api().rotateJoinCode({ id: s.id });
    expect(rotated.joinCode).not.toBe(s.joinCode);
    expect(rotated.joinUrl).toContain(rotated.joinCode);
  });

  it('round-trips a session file as bytes under the host’s file name', async () => {
    const s = await hub.session('Ünïcode & spaces');
    const file = await api().exportSession({ id: s.id });
    expect(file.fileName).toMatch(/Ünïcode & spaces\.offsite$/);
    const copy = await api().importSession({ bytes: new Uint8Array(file.bytes) });
    expect(copy.title).toMatch(/^Ünïcode & spaces/);
    expect((await api().listSessions({})).map((x) => x.id).sort()).toEqual([s.id, copy.id].sort());
  });

  it('refuses bytes that are not a session file, in the host’s words', async () => {
    await expect(api().importSession({ bytes: new Uint8Array([1, 2, 3]) })).rejects.toThrow(
      'This is not an Offsite session file.',
    );
    expect(await api().listSessions({})).toEqual([]);
  });

  it('refuses every method with a wrong key', async () => {
    const wrong = api('f'.repeat(32));
    await expect(wrong.listTemplates({})).rejects.toThrow(
      'The facilitator key is missing or wrong.',
    );
    const s = await hub.session('Mine');
    await expect(wrong.exportSession({ id: s.id })).rejects.toThrow(
      'The facilitator key is missing or wrong.',
    );
    await expect(wrong.importSession({ bytes: new Uint8Array([1]) })).rejects.toThrow(
      'The facilitator key is missing or wrong.',
    );
  });
});
