// The desktop shell: starts the host inside the main process, opens the console window.
import { secureWebPreferences } from './windowPreferences';
import { app, BrowserWindow, Menu } from 'electron';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { startHost, type RunningHost } from './host/server';
import { SessionStore } from './host/store/sessionStore';
import { registerSessionFileIpc, watchOpenedSessionFiles } from './sessionFiles';
import { loadOrCreateFacilitatorKey } from './host/facilitatorKey';
import { registerIpc, registerShellIpc } from './ipc';
import {
  chooseProjectorDisplay,
  followDisplays,
  keepAwakeWhileSessionShown,
  openProjectorWindow,
  projectorDisplays,
  sessionIdOfWindow,
} from './projectorWindow';
import { registerDisplayIpc } from './displayIpc';
import { printToPdf, registerExportIpc } from './exportIpc';
import { hardenApp } from './security';
import { buildMenu } from './menu';

let host: RunningHost | null = null;

// One instance per user: two hosts appending to the same library folder would corrupt it. A
// second launch (e.g. opening a .offsite file) hands its argv to this one instead.
if (!app.requestSingleInstanceLock()) app.quit();
const openedFiles = watchOpenedSessionFiles();

hardenApp(() => host?.localUrl ?? 'http://127.0.0.1');

function createConsoleWindow(running: RunningHost): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Offsite',
    backgroundColor: '#f6f4ef',
    webPreferences: secureWebPreferences(),
  });
  keepAwakeWhileSessionShown(win);
  void win.loadURL(running.consoleUrl);
  return win;
}

async function start(): Promise<void> {
  const dataDir = join(app.getPath('userData'), 'sessions');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // The session library lives in the user-data folder.
  const store = new SessionStore({ dataDir });
  host = await startHost({
    store,
    port: Number(process.env.OFFSITE_PORT ?? 7480),
    lanIp: process.env.OFFSITE_LAN_IP || undefined,
    rendererDir: join(__dirname, '..', 'renderer'),
    facilitatorKey: loadOrCreateFacilitatorKey(dataDir),
    // The export API prints with Electron itself: no separate Chromium needed in the desktop app.
    renderPdf: printToPdf,
    log: (m) => console.error(`[host] ${m}`),
  }).catch(() =>
    // The usual port is taken (another Offsite?): take any free one.
    startHost({
      store,
      port: 0,
      lanIp: process.env.OFFSITE_LAN_IP || undefined,
      rendererDir: join(__dirname, '..', 'renderer'),
      facilitatorKey: loadOrCreateFacilitatorKey(dataDir),
      renderPdf: printToPdf,
      log: (m) => console.error(`[host] ${m}`),
    }),
  );
  registerIpc(host.api, host.localUrl);
  registerSessionFileIpc(host.localUrl);
  registerExportIpc(host.localUrl);
  const running = host;
  const openProjector = (sessionId: string) =>
    openProjectorWindow({
      sessionId,
      localUrl: running.localUrl,
      facilitatorKey: running.facilitatorKey,
    });
  registerShellIpc({ openProjector }, host.localUrl);
  const setMenu = () =>
    Menu.setApplicationMenu(
      buildMenu({
        newConsoleWindow: () => createConsoleWindow(running),
        // The session of the focused console window; from the library there is none to project.
        openProjector: () => {
          const id = sessionIdOfWindow(BrowserWindow.getFocusedWindow());
          if (id) openProjector(id);
        },
        projectorDisplays,
        chooseProjectorDisplay: (id) => {
          chooseProjectorDisplay(id);
          setMenu();
        },
      }),
    );
  registerDisplayIpc(
    {
      projectorDisplays,
      chooseProjectorDisplay: (id) => {
        chooseProjectorDisplay(id);
        setMenu();
      },
    },
    host.localUrl,
  );
  setMenu();
  followDisplays(setMenu);
  const consoleWindow = createConsoleWindow(running);
  openedFiles.attach({
    api: running.api,
    consoleUrlOf: (id) => `${running.localUrl}/console/session/${id}#key=${running.facilitatorKey}`,
    window: () =>
      consoleWindow.isDestroyed()
        ? (BrowserWindow.getAllWindows()[0] ?? createConsoleWindow(running))
        : consoleWindow,
  });
}

app.whenReady().then(start, (err: unknown) => {
  console.error(err);
  app.exit(1);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (host && BrowserWindow.getAllWindows().length === 0) createConsoleWindow(host);
});

let quitting = false;
app.on('before-quit', (e) => {
  if (quitting || !host) return;
  e.preventDefault();
  quitting = true;
  void host.close().finally(() => app.quit());
});
