// The venue's Wi-Fi through the real host: the facilitator's setting is kept in the host's own
// data folder (0600, across restarts), served only with the facilitator key, and never lands in a
// session (its folder, its doc, its file, its exports); bad input is refused and loses nothing.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { useHosts } from '#kit/useHost';
import { hostApi } from '#kit/hostApi';
import { VENUE_WIFI_FILE } from '#electron/host/venue/venueWifi';
import { EXPORT_FORMATS, type ExportFormat } from '#shared/protocol/exportApi';

const hosts = useHosts({}, 'offsite-wifi-');
// Every character the WIFI: format escapes, and one it does not.
const wifi = { ssid: 'Hotel; "Guest":5G', password: 'p;a:s\\s,w"ord!' };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("the venue's Wi-Fi", () => {
  it('is the host’s own setting: 0600 in the data folder, kept across a restart, facilitator only', async () => {
    const host = await hosts.startOnDisk();
    const api = hostApi(host);
    expect((await api.venueStatus({})).wifi).toBeNull();
    expect((await api.setVenueWifi({ wifi })).wifi).toEqual(wifi);
    const file = join(hosts.dataDir, VENUE_WIFI_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // Without the key (an attendee who found the host): neither read nor written.
    expect((await api.post('venueStatus', {}, { key: null })).status).toBe(401);
    expect((await api.post('setVenueWifi', { wifi: null }, { key: null })).status).toBe(401);
    await hosts.stop(host);
    const again = await hosts.startOnDisk();
    expect((await hostApi(again).venueStatus({})).wifi).toEqual(wifi);
    expect((await hostApi(again).setVenueWifi({ wifi: null })).wifi).toBeNull();
    expect(readdirSync(hosts.dataDir)).not.toContain(VENUE_WIFI_FILE);
  });

  it('never goes into a session: its folder, its doc, its .offsite file or any export', async () => {
    const host = await hosts.startOnDisk();
    const api = hostApi(host);
    const s = await api.createSession({ title: 'Wi-Fi check' });
    await api.setVenueWifi({ wifi });
    const doc = await host.registry.doc(s.id);
    const state = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');
    expect(state).not.toContain(wifi.password);
    const file = Buffer.from((await api.exportSession({ id: s.id })).bytes);
    expect(file.includes(Buffer.from(wifi.password))).toBe(false);
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      if (format === 'pdf') continue; // needs Chromium; the same report as the Markdown
      const res = await api.exportFile(format, { id: s.id });
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain(wifi.password);
    }
    await host.close();
    const inSessions = filesUnder(hosts.dataDir).filter((f) => !f.endsWith(VENUE_WIFI_FILE));
    expect(inSessions.length).toBeGreaterThan(0);
    for (const f of inSessions)
      expect(readFileSync(f).includes(Buffer.from(wifi.password))).toBe(false);
  });

  it('refuses what cannot be a Wi-Fi network, and keeps the setting it had', async () => {
    const host = await hosts.startOnDisk();
    const api = hostApi(host);
    await api.setVenueWifi({ wifi });
    const refused = async (body: unknown, message: RegExp) => {
      const res = await api.post('setVenueWifi', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    };
    await refused({ wifi: { ssid: 'Guest', password: 'short' } }, /8 to 63 characters/);
    await refused({ wifi: { ssid: '   ', password: '' } }, /Type the network name/);
    await refused({ wifi: { ssid: 'é'.repeat(17), password: '' } }, /at most 32 bytes/);
    await refused({ wifi: { ssid: 'Guest\nX', password: '' } }, /no control characters/);
    await refused({ wifi: { ssid: 'Guest', password: 'x'.repeat(64) } }, /8 to 63/);
    await refused({ wifi: { ssid: 'Guest', password: '', extra: 1 } }, /Invalid arguments/);
    expect((await api.venueStatus({})).wifi).toEqual(wifi);
    // An open network: a name and no password.
    expect((await api.setVenueWifi({ wifi: { ssid: 'Open', password: '' } })).wifi).toEqual({
      ssid: 'Open',
      password: '',
    });
  });

  it('ignores a damaged settings file, says so in the log, and starts without a Wi-Fi', async () => {
    writeFileSync(join(hosts.dataDir, VENUE_WIFI_FILE), '{"ssid": 3');
    const lines: string[] = [];
    const host = await hosts.startOnDisk({ log: (m) => lines.push(m) });
    expect((await hostApi(host).venueStatus({})).wifi).toBeNull();
    expect(lines.join('\n')).toMatch(/venue-wifi\.json could not be read/);
    expect((await hostApi(host).setVenueWifi({ wifi })).wifi).toEqual(wifi);
  });
});
