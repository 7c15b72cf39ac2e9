// The preload: exposes ONE typed object, window.offsite, through contextBridge (DESIGN.md §1).
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_API_METHODS } from '../shared/protocol/methods';
import type { ExportedSessionFile, HostApi, HostApiMethod } from '../shared/protocol/hostApi';
import { ipcChannel, SHELL_CHANNELS, type OffsiteBridge } from '../shared/protocol/bridge';
import type { SaveExportArgs, SaveExportResult } from '../shared/protocol/exportBridge';

const host = {} as Record<HostApiMethod, (args: unknown) => Promise<unknown>>;
for (const method of HOST_API_METHODS as readonly HostApiMethod[]) {
  host[method] = (args: unknown) => ipcRenderer.invoke(ipcChannel(method), args);
}

const bridge = {
  platform: 'electron',
  host: host as HostApi,
  openProjector: (sessionId: string) =>
    ipcRenderer.invoke(SHELL_CHANNELS.openProjector, sessionId) as Promise<void>,
  // The channel is spelled out: the preload must not bundle exportBridge's validators.
  saveExport: (args: SaveExportArgs) =>
    ipcRenderer.invoke('offsite:shell:saveExport', args) as Promise<SaveExportResult>,
  // Spelled out for the same reason (electron/sessionFiles.ts SAVE_SESSION_FILE_CHANNEL).
  saveSessionFile: (file: ExportedSessionFile) =>
    ipcRenderer.invoke('offsite:shell:saveSessionFile', file) as Promise<boolean>,
} satisfies OffsiteBridge;

contextBridge.exposeInMainWorld('offsite', bridge);
