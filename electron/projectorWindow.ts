// The projector window (one per session): fullscreen on an external display when one is
// connected, else a normal window next to the console. Reopening focuses the existing one.
import { secureWebPreferences } from './windowPreferences';
import { BrowserWindow, screen, type Display } from 'electron';

const open = new Map<string, BrowserWindow>();

/** The display to project on: any display other than the primary one, if there is one. */
export function pickProjectorDisplay(displays: Display[], primary: Display): Display | null {
  return displays.find((d) => d.id !== primary.id) ?? null;
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
  const external = pickProjectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay());
  const bounds = external?.bounds;
  const win = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 720,
    x: bounds?.x,
    y: bounds?.y,
    fullscreen: external !== null,
    autoHideMenuBar: true,
    title: 'Offsite projector',
    backgroundColor: '#10161d',
    webPreferences: secureWebPreferences(),
  });
  open.set(args.sessionId, win);
  win.on('closed', () => open.delete(args.sessionId));
  // The key travels in the fragment, as for the console (never in a request line).
  void win.loadURL(`${args.localUrl}/projector/${args.sessionId}#key=${args.facilitatorKey}`);
  return win;
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
