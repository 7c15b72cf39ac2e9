// The venue through the real host's HTTP API: the address in the links follows the
// facilitator's choice and the network; probes are checked, limited and listed.
import { describe, expect, it } from 'vitest';
import { useHost } from '#kit/useHost';
import { hostApi } from '#kit/hostApi';
import type { InterfaceMap } from '#electron/host/venue/interfaces';
import { PROBE_PATH } from '#shared/protocol/venueApi';
import { v4 } from './interfaceFixtures';

let interfaces: InterfaceMap = {};
const used = useHost(() => {
  interfaces = {
    lo: [v4('127.0.0.1', true)],
    docker0: [v4('172.17.0.1')],
    wlan0: [v4('192.168.1.20')],
  };
  return { lanIp: undefined, readInterfaces: () => interfaces };
});

const probe = {
  host: true,
  hub: true,
  signaling: true,
  peersSeen: 1,
  meshChannel: true,
  clockOffsetMs: -3,
  roundTripMs: 4,
  secureContext: false,
  problems: [],
};

describe('the venue API', () => {
  it('puts the chosen address in every join link, and refuses one the machine lacks', async () => {
    const api = hostApi(used.host);
    const s = await used.session();
    expect(s.joinUrl).toMatch(/^http:\/\/192\.168\.1\.20:\d+\/join#/);
    const status = await api.venueStatus({});
    expect(status.inUse.address).toBe('192.168.1.20');
    expect(status.addresses.map((a) => a.kind)).toEqual(['wifi', 'bridge']);
    await api.chooseAddress({ address: '172.17.0.1' });
    expect((await api.getSession({ id: s.id })).joinUrl).toMatch(/^http:\/\/172\.17\.0\.1:/);
    expect(used.host.venue.lanBaseUrl()).toMatch(/^http:\/\/172\.17\.0\.1:/);
    const bad = await api.post('chooseAddress', { address: '10.1.1.1' });
    expect(bad.status).toBe(409);
    expect(await bad.json()).toEqual({
      error: 'This computer no longer has the address 10.1.1.1.',
      code: 'address.gone',
      values: { address: '10.1.1.1' },
    });
    expect((await api.post('chooseAddress', { address: 'wlan0' })).status).toBe(400);
    expect((await api.post('chooseAddress', { address: '172.17.0.1' }, { key: null })).status).toBe(
      401,
    );
  });

  it('notices an interface that disappears mid-session and moves the links off it', async () => {
    const s = await used.session();
    interfaces = { docker0: [v4('172.17.0.1')], wlp3s0: [v4('192.168.50.9')] };
    used.host.venue.address.poll();
    const status = await hostApi(used.host).venueStatus({});
    expect(status.inUse).toMatchObject({ address: '192.168.50.9', kind: 'wifi' });
    expect(status.notice?.message).toMatch(/192\.168\.1\.20 \(wlan0\) is gone/);
    expect((await hostApi(used.host).getSession({ id: s.id })).joinUrl).toMatch(/192\.168\.50\.9/);
  });

  it('takes a probe with a join code, refuses garbage, wrong codes and floods', async () => {
    const api = hostApi(used.host);
    const s = await used.session();
    const code = s.joinCode;
    expect((await api.post(PROBE_PATH, { ...probe, code }, { key: null })).status).toBe(200);
    expect((await api.post(PROBE_PATH, { ...probe, code }, { key: null })).status).toBe(429);
    expect((await api.post(PROBE_PATH, '{"host":', { key: null })).status).toBe(400);
    expect((await api.post(PROBE_PATH, { ...probe, code, evil: 1 }, { key: null })).status).toBe(
      400,
    );
    expect(
      (await api.post(PROBE_PATH, { ...probe, code, peersSeen: -1 }, { key: null })).status,
    ).toBe(400);
    expect((await api.post(PROBE_PATH, 'x'.repeat(5000), { key: null })).status).toBe(413);
    expect((await api.post(PROBE_PATH, { ...probe, code: 'NOPE' }, { key: null })).status).toBe(
      404,
    );
    const { probes } = await api.venueStatus({});
    expect(probes).toHaveLength(1);
    expect(probes[0]).toMatchObject({ from: '127.0.0.1', peersSeen: 1, roundTripMs: 4 });
  });
});
