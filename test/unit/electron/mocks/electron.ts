// The one stand-in for the `electron` module in unit tests (its binary cannot run here; DESIGN.md
// §6). Loaded for every test file by test/unit/electron/mocks/setup.ts (vitest setupFiles). Tests
// reach what the shell code registered through `handlers` and what it asked the user through
// `dialogs`.
export type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** ipcMain handlers by channel, as the code under test registered them. */
export const handlers = new Map<string, Handler>();
/** Options of every save dialog shown (the dialog is always cancelled). */
export const dialogs: unknown[] = [];

export const electron = {
  app: { on: () => {}, getPath: () => '/home/fran/Documents' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showSaveDialog: async (options: unknown) => {
      dialogs.push(options);
      return { canceled: true };
    },
    showErrorBox: () => {},
  },
  ipcMain: {
    handle: (channel: string, fn: Handler) => {
      // A second handler for one channel throws in Electron too.
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, fn);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
};
