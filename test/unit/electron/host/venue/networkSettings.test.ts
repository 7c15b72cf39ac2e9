// The Public-profile warning's button: on Windows the host opens the network settings page with a
// fixed command; elsewhere there is nothing to open and the API says so.
import { describe, expect, it } from 'vitest';
import { NETWORK_SETTINGS_URI, openNetworkSettings } from '#electron/host/venue/networkSettings';
import { useHost } from '#kit/useHost';
import { hostApi } from '#kit/hostApi';

const used = useHost();

describe('opening the network settings', () => {
  it('starts the Settings page on Windows, and nothing elsewhere', () => {
    const runs: [string, string[]][] = [];
    const run = (command: string, args: string[]) => void runs.push([command, args]);
    expect(openNetworkSettings('win32', run)).toBe(true);
    expect(runs).toEqual([['cmd.exe', ['/c', 'start', '""', NETWORK_SETTINGS_URI]]]);
    expect(NETWORK_SETTINGS_URI).toBe('ms-settings:network-status');
    for (const platform of ['linux', 'darwin'] as const)
      expect(openNetworkSettings(platform, run)).toBe(false);
    expect(runs).toHaveLength(1);
  });

  it('is refused with a reason by a host that is not on Windows, and needs the key', async () => {
    const api = hostApi(used.host);
    const res = await api.post('openNetworkSettings', {});
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: 'Only Windows has a network profile to change.',
      code: 'venue.noNetworkProfile',
      values: {},
    });
    expect((await api.post('openNetworkSettings', {}, { key: null })).status).toBe(401);
  });

  it('keeps the room check on the projector as the facilitator set it (memory only)', async () => {
    const api = hostApi(used.host);
    expect((await api.venueStatus({})).roomCheckOnProjector).toBe(false);
    expect((await api.setRoomCheckOnProjector({ on: true })).roomCheckOnProjector).toBe(true);
    expect((await api.venueStatus({})).roomCheckOnProjector).toBe(true);
    expect((await api.post('setRoomCheckOnProjector', { on: 'yes' })).status).toBe(400);
    expect((await api.post('setRoomCheckOnProjector', { on: false }, { key: null })).status).toBe(
      401,
    );
    expect((await api.venueStatus({})).roomCheckOnProjector).toBe(true);
  });
});
