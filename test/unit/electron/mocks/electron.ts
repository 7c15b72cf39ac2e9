// The one stand-in for the `electron` module in unit tests (its binary cannot be downloaded
// here). Loaded for every test file by test/unit/electron/mocks/setup.ts (vitest setupFiles). Tests
// reach what the shell code registered through `handlers` and what it asked the user through
// `dialogs`.
export type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** ipcMain handlers by channel, as the code under test registered them. */
export const handlers = new Map<string, Handler>();
/** Options of every save dialog shown (the dialog is always cancelled). */
export const dialogs: unknown[] = [];
/** What the preload exposed with contextBridge, by key (window.offsite is `exposed.get('offsite')`). */
export const exposed = new Map<string, unknown>();
/** Channels the renderer side invoked, in order. */
export const invoked: string[] = [];

/** The page a preload call comes from in these tests: the host's own console. */
export const PRELOAD_PAGE_URL = 'http://127.0.0.1:7480/console/session/x';

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
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
  },
  ipcRenderer: {
    // Straight to the handler main registered, as one process would see it; no handler rejects
    // as Electron does ("No handler registered for …").
    invoke: async (channel: string, ...args: unknown[]) => {
      invoked.push(channel);
      const h = handlers.get(channel);
      if (!h) throw new Error(`No handler registered for '${channel}'`);
      return h({ senderFrame: { url: PRELOAD_PAGE_URL }, sender: {} }, ...args);
    },
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
