// The preload: exposes ONE typed object, window.offsite, through contextBridge (DESIGN.md §1).
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_API_METHODS } from '../shared/protocol/methods';
import type { HostApi, HostApiMethod } from '../shared/protocol/hostApi';
import { ipcChannel, SHELL_CHANNELS, type OffsiteBridge } from '../shared/protocol/bridge';

const host = {} as Record<HostApiMethod, (args: unknown) => Promise<unknown>>;
for (const method of HOST_API_METHODS as readonly HostApiMethod[]) {
  host[method] = (args: unknown) => ipcRenderer.invoke(ipcChannel(method), args);
}

const bridge = {
  platform: 'electron',
  host: host as HostApi,
  openProjector: (sessionId: string) =>
    ipcRenderer.invoke(SHELL_CHANNELS.openProjector, sessionId) as Promise<void>,
} satisfies OffsiteBridge;

contextBridge.exposeInMainWorld('offsite', bridge);
