// Every IPC channel between the desktop shell's renderer and its main process: one per HostApi
// method plus the shell's own actions. Free of validators, so the preload can import it without
// bundling zod (the validators live beside each handler's argument type).
import type { HostApiMethodName } from './methods';

export const IPC_PREFIX = 'offsite:';

/** The channel of one HostApi method. */
export function ipcChannel(method: HostApiMethodName): string {
  return `${IPC_PREFIX}${method}`;
}

/** The shell's own actions (OffsiteBridge minus `host`). */
export const SHELL_CHANNELS = {
  openProjector: 'offsite:shell:openProjector',
  saveExport: 'offsite:shell:saveExport',
  saveSessionFile: 'offsite:shell:saveSessionFile',
  projectorDisplays: 'offsite:shell:projectorDisplays',
  chooseProjectorDisplay: 'offsite:shell:chooseProjectorDisplay',
} as const;
