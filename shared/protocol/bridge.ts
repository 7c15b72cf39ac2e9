// The one object Electron's preload exposes as window.offsite (DESIGN.md §1): the HostApi plus
// what only the desktop shell can do. The renderer's electron platform uses it; nothing else does.
import type { HostApi, HostApiMethod } from './hostApi';

export interface OffsiteBridge {
  readonly platform: 'electron';
  /** One entry per HostApi method, each an IPC round trip validated in main. */
  readonly host: HostApi;
}

export const IPC_PREFIX = 'offsite:';

export function ipcChannel(method: HostApiMethod): string {
  return `${IPC_PREFIX}${method}`;
}
