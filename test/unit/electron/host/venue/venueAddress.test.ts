import { describe, expect, it } from 'vitest';
import type { InterfaceMap } from '#electron/host/venue/interfaces';
import { AddressError, VenueAddress } from '#electron/host/venue/venueAddress';
import { v4 } from './interfaceFixtures';

function machine(initial: InterfaceMap) {
  let map = initial;
  return {
    read: () => map,
    set(next: InterfaceMap) {
      map = next;
    },
  };
}

const laptop: InterfaceMap = {
  docker0: [v4('172.17.0.1')],
  tun0: [v4('10.8.0.2')],
  wlan0: [v4('192.168.1.20')],
};

describe('VenueAddress', () => {
  it('uses the likeliest address and lets the facilitator pick another, then go back', () => {
    const venue = new VenueAddress({ read: machine(laptop).read, platform: 'linux' });
    expect(venue.address()).toBe('192.168.1.20');
    expect(venue.how()).toBe('automatic');
    venue.choose('10.8.0.2');
    expect(venue.address()).toBe('10.8.0.2');
    expect(venue.how()).toBe('facilitator');
    venue.choose(null);
    expect(venue.address()).toBe('192.168.1.20');
  });

  it('refuses an address the machine does not have, and changes nothing', () => {
    const venue = new VenueAddress({ read: machine(laptop).read, platform: 'linux' });
    expect(() => venue.choose('192.168.9.9')).toThrow(AddressError);
    expect(venue.address()).toBe('192.168.1.20');
  });

  it('takes --address and --interface, and names what exists when they are wrong', () => {
    const read = machine(laptop).read;
    expect(new VenueAddress({ read, platform: 'linux', address: '10.8.0.2' }).address()).toBe(
      '10.8.0.2',
    );
    expect(new VenueAddress({ read, platform: 'linux', interfaceName: 'tun0' }).how()).toBe(
      'command line',
    );
    expect(() => new VenueAddress({ read, platform: 'linux', interfaceName: 'wlan9' })).toThrow(
      /No interface named wlan9.*192\.168\.1\.20 \(Wi-Fi \(wlan0\)\)/,
    );
  });

  it('moves off an interface that disappears and says so', () => {
    const m = machine(laptop);
    const seen: string[] = [];
    const venue = new VenueAddress({ read: m.read, platform: 'linux', now: () => 5 });
    venue.onChange((a) => seen.push(a));
    m.set({ docker0: [v4('172.17.0.1')], wlan0: [v4('192.168.7.40')] });
    venue.poll();
    expect(venue.address()).toBe('192.168.7.40');
    expect(seen).toEqual(['192.168.7.40']);
    expect(venue.status(7480).notice).toMatchObject({
      id: 1,
      message: expect.stringMatching(/192\.168\.1\.20 \(wlan0\) is gone.*192\.168\.7\.40/),
      offer: null,
    });
  });

  it('follows the facilitator-chosen address gone to the best left, back to automatic', () => {
    const m = machine(laptop);
    const venue = new VenueAddress({ read: m.read, platform: 'linux' });
    venue.choose('10.8.0.2');
    m.set({ docker0: [v4('172.17.0.1')], wlan0: [v4('192.168.1.20')] });
    venue.poll();
    expect(venue.address()).toBe('192.168.1.20');
    expect(venue.how()).toBe('automatic');
  });

  it('follows an --interface whose address changes', () => {
    const m = machine(laptop);
    const venue = new VenueAddress({ read: m.read, platform: 'linux', interfaceName: 'tun0' });
    m.set({ ...laptop, tun0: [v4('10.8.0.77')] });
    venue.poll();
    expect(venue.address()).toBe('10.8.0.77');
    expect(venue.how()).toBe('command line');
  });

  it('offers a likelier network that appears, without switching', () => {
    const m = machine({ docker0: [v4('172.17.0.1')] });
    const venue = new VenueAddress({ read: m.read, platform: 'linux' });
    expect(venue.address()).toBe('172.17.0.1');
    m.set({ docker0: [v4('172.17.0.1')], wlan0: [v4('192.168.1.20')] });
    venue.poll();
    expect(venue.address()).toBe('172.17.0.1');
    const notice = venue.status(80).notice;
    expect(notice?.offer).toMatchObject({ address: '192.168.1.20', url: 'http://192.168.1.20:80' });
    venue.poll(); // nothing new: the same notice, not a second one
    expect(venue.status(80).notice?.id).toBe(notice?.id);
    venue.choose('192.168.1.20');
    expect(venue.status(80).notice).toBeNull();
  });

  it('survives interfaces that cannot be read, and a machine with no network', () => {
    let fail = false;
    const venue = new VenueAddress({
      read: () => {
        if (fail) throw new Error('EINVAL');
        return {};
      },
      platform: 'linux',
    });
    expect(venue.address()).toBe('127.0.0.1');
    fail = true;
    venue.poll();
    expect(venue.address()).toBe('127.0.0.1');
  });

  it('keeps a fixed address whatever the interfaces say', () => {
    const venue = new VenueAddress({ read: machine(laptop).read, fixed: '10.99.0.1' });
    expect(venue.address()).toBe('10.99.0.1');
    expect(() => venue.choose('192.168.1.20')).toThrow(/fixed address/);
  });
});
