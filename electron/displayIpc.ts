// The console's choice of projector display over IPC, checked like every other channel: only our
// own pages, and a display id that is an integer (or null for automatic).
import { ipcMain } from 'electron';
import { SHELL_CHANNELS } from '../shared/protocol/channels';
import type { ProjectorDisplays } from '../shared/protocol/bridge';
import { IpcRejection, isTrustedSender } from './ipc';

export interface DisplayActions {
  projectorDisplays(): ProjectorDisplays;
  chooseProjectorDisplay(displayId: number | null): void;
}

export function registerDisplayIpc(actions: DisplayActions, hostOrigin: string): () => void {
  ipcMain.handle(SHELL_CHANNELS.projectorDisplays, async (event) => {
    if (!isTrustedSender(event, hostOrigin))
      throw new IpcRejection('IPC projectorDisplays refused: untrusted sender');
    return actions.projectorDisplays();
  });
  ipcMain.handle(SHELL_CHANNELS.chooseProjectorDisplay, async (event, displayId: unknown) => {
    if (!isTrustedSender(event, hostOrigin))
      throw new IpcRejection('IPC chooseProjectorDisplay refused: untrusted sender');
    if (displayId !== null && !Number.isSafeInteger(displayId))
      throw new IpcRejection('Invalid arguments for chooseProjectorDisplay: not a display id');
    actions.chooseProjectorDisplay(displayId as number | null);
    return actions.projectorDisplays();
  });
  return () => {
    ipcMain.removeHandler(SHELL_CHANNELS.projectorDisplays);
    ipcMain.removeHandler(SHELL_CHANNELS.chooseProjectorDisplay);
  };
}
