// The projector windows (one per session) and the display they go to: the facilitator's pick
// (the menu, the console) or, by default, any display other than the main one, fullscreen; none
// connected, a normal window. Displays come and go: a projector plugged in later gets the window
// when the facilitator agrees; one unplugged gives the window back as a normal window on the main
// screen instead of leaving it on a display that is gone.
import { secureWebPreferences } from './windowPreferences';
import { BrowserWindow, dialog, screen, type Display } from 'electron';
import { keepAwake } from './keepAwake';
import { displayName, isOn, pickProjectorDisplay } from './projectorDisplays';

export { pickProjectorDisplay } from './projectorDisplays';

const open = new Map<string, BrowserWindow>();
/** The facilitator's display, by Electron's id; null: automatic (any non-main display). */
let chosenDisplay: number | null = null;
const WINDOWED = { width: 1280, height: 720 };
/** Where each window was put fullscreen (a display id), or null for a normal window. The OS may
 * already have moved a window off a display by the time Electron says it was removed. */
const placedOn = new WeakMap<BrowserWindow, number | null>();

export interface DisplayChoice {
  id: number;
  name: string;
  /** Whether the projector goes there now (the chosen one, or the automatic pick). */
  selected: boolean;
}

/** The connected displays, named, with the one the projector goes to marked. */
export function projectorDisplays(): { automatic: boolean; displays: DisplayChoice[] } {
  const all = screen.getAllDisplays();
  const primary = screen.getPrimaryDisplay();
  const target = pickProjectorDisplay(all, primary, chosenDisplay);
  return {
    automatic: chosenDisplay === null || !all.some((d) => d.id === chosenDisplay),
    displays: all.map((d, i) => ({
      id: d.id,
      name: displayName(d, i, primary),
      selected: d.id === target?.id,
    })),
  };
}

/** Puts a window fullscreen on `display`, or back as a normal window on the main screen. */
function place(win: BrowserWindow, display: Display | null): void {
  placedOn.set(win, display?.id ?? null);
  if (win.isFullScreen()) win.setFullScreen(false);
  if (display) {
    win.setBounds(display.bounds);
    win.setFullScreen(true);
  } else {
    const area = screen.getPrimaryDisplay().workArea;
    win.setBounds({
      x: area.x + Math.max(0, Math.round((area.width - WINDOWED.width) / 2)),
      y: area.y + Math.max(0, Math.round((area.height - WINDOWED.height) / 2)),
      width: Math.min(WINDOWED.width, area.width),
      height: Math.min(WINDOWED.height, area.height),
    });
  }
  win.show();
}

function liveWindows(): BrowserWindow[] {
  return [...open.values()].filter((w) => !w.isDestroyed());
}

/**
 * The projector goes to this display (null: automatic). Open projector windows move at once; a
 * display that is the main screen gets a normal window, not a fullscreen one over the console.
 */
export function chooseProjectorDisplay(displayId: number | null): void {
  const all = screen.getAllDisplays();
  if (displayId !== null && !all.some((d) => d.id === displayId))
    throw new Error('That display is no longer connected.');
  chosenDisplay = displayId;
  const primary = screen.getPrimaryDisplay();
  const target = pickProjectorDisplay(all, primary, chosenDisplay);
  const fullscreenOn = target && (target.id !== primary.id || displayId !== null) ? target : null;
  for (const win of liveWindows()) place(win, fullscreenOn);
}

export function openProjectorWindow(args: {
  sessionId: string;
  localUrl: string;
  facilitatorKey: string;
}): BrowserWindow {
  const existing = open.get(args.sessionId);
  if (existing && !existing.isDestroyed()) {
    existing.focus();
    return existing;
  }
  const external = pickProjectorDisplay(
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
    chosenDisplay,
  );
  const bounds = external?.bounds;
  const win = new BrowserWindow({
    width: bounds?.width ?? WINDOWED.width,
    height: bounds?.height ?? WINDOWED.height,
    x: bounds?.x,
    y: bounds?.y,
    fullscreen: external !== null,
    autoHideMenuBar: true,
    title: 'Offsite projector',
    backgroundColor: '#10161d',
    webPreferences: secureWebPreferences(),
  });
  open.set(args.sessionId, win);
  placedOn.set(win, external?.id ?? null);
  keepAwake.hold(`projector:${args.sessionId}`);
  win.on('closed', () => {
    open.delete(args.sessionId);
    keepAwake.release(`projector:${args.sessionId}`);
  });
  // The key travels in the fragment, as for the console (never in a request line).
  void win.loadURL(`${args.localUrl}/projector/${args.sessionId}#key=${args.facilitatorKey}`);
  return win;
}

/**
 * Follows displays plugged in and out while the app runs. `onChange` lets the menu and the
 * console re-read the list. Returns a function that stops following.
 */
export function followDisplays(onChange: () => void = () => {}): () => void {
  let known = screen.getAllDisplays();
  const added = (_e: unknown, display: Display) => {
    known = screen.getAllDisplays();
    onChange();
    const primary = screen.getPrimaryDisplay();
    const windows = liveWindows().filter((w) => (placedOn.get(w) ?? null) === null);
    if (windows.length === 0 || display.id === primary.id) return;
    const index = known.findIndex((d) => d.id === display.id);
    void dialog
      .showMessageBox({
        type: 'question',
        buttons: ['Move the projector there', 'Not now'],
        defaultId: 0,
        cancelId: 1,
        message: `${displayName(display, index, primary)} was connected.`,
        detail: 'Show the projector window on it, fullscreen?',
      })
      .then(({ response }) => {
        if (response !== 0 || !screen.getAllDisplays().some((d) => d.id === display.id)) return;
        chooseProjectorDisplay(display.id);
      });
  };
  const removed = (_e: unknown, display: Display) => {
    const gone = known.find((d) => d.id === display.id) ?? display;
    known = screen.getAllDisplays();
    if (chosenDisplay === display.id) chosenDisplay = null;
    onChange();
    for (const win of liveWindows()) {
      // On the display that went: back as a normal window on the main screen, never lost.
      const on = placedOn.get(win) ?? null;
      if (on === display.id || (on === null && isOn(win.getBounds(), gone))) place(win, null);
    }
  };
  screen.on('display-added', added);
  screen.on('display-removed', removed);
  return () => {
    screen.removeListener('display-added', added);
    screen.removeListener('display-removed', removed);
  };
}

/** The session a console window shows, from its URL (/console/session/<id>), if any. */
export function sessionIdOfWindow(win: BrowserWindow | null): string | null {
  if (!win || win.isDestroyed()) return null;
  try {
    const m = /^\/console\/session\/([0-9a-f]{32})(?:\/agenda)?$/.exec(
      new URL(win.webContents.getURL()).pathname,
    );
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Holds the machine awake while this console window shows a session. */
export function keepAwakeWhileSessionShown(win: BrowserWindow): void {
  const reason = `console:${win.id}`;
  const update = () => {
    if (sessionIdOfWindow(win)) keepAwake.hold(reason);
    else keepAwake.release(reason);
  };
  win.webContents.on('did-navigate', update);
  win.webContents.on('did-navigate-in-page', update);
  win.on('closed', () => keepAwake.release(reason));
}

/** For tests: forget the windows and the choice. */
export function resetProjectorWindows(): void {
  open.clear();
  chosenDisplay = null;
}
