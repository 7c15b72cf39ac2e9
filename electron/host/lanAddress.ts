// Picks the address attendees can reach: the first non-internal IPv4 address, so the join
// link works across the room (127.0.0.1 only when the machine has no network at all).
import { networkInterfaces } from 'node:os';

export function lanAddress(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OFFSITE_LAN_IP) return env.OFFSITE_LAN_IP;
  const candidates: string[] = [];
  for (const addrs of Object.values(networkInterfaces())) {
    for (const a of addrs ?? []) {
      if (a.family === 'IPv4' && !a.internal) candidates.push(a.address);
    }
  }
  // Prefer private LAN ranges over anything else (VPN tunnels, link-local).
  const privateRange = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;
  return candidates.find((a) => privateRange.test(a)) ?? candidates[0] ?? '127.0.0.1';
}
