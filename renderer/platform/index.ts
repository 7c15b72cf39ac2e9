// Picks the HostApi transport: Electron's preload bridge when present, HTTP otherwise.
import type { HostApi } from '../../shared/protocol/hostApi';
import type { OffsiteBridge } from '../../shared/protocol/bridge';
import { createWebHostApi } from './webHostApi';
import { facilitatorKey } from './facilitatorKey';

declare global {
  interface Window {
    offsite?: OffsiteBridge;
  }
}

let cached: HostApi | null = null;

/** The facilitator's HostApi, or null when this page has no facilitator key. */
export function hostApi(): HostApi | null {
  if (cached) return cached;
  if (window.offsite) return (cached = window.offsite.host);
  const key = facilitatorKey();
  return key ? (cached = createWebHostApi(key)) : null;
}

export { facilitatorKey };
