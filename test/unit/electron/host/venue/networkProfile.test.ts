import { describe, expect, it } from 'vitest';
import {
  parseNetConnectionProfile,
  publicProfileWarning,
} from '#electron/host/venue/networkProfile';

// Captured from `Get-NetConnectionProfile | Format-List` on Windows 11 (a laptop on hotel Wi-Fi
// with a wired dock), CRLF line ends as PowerShell writes them.
const CAPTURED = [
  '',
  '',
  'Name                     : HotelGuest',
  'InterfaceAlias           : Wi-Fi',
  'InterfaceIndex           : 17',
  'NetworkCategory          : Public',
  'DomainAuthenticationKind : None',
  'IPv4Connectivity         : Internet',
  'IPv6Connectivity         : NoTraffic',
  '',
  'Name                     : Network 3',
  'InterfaceAlias           : Ethernet 2',
  'InterfaceIndex           : 9',
  'NetworkCategory          : Private',
  'DomainAuthenticationKind : None',
  'IPv4Connectivity         : LocalNetwork',
  'IPv6Connectivity         : NoTraffic',
  '',
  '',
].join('\r\n');

describe('the Windows network profile', () => {
  it('parses every profile', () => {
    expect(parseNetConnectionProfile(CAPTURED)).toEqual([
      { name: 'HotelGuest', interfaceAlias: 'Wi-Fi', category: 'Public' },
      { name: 'Network 3', interfaceAlias: 'Ethernet 2', category: 'Private' },
    ]);
  });
  it('warns when the interface attendees use is Public, not when it is Private', () => {
    const profiles = parseNetConnectionProfile(CAPTURED);
    expect(publicProfileWarning(profiles, 'Wi-Fi')).toMatch(/"HotelGuest" as Public/);
    expect(publicProfileWarning(profiles, 'Ethernet 2')).toBeNull();
  });
  it('says nothing for empty or garbage output (PowerShell missing, an error)', () => {
    expect(parseNetConnectionProfile('')).toEqual([]);
    expect(parseNetConnectionProfile('Get-NetConnectionProfile : Access denied\r\n')).toEqual([]);
    expect(publicProfileWarning([], 'Wi-Fi')).toBeNull();
  });
});
