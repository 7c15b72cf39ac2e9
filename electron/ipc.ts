// IPC handlers: every message is checked for its sender (a frame of our own host's
// origin) and its arguments (the HostApi validators) before it reaches the host.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  HostApiError,
  hostApiArgs,
  parseHostApiCall,
  type HostApi,
  type HostApiMethod,
} from '../shared/protocol/hostApi';
import type { IpcAnswer } from '../shared/protocol/bridge';
import { wordFields } from '../shared/protocol/hostWords';
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

/**
 * The call's value, or the host's refusal as an answer (shared/protocol/bridge.ts IpcAnswer): the
 * fields server.ts's error body carries, so a console in the shell words it as a browser's does.
 * Anything else (a fault, not a refusal) still rejects.
 */
async function answer(call: () => Promise<unknown>): Promise<IpcAnswer<unknown>> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    if (!(err instanceof HostApiError)) throw err;
    const refusal = err.status < 500 ? err.refusal : undefined;
    return { ok: false, error: err.message, ...wordFields(err.words), ...(refusal && { refusal }) };
  }
}

/** Registers one handler per HostApi method; returns a function that removes them. */
export function registerIpc(api: HostApi, hostOrigin: string): () => void {
  const methods = Object.keys(hostApiArgs) as HostApiMethod[];
  for (const method of methods) {
    ipcMain.handle(ipcChannel(method), async (event, args: unknown) => {
      if (!isTrustedSender(event, hostOrigin))
        throw new IpcRejection(`IPC ${method} refused: untrusted sender`);
      // Arguments the validator refuses never reach the host; the refusal is answered like the
      // host's own (its words: the Wi-Fi form's "8 to 63 characters" in the page's language).
      return answer(() => {
        const parsed = parseHostApiCall(method, args);
        const call = api[method] as (a: typeof parsed) => Promise<unknown>;
        return call(parsed);
      });
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
