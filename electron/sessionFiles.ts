// `.offsite` files in the desktop app: opening one (double-click / "Open with": macOS sends
// `open-file`, Windows and Linux pass the path in argv, to a second instance when one runs)
// imports it and shows it in the console; the library's Export saves through a save dialog.
import { app, dialog, ipcMain, BrowserWindow } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isTrustedSender, IpcRejection } from './ipc';
import type { HostApi } from '../shared/protocol/hostApi';
import { OFFSITE_FILE_MAX_BYTES } from '../shared/protocol/hostApi';
import { SHELL_CHANNELS } from '../shared/protocol/channels';

export const SAVE_SESSION_FILE_CHANNEL = SHELL_CHANNELS.saveSessionFile;

/** The first argument that names an `.offsite` file (argv also holds the app and its flags). */
export function offsiteFileArg(argv: readonly string[]): string | null {
  return argv.find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.offsite')) ?? null;
}

/** Validates the renderer's save request; throws IpcRejection for anything else. */
export function parseSaveArgs(args: unknown): { fileName: string; bytes: Uint8Array } {
  const a = args as { fileName?: unknown; bytes?: unknown } | null;
  if (
    !a ||
    typeof a.fileName !== 'string' ||
    a.fileName.length === 0 ||
    a.fileName.length > 200 ||
    /[/\\\0]/.test(a.fileName) ||
    !(a.bytes instanceof Uint8Array) ||
    a.bytes.byteLength > OFFSITE_FILE_MAX_BYTES
  )
    throw new IpcRejection('Invalid arguments for saveSessionFile');
  return { fileName: a.fileName, bytes: a.bytes };
}

export interface SessionFileTarget {
  api: HostApi;
  /** The console URL of a session (with the facilitator key in its fragment). */
  consoleUrlOf(sessionId: string): string;
  /** The window to show an opened session in. */
  window(): BrowserWindow | null;
}

/**
 * Call before `app.whenReady()`: macOS sends `open-file` early. Files that arrive before the
 * host runs wait until `attach` is called.
 */
export function watchOpenedSessionFiles(): { attach(target: SessionFileTarget): void } {
  let target: SessionFileTarget | null = null;
  const waiting: string[] = [];
  const first = offsiteFileArg(process.argv.slice(1));
  if (first) waiting.push(first);

  const open = async (file: string) => {
    if (!target) {
      waiting.push(file);
      return;
    }
    const win = target.window();
    try {
      if ((await stat(file)).size > OFFSITE_FILE_MAX_BYTES)
        throw new Error('The file is too large to be an Offsite session.');
      const session = await target.api.importSession({
        bytes: new Uint8Array(await readFile(file)),
      });
      if (win) {
        void win.loadURL(target.consoleUrlOf(session.id));
        win.show();
        win.focus();
      }
    } catch (err) {
      dialog.showErrorBox(
        `Could not open “${basename(file)}”`,
        err instanceof Error ? err.message : String(err),
      );
    }
  };

  app.on('open-file', (event, file) => {
    event.preventDefault();
    void open(file);
  });
  app.on('second-instance', (_event, argv) => {
    const file = offsiteFileArg(argv.slice(1));
    if (file) void open(file);
    else target?.window()?.focus();
  });

  return {
    attach(t) {
      target = t;
      for (const file of waiting.splice(0)) void open(file);
    },
  };
}

/** The library's Export in the desktop app: a save dialog, then the bytes to disk. */
export function registerSessionFileIpc(hostOrigin: string): () => void {
  ipcMain.handle(SAVE_SESSION_FILE_CHANNEL, async (event, args: unknown) => {
    if (!isTrustedSender(event, hostOrigin))
      throw new IpcRejection('IPC saveSessionFile refused: untrusted sender');
    const { fileName, bytes } = parseSaveArgs(args);
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = {
      defaultPath: fileName,
      // The same dialog saves exported templates (`… template.json`).
      filters: fileName.endsWith('.json')
        ? [{ name: 'Offsite template', extensions: ['json'] }]
        : [{ name: 'Offsite session', extensions: ['offsite'] }],
    };
    const result = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return false;
    await writeFile(result.filePath, bytes);
    return true;
  });
  return () => ipcMain.removeHandler(SAVE_SESSION_FILE_CHANNEL);
}
