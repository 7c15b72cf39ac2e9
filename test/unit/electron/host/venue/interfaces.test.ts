import { describe, expect, it } from 'vitest';
import { v4 } from './interfaceFixtures';
import { interfaceKind, rankAddresses, type InterfaceMap } from '#electron/host/venue/interfaces';

describe('interfaceKind', () => {
  it('reads Linux names', () => {
    expect(interfaceKind('docker0', '172.17.0.1', 'linux')).toBe('bridge');
    expect(interfaceKind('br-3f2a', '172.18.0.1', 'linux')).toBe('bridge');
    expect(interfaceKind('virbr0', '192.168.122.1', 'linux')).toBe('bridge');
    expect(interfaceKind('tun0', '10.8.0.2', 'linux')).toBe('vpn');
    expect(interfaceKind('wg0', '10.6.0.2', 'linux')).toBe('vpn');
    expect(interfaceKind('tailscale0', '100.101.1.2', 'linux')).toBe('vpn');
    expect(interfaceKind('wlp2s0', '192.168.1.20', 'linux')).toBe('wifi');
    expect(interfaceKind('enp0s31f6', '192.168.1.21', 'linux')).toBe('ethernet');
  });
  it('reads macOS names', () => {
    expect(interfaceKind('en0', '192.168.1.20', 'darwin')).toBe('wifi');
    expect(interfaceKind('en5', '192.168.1.21', 'darwin')).toBe('ethernet');
    expect(interfaceKind('utun3', '10.0.0.2', 'darwin')).toBe('vpn');
    expect(interfaceKind('bridge100', '192.168.64.1', 'darwin')).toBe('bridge');
  });
  it('reads Windows names, bridges before Ethernet', () => {
    expect(interfaceKind('Wi-Fi', '192.168.1.20', 'win32')).toBe('wifi');
    expect(interfaceKind('Ethernet 2', '192.168.1.21', 'win32')).toBe('ethernet');
    expect(interfaceKind('vEthernet (WSL)', '172.26.0.1', 'win32')).toBe('bridge');
    expect(interfaceKind('VirtualBox Host-Only Network', '192.168.56.1', 'win32')).toBe('bridge');
    expect(interfaceKind('OpenVPN TAP-Windows6', '10.8.0.6', 'win32')).toBe('vpn');
  });
  it('reads the address: link-local whatever the name, CGNAT as an overlay', () => {
    expect(interfaceKind('wlan0', '169.254.3.4', 'linux')).toBe('link-local');
    expect(interfaceKind('mystery0', '100.64.0.7', 'linux')).toBe('vpn');
    expect(interfaceKind('mystery0', '192.168.0.7', 'linux')).toBe('other');
  });
});

describe('rankAddresses', () => {
  it('never puts Docker or a VPN first, even when the OS lists them first', () => {
    const map: InterfaceMap = {
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      tun0: [v4('10.8.0.2')],
      wlan0: [v4('192.168.1.20')],
      eth1: [v4('169.254.9.9')],
    };
    const ranked = rankAddresses(map, 'linux');
    expect(ranked.map((a) => a.address)).toEqual([
      '192.168.1.20',
      '10.8.0.2',
      '172.17.0.1',
      '169.254.9.9',
    ]);
    expect(ranked[0]).toMatchObject({ kind: 'wifi', label: 'Wi-Fi (wlan0)', caution: null });
    expect(ranked[2]?.caution).toMatch(/phones cannot reach it/);
  });
  it('keeps the OS order among equals and puts public addresses after private ones', () => {
    const map: InterfaceMap = {
      eth0: [v4('203.0.113.5')],
      enp1s0: [v4('10.1.2.3')],
      wlan0: [v4('192.168.1.20')],
    };
    expect(rankAddresses(map, 'linux').map((a) => a.address)).toEqual([
      '10.1.2.3',
      '192.168.1.20',
      '203.0.113.5',
    ]);
  });
  it('lists nothing when there is no network', () => {
    expect(rankAddresses({ lo: [v4('127.0.0.1', true)] }, 'linux')).toEqual([]);
  });
});
