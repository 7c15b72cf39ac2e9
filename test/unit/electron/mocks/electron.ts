// The one stand-in for the `electron` module in unit tests (its binary cannot be downloaded
// here). Loaded for every test file by test/unit/electron/mocks/setup.ts (vitest setupFiles). Tests
// reach what the shell code registered through `handlers` and what it asked the user through
// `dialogs`; windows, displays (hot-plug included) and power-save blockers through `FakeWindow`,
// `screen` and `powerBlockers`.
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

/** powerSaveBlocker: the blockers started and not yet stopped, by id, with their type. */
export const powerBlockers = new Map<number, string>();
let nextBlocker = 1;

type Listener = (...args: unknown[]) => void;
class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  removeListener(event: string, fn: Listener) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((f) => f !== fn),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A display as Electron describes one (the fields the shell reads). */
export function display(
  id: number,
  bounds: Rect,
  extra: { label?: string; internal?: boolean } = {},
) {
  return {
    id,
    label: extra.label ?? '',
    internal: extra.internal ?? false,
    bounds,
    workArea: { ...bounds, height: bounds.height - 40 },
    size: { width: bounds.width, height: bounds.height },
  };
}

/** The screen module: tests set `displays` (the first is the primary) and emit hot-plug events. */
export const screen = Object.assign(new Emitter(), {
  displays: [display(1, { x: 0, y: 0, width: 1440, height: 900 }, { internal: true })],
  getAllDisplays() {
    return screen.displays;
  },
  getPrimaryDisplay() {
    return screen.displays[0]!;
  },
  /** Plugs a display in, as Electron reports it. */
  plug(d: ReturnType<typeof display>) {
    screen.displays = [...screen.displays, d];
    screen.emit('display-added', {}, d);
  },
  /** Unplugs a display; like the OS, windows on it are not moved by this mock. */
  unplug(id: number) {
    const d = screen.displays.find((x) => x.id === id);
    screen.displays = screen.displays.filter((x) => x.id !== id);
    if (d) screen.emit('display-removed', {}, d);
  },
});

/** A BrowserWindow with bounds and fullscreen state; every one made is in `windows`. */
export class FakeWindow extends Emitter {
  static all: FakeWindow[] = [];
  static fromWebContents() {
    return null;
  }
  static getAllWindows() {
    return FakeWindow.all.filter((w) => !w.destroyed);
  }
  static getFocusedWindow() {
    return null;
  }
  private static nextId = 1;
  readonly id = FakeWindow.nextId++;
  bounds: Rect;
  fullscreen: boolean;
  visible = true;
  destroyed = false;
  url = '';
  /** The options of each printToPDF asked of this window. */
  readonly printed: Record<string, unknown>[] = [];
  readonly webContents = Object.assign(new Emitter(), {
    getURL: () => this.url,
    printToPDF: (o: Record<string, unknown>) => {
      this.printed.push(o);
      return Promise.resolve(new Uint8Array([37, 80, 68, 70]));
    },
  });
  constructor(readonly options: Partial<Rect> & { fullscreen?: boolean }) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.fullscreen = options.fullscreen ?? false;
    FakeWindow.all.push(this);
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isFullScreen() {
    return this.fullscreen;
  }
  setFullScreen(on: boolean) {
    this.fullscreen = on;
  }
  getBounds() {
    return this.bounds;
  }
  setBounds(b: Rect) {
    this.bounds = { ...b };
  }
  show() {
    this.visible = true;
  }
  focus() {}
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
  destroy() {
    this.destroyed = true;
  }
}

/** What the next message box answers (its button index), and every one shown. */
export const messageBoxes: { options: unknown; answer: number }[] = [];
export let nextMessageBoxAnswer = 0;
export function answerMessageBoxesWith(index: number) {
  nextMessageBoxAnswer = index;
}

export const electron = {
  app: { on: () => {}, getPath: () => '/home/fran/Documents' },
  // The menu as its template: tests read its items and click them.
  Menu: { buildFromTemplate: (template: unknown[]) => ({ items: template }) },
  BrowserWindow: FakeWindow,
  screen,
  powerSaveBlocker: {
    start(type: string) {
      const id = nextBlocker++;
      powerBlockers.set(id, type);
      return id;
    },
    stop(id: number) {
      powerBlockers.delete(id);
    },
    isStarted(id: number) {
      return powerBlockers.has(id);
    },
  },
  dialog: {
    showMessageBox: async (options: unknown) => {
      messageBoxes.push({ options, answer: nextMessageBoxAnswer });
      return { response: nextMessageBoxAnswer };
    },
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
    // as Electron does ("No handler registered for …"), and so does a handler that threw: with a
    // new Error of the message only, its own properties (a code) lost, as across processes.
    invoke: async (channel: string, ...args: unknown[]) => {
      invoked.push(channel);
      const h = handlers.get(channel);
      if (!h) throw new Error(`No handler registered for '${channel}'`);
      try {
        return await h({ senderFrame: { url: PRELOAD_PAGE_URL }, sender: {} }, ...args);
      } catch (err) {
        // eslint-disable-next-line preserve-caught-error -- Electron sends no cause across processes
        throw new Error(`Error invoking remote method '${channel}': ${String(err)}`);
      }
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
