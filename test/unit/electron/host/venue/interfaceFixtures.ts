// An IPv4 entry as os.networkInterfaces() lists it.
import type { NetworkInterfaceInfo } from 'node:os';

export function v4(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal,
    cidr: `${address}/24`,
  };
}
