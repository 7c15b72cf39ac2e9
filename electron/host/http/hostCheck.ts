// Host and Origin checks, among the host's limits (README, Limits). A request whose Host is not
// one of this machine's own addresses is a DNS-rebinding page talking to us through a name it
// controls: refused. A WebSocket upgrade or a POST whose Origin is another site is a page the
// attendee visits reaching into the room: refused. Clients without an Origin (scripts, Node) are
// not browsers carrying someone else's page and pass.
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';

export interface HostCheck {
  /** Whether the Host header names this host. */
  hostOk(req: IncomingMessage): boolean;
  /** Whether the Origin header, if any, is this host's own. */
  originOk(req: IncomingMessage): boolean;
}

function ownAddresses(lanIp: string): string[] {
  const out = ['localhost', '127.0.0.1', '[::1]', lanIp];
  for (const addrs of Object.values(networkInterfaces()))
    for (const a of addrs ?? []) out.push(a.family === 'IPv6' ? `[${a.address}]` : a.address);
  return out;
}

/** Interfaces change (Wi-Fi rejoins with a new address): re-read at most this often on a miss. */
const REFRESH_MS = 5000;

export function createHostCheck(
  port: () => number,
  lanIp: string,
  addresses: () => string[] = () => ownAddresses(lanIp),
  now: () => number = Date.now,
): HostCheck {
  let known = new Set<string>();
  let readAt = -Infinity;
  let forPort = -1;
  const refresh = () => {
    const p = port();
    const own = addresses().map((a) => a.toLowerCase());
    // Port 80 may be left out of Host and Origin.
    known = new Set([...own.map((a) => `${a}:${p}`), ...(p === 80 ? own : [])]);
    readAt = now();
    forPort = p;
  };
  const isOwn = (hostPort: string): boolean => {
    const h = hostPort.toLowerCase();
    if (forPort !== port()) refresh();
    if (known.has(h)) return true;
    if (now() - readAt < REFRESH_MS) return false;
    refresh();
    return known.has(h);
  };
  return {
    hostOk(req) {
      const host = req.headers.host;
      return typeof host === 'string' && isOwn(host);
    },
    originOk(req) {
      const origin = req.headers.origin;
      if (origin === undefined) return true;
      try {
        const url = new URL(origin);
        return url.protocol === 'http:' && isOwn(url.host || '');
      } catch {
        return false; // "null" (sandboxed frames, file:) and garbage
      }
    },
  };
}
