// IPC handlers: every message is checked for its sender (a frame of our own host's
// origin) and its arguments (the HostApi validators) before it reaches the host.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  hostApiArgs,
  parseHostApiCall,
  type HostApi,
  type HostApiMethod,
} from '../shared/protocol/hostApi';
import { ipcChannel, SHELL_CHANNELS } from '../shared/protocol/channels';

export class IpcRejection extends Error {}

/** True when the message comes from a page served by our own host. */
export function isTrustedSender(event: IpcMainInvokeEvent, hostOrigin: string): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    return new URL(url).origin === hostOrigin;
  } catch {
    return false;
  }
}

/** Registers one handler per HostApi method; returns a function that removes them. */
export function registerIpc(api: HostApi, hostOrigin: string): () => void {
  const methods = Object.keys(hostApiArgs) as HostApiMethod[];
  for (const method of methods) {
    ipcMain.handle(ipcChannel(method), async (event, args: unknown) => {
      if (!isTrustedSender(event, hostOrigin))
        throw new IpcRejection(`IPC ${method} refused: untrusted sender`);
      const parsed = parseHostApiCall(method, args);
      const call = api[method] as (a: typeof parsed) => Promise<unknown>;
      return call(parsed);
    });
  }
  return () => {
    for (const method of methods) ipcMain.removeHandler(ipcChannel(method));
  };
}

/** What the desktop shell itself does for its pages (windows, displays). */
export interface ShellActions {
  openProjector(sessionId: string): void;
}

const SESSION_ID = /^[0-9a-f]{32}$/;

/** Registers the shell's own channels, checked like the HostApi's; returns a remover. */
export function registerShellIpc(actions: ShellActions, hostOrigin: string): () => void {
  ipcMain.handle(SHELL_CHANNELS.openProjector, async (event, sessionId: unknown) => {
    if (!isTrustedSender(event, hostOrigin))
      throw new IpcRejection('IPC openProjector refused: untrusted sender');
    if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId))
      throw new IpcRejection('Invalid arguments for openProjector: not a session id');
    actions.openProjector(sessionId);
  });
  return () => ipcMain.removeHandler(SHELL_CHANNELS.openProjector);
}
