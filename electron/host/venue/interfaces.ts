// What each network interface is (Wi-Fi, Ethernet, VPN or tunnel, virtual bridge, link-local),
// read from its name as each OS spells it and from its address, and which address attendees most
// likely share with this machine: a physical LAN first, never a virtual bridge or a tunnel first.
import type { NetworkInterfaceInfo } from 'node:os';
import type { InterfaceKind, VenueAddressInfo } from '../../../shared/protocol/venueApi';
import { hostWords, type HostWords } from '../../../shared/protocol/hostWords';

export type InterfaceMap = NodeJS.Dict<NetworkInterfaceInfo[]>;

// Patterns are tried in this order; the first that matches names the kind. Bridges and tunnels
// come first so "vEthernet (WSL)" is a bridge, not Ethernet.
const PATTERNS: Partial<Record<NodeJS.Platform, [InterfaceKind, RegExp][]>> = {
  linux: [
    [
      'bridge',
      /^(docker|br-|virbr|veth|vmnet|vboxnet|lxcbr|lxdbr|cni|flannel|podman|kube|cali|weave|incusbr)/i,
    ],
    ['vpn', /^(tun|tap|wg|ppp|ipsec|tailscale|zt|nordlynx|proton|mullvad|cscotun|gpd|vpn)/i],
    ['wifi', /^(wlan|wlp|wlx|wifi|ath|ra\d)/i],
    ['ethernet', /^(eth|enp|eno|ens|enx|em\d|usb)/i],
  ],
  darwin: [
    ['bridge', /^(bridge|vmenet|vmnet|vboxnet|docker|anpi)/i],
    ['vpn', /^(utun|ipsec|ppp|tun|tap|wg|tailscale|zt)/i],
    // en0 is the built-in Wi-Fi on every Mac laptop; other en* are Ethernet and adapters.
    ['wifi', /^en0$/i],
    ['ethernet', /^en\d+$/i],
  ],
  win32: [
    ['bridge', /(vEthernet|Hyper-V|VirtualBox|VMware|Host-Only|WSL|Docker|Default Switch)/i],
    [
      'vpn',
      /(VPN|TAP-|Tunnel|WireGuard|Tailscale|ZeroTier|NordLynx|AnyConnect|Forti|GlobalProtect|Wintun|PANGP)/i,
    ],
    ['wifi', /(Wi-?Fi|WLAN|Wireless)/i],
    ['ethernet', /(Ethernet|Local Area Connection|LAN)/i],
  ],
};

const LINK_LOCAL = /^169\.254\./;
/** Carrier-grade NAT space, used by Tailscale and other overlay networks. */
const CGNAT = /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./;
const PRIVATE = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;

export function interfaceKind(
  name: string,
  address: string,
  platform: NodeJS.Platform = process.platform,
): InterfaceKind {
  if (LINK_LOCAL.test(address)) return 'link-local';
  const patterns = PATTERNS[platform] ?? PATTERNS.linux ?? [];
  for (const [kind, pattern] of patterns) if (pattern.test(name)) return kind;
  if (CGNAT.test(address)) return 'vpn';
  return 'other';
}

const KIND_LABEL: Record<InterfaceKind, string> = {
  wifi: 'Wi-Fi',
  ethernet: 'Ethernet',
  vpn: 'VPN or tunnel',
  bridge: 'virtual bridge',
  'link-local': 'link-local (no network)',
  other: 'other network',
};

export function kindLabel(kind: InterfaceKind): string {
  return KIND_LABEL[kind];
}

/** Lower is likelier to be the network attendees share. */
const KIND_RANK: Record<InterfaceKind, number> = {
  wifi: 0,
  ethernet: 0,
  other: 2,
  vpn: 4,
  bridge: 5,
  'link-local': 6,
};

const LABEL_CODE = {
  wifi: 'label.wifi',
  ethernet: 'label.ethernet',
  vpn: 'label.vpn',
  bridge: 'label.bridge',
  'link-local': 'label.linkLocal',
  other: 'label.other',
} as const satisfies Record<InterfaceKind, string>;

/** "Wi-Fi (wlan0)", with its code. */
export function labelWords(kind: InterfaceKind, name: string): HostWords {
  return hostWords(LABEL_CODE[kind], { name }, `${kindLabel(kind)} (${name})`);
}

/** Why an address is not the first choice, in the facilitator's words (null when it is fine). */
export function cautionWords(kind: InterfaceKind, address: string): HostWords | null {
  const none = {};
  if (kind === 'bridge')
    return hostWords(
      'caution.bridge',
      none,
      'A virtual network inside this computer (Docker, a VM): phones cannot reach it.',
    );
  if (kind === 'vpn')
    return hostWords(
      'caution.vpn',
      none,
      'A VPN or tunnel: attendees reach it only if they are on the same VPN.',
    );
  if (kind === 'link-local')
    return hostWords(
      'caution.linkLocal',
      none,
      'No network gave this computer an address here (169.254…).',
    );
  if (!PRIVATE.test(address))
    return hostWords(
      'caution.notPrivate',
      none,
      'Not a private address: check that attendees are on this network.',
    );
  return null;
}

/**
 * Every non-internal IPv4 address, the likeliest first: by kind (Wi-Fi and Ethernet, then
 * unknown, tunnels, bridges, link-local), then private ranges before public ones, then the
 * order the OS lists them in.
 */
export function rankAddresses(
  interfaces: InterfaceMap,
  platform: NodeJS.Platform = process.platform,
): Omit<VenueAddressInfo, 'url'>[] {
  const found: (Omit<VenueAddressInfo, 'url'> & { order: number; rank: number })[] = [];
  let order = 0;
  for (const [name, addrs] of Object.entries(interfaces)) {
    for (const a of addrs ?? []) {
      if (a.family !== 'IPv4' || a.internal) continue;
      const kind = interfaceKind(name, a.address, platform);
      const rank = KIND_RANK[kind] + (PRIVATE.test(a.address) || kind === 'link-local' ? 0 : 1);
      const label = labelWords(kind, name);
      const caution = cautionWords(kind, a.address);
      found.push({
        address: a.address,
        interface: name,
        kind,
        label: label.message,
        caution: caution?.message ?? null,
        labelWords: label,
        cautionWords: caution,
        order: order++,
        rank,
      });
    }
  }
  found.sort((x, y) => x.rank - y.rank || x.order - y.order);
  return found.map(({ order: _o, rank: _r, ...info }) => info);
}
