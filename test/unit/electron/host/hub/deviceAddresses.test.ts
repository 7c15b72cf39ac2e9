// Where each participant joined from is the facilitator's to know, not the room's: the roster's
// device addresses stay out of the session's doc (every attendee holds a replica of it), live in
// the host's memory and, sealed under the facilitator key, in the session's folder, and "one
// admitted participant per device address" still holds after a host restart. A doc from before
// (addresses in its roster records) has them moved out when the host opens it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { useHosts } from '#kit/useHost';
import { connectHubPeer, type HubPeer } from '#kit/hubPeer';
import { hostApi } from '#kit/hostApi';
import type { TestHost } from '#kit/host';
import { readRoster } from '#shared/model/roster/read';
import { HOST_ORIGIN } from '#shared/model/origins';

const hosts = useHosts({ admitEveryone: false });
const WAIT = { timeout: 10_000 };
const FACILITATOR_KEY = 'cd'.repeat(16);

/** An attendee from `address`, synced (admitted or waiting). */
async function arrive(host: TestHost, s: { id: string; joinCode: string }, address: string) {
  const peer = connectHubPeer({
    url: host.localUrl,
    sessionId: s.id,
    role: { as: 'attendee', joinCode: s.joinCode },
    localAddress: address,
  });
  await peer.synced;
  return peer;
}

const stateOf = (peer: HubPeer) =>
  readRoster(peer.doc).find((e) => e.id === peer.participantId)?.state;

/** Every byte the session's folder holds, as latin1 text (to look for an address in it). */
function folderText(dataDir: string, sessionId: string): string {
  const dir = join(dataDir, sessionId);
  return readdirSync(dir)
    .map((f) => readFileSync(join(dir, f)).toString('latin1'))
    .join('\n');
}

describe('device addresses', () => {
  it('stay out of the doc, reach the console through the API, and hold across a restart', async () => {
    let host = await hosts.startOnDisk({ facilitatorKey: FACILITATOR_KEY });
    const s = await hostApi(host).createSession({ title: 'Where from' });
    const ann = await arrive(host, s, '127.0.0.21');
    const bob = await arrive(host, s, '127.0.0.22');
    await expect.poll(() => readRoster(bob.doc).length, WAIT).toBe(2);
    expect(stateOf(ann)).toBe('admitted');
    // Bob's replica: Ann's roster entry, no address in it (nor anywhere in his doc).
    expect(JSON.stringify(bob.doc.getMap('roster').toJSON())).not.toMatch(/127\.0\.0|address/);
    expect(Buffer.from(Y.encodeStateAsUpdate(bob.doc)).toString('latin1')).not.toContain(
      '127.0.0.21',
    );
    // The facilitator asks the host.
    expect(await hostApi(host).rosterDevices({ sessionId: s.id })).toEqual({
      [ann.participantId!]: ['127.0.0.21'],
      [bob.participantId!]: ['127.0.0.22'],
    });
    ann.destroy();
    bob.destroy();
    await hosts.stop(host);
    // On disk: sealed, never in plain text.
    const onDisk = folderText(hosts.dataDir, s.id);
    expect(onDisk).not.toContain('127.0.0.21');
    expect(readdirSync(join(hosts.dataDir, s.id))).toContain('devices.bin');

    host = await hosts.startOnDisk({ facilitatorKey: FACILITATOR_KEY });
    // A second identity from Ann's laptop after the restart: it waits, the host still knows.
    const again = await arrive(host, s, '127.0.0.21');
    await expect.poll(() => stateOf(again), WAIT).toBe('waiting');
    expect((await hostApi(host).rosterDevices({ sessionId: s.id }))[ann.participantId!]).toEqual([
      '127.0.0.21',
    ]);
    again.destroy();
  });

  it('in a doc from before are moved out when the host opens it', async () => {
    let host = await hosts.startOnDisk({ facilitatorKey: FACILITATOR_KEY });
    const s = await hostApi(host).createSession({ title: 'Old roster' });
    // The roster as an older host wrote it: the address in the record and in the lobby reason.
    const replica = await host.hub.open(s.id);
    replica.doc.transact(() => {
      const roster = replica.doc.getMap('roster');
      roster.set('a'.repeat(32), {
        address: '127.0.0.31',
        joinedAt: 1,
        state: 'admitted',
        reason: '',
      });
      roster.set('b'.repeat(32), {
        address: '127.0.0.31',
        joinedAt: 2,
        state: 'waiting',
        reason:
          'Someone has already joined from this device (127.0.0.31). The facilitator decides whether you count separately.',
      });
    }, HOST_ORIGIN);
    await hosts.stop(host);

    host = await hosts.startOnDisk({ facilitatorKey: FACILITATOR_KEY });
    const peer = await arrive(host, s, '127.0.0.32');
    await expect.poll(() => readRoster(peer.doc).length, WAIT).toBe(3);
    expect(Buffer.from(Y.encodeStateAsUpdate(peer.doc)).toString('latin1')).not.toContain(
      '127.0.0.31',
    );
    expect(readRoster(peer.doc).find((e) => e.id === 'b'.repeat(32))!.reason).toBe(
      'Someone has already joined from this device. The facilitator decides whether you count separately.',
    );
    const devices = await hostApi(host).rosterDevices({ sessionId: s.id });
    expect(devices['a'.repeat(32)]).toEqual(['127.0.0.31']);
    // The rule reads them: a newcomer from that device waits.
    const newcomer = await arrive(host, s, '127.0.0.31');
    await expect.poll(() => stateOf(newcomer), WAIT).toBe('waiting');
    peer.destroy();
    newcomer.destroy();
  });
});
