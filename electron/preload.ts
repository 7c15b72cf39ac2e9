// The preload: exposes ONE typed object, window.offsite, through contextBridge.
// Every channel comes from shared/protocol/channels.ts, which bundles no validators.
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_API_METHODS } from '../shared/protocol/methods';
import type { ExportedSessionFile, HostApiMethod } from '../shared/protocol/hostApi';
import type { IpcHostApi, OffsiteBridge, ProjectorDisplays } from '../shared/protocol/bridge';
import type { SaveExportArgs, SaveExportResult } from '../shared/protocol/exportBridge';
import { ipcChannel, SHELL_CHANNELS } from '../shared/protocol/channels';

// Each call answers main's IpcAnswer as it came (a refusal included: contextBridge would drop a
// thrown error's code); the electron platform unwraps it.
const host = {} as Record<HostApiMethod, (args: unknown) => Promise<unknown>>;
for (const method of HOST_API_METHODS as readonly HostApiMethod[]) {
  host[method] = (args: unknown) => ipcRenderer.invoke(ipcChannel(method), args);
}

const bridge = {
  platform: 'electron',
  host: host as IpcHostApi,
  openProjector: (sessionId: string) =>
    ipcRenderer.invoke(SHELL_CHANNELS.openProjector, sessionId) as Promise<void>,
  saveExport: (args: SaveExportArgs) =>
    ipcRenderer.invoke(SHELL_CHANNELS.saveExport, args) as Promise<SaveExportResult>,
  saveSessionFile: (file: ExportedSessionFile) =>
    ipcRenderer.invoke(SHELL_CHANNELS.saveSessionFile, file) as Promise<boolean>,
  projectorDisplays: () =>
    ipcRenderer.invoke(SHELL_CHANNELS.projectorDisplays) as Promise<ProjectorDisplays>,
  chooseProjectorDisplay: (displayId: number | null) =>
    ipcRenderer.invoke(
      SHELL_CHANNELS.chooseProjectorDisplay,
      displayId,
    ) as Promise<ProjectorDisplays>,
} satisfies OffsiteBridge;

contextBridge.exposeInMainWorld('offsite', bridge);
