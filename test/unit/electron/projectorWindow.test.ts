// The projector window through the one electron mock: which display it goes to, moving it,
// displays plugged in and out while it is up, and keeping the machine awake while it is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answerMessageBoxesWith,
  display,
  FakeWindow,
  messageBoxes,
  powerBlockers,
  screen,
} from './mocks/electron';
import {
  chooseProjectorDisplay,
  followDisplays,
  keepAwakeWhileSessionShown,
  openProjectorWindow,
  projectorDisplays,
  resetProjectorWindows,
} from '#electron/projectorWindow';

const laptop = display(1, { x: 0, y: 0, width: 1440, height: 900 }, { internal: true });
const projector = display(2, { x: 1440, y: 0, width: 1920, height: 1080 }, { label: 'EPSON' });
const tv = display(3, { x: -1280, y: 0, width: 1280, height: 720 });
const SESSION = 'a'.repeat(32);

function open(sessionId = SESSION): FakeWindow {
  return openProjectorWindow({
    sessionId,
    localUrl: 'http://127.0.0.1:7480',
    facilitatorKey: 'k',
  }) as unknown as FakeWindow;
}

let stop = () => {};
beforeEach(() => {
  screen.displays = [laptop];
  FakeWindow.all = [];
  messageBoxes.length = 0;
  answerMessageBoxesWith(0);
  resetProjectorWindows();
  stop = followDisplays();
});
afterEach(() => {
  for (const w of FakeWindow.getAllWindows()) w.close();
  stop();
});

describe('the projector window', () => {
  it('goes fullscreen on the second display, or opens as a normal window without one', () => {
    const alone = open();
    expect(alone.fullscreen).toBe(false);
    alone.close();
    screen.displays = [laptop, projector];
    const win = open();
    expect(win.fullscreen).toBe(true);
    expect(win.bounds).toEqual(projector.bounds);
    expect(win.url).toBe(`http://127.0.0.1:7480/projector/${SESSION}#key=k`);
  });

  it('moves to the display the facilitator chooses, and back to the main screen as a window', () => {
    screen.displays = [laptop, projector, tv];
    const win = open();
    expect(win.bounds).toEqual(projector.bounds);
    chooseProjectorDisplay(tv.id);
    expect(win).toMatchObject({ fullscreen: true, bounds: tv.bounds });
    expect(projectorDisplays().displays.find((d) => d.selected)?.id).toBe(tv.id);
    expect(projectorDisplays().displays.map((d) => d.name)).toEqual([
      'Built-in display (1440×900, main screen)',
      'EPSON (1920×1080)',
      'Display 3 (1280×720)',
    ]);
    chooseProjectorDisplay(laptop.id);
    expect(win.bounds).toEqual(laptop.bounds);
    expect(() => chooseProjectorDisplay(99)).toThrow(/no longer connected/);
    // A new window follows the choice too.
    chooseProjectorDisplay(tv.id);
    const second = open('b'.repeat(32));
    expect(second.bounds).toEqual(tv.bounds);
  });

  it('comes back as a normal window when its display is unplugged while fullscreen', () => {
    screen.displays = [laptop, projector];
    const win = open();
    expect(win.fullscreen).toBe(true);
    screen.unplug(projector.id);
    expect(win.fullscreen).toBe(false);
    expect(win.visible).toBe(true);
    // Centred on the main screen's work area, whole.
    expect(win.bounds).toEqual({ x: 80, y: 70, width: 1280, height: 720 });
    expect(projectorDisplays().automatic).toBe(true);
  });

  it('asks before moving to a display plugged in later, and moves only when told to', async () => {
    const win = open();
    answerMessageBoxesWith(1);
    screen.plug(tv);
    await Promise.resolve();
    expect(messageBoxes).toHaveLength(1);
    expect(win.fullscreen).toBe(false);
    answerMessageBoxesWith(0);
    screen.plug(projector);
    await new Promise((r) => setTimeout(r, 0));
    expect(messageBoxes).toHaveLength(2);
    expect(JSON.stringify(messageBoxes[1]?.options)).toContain('EPSON (1920×1080) was connected');
    expect(win).toMatchObject({ fullscreen: true, bounds: projector.bounds });
  });

  it('does not ask when no projector window is open', () => {
    screen.plug(projector);
    expect(messageBoxes).toHaveLength(0);
  });
});

describe('keeping the machine awake', () => {
  it('holds one display-sleep blocker while a projector is up, released when it closes', () => {
    expect(powerBlockers.size).toBe(0);
    const a = open();
    const b = open('b'.repeat(32));
    expect([...powerBlockers.values()]).toEqual(['prevent-display-sleep']);
    a.close();
    expect(powerBlockers.size).toBe(1);
    b.close();
    expect(powerBlockers.size).toBe(0);
  });

  it('holds it while a console window shows a session, not the library', () => {
    const consoleWin = new FakeWindow({});
    keepAwakeWhileSessionShown(consoleWin as never);
    consoleWin.url = 'http://127.0.0.1:7480/console';
    consoleWin.webContents.emit('did-navigate');
    expect(powerBlockers.size).toBe(0);
    consoleWin.url = `http://127.0.0.1:7480/console/session/${SESSION}`;
    consoleWin.webContents.emit('did-navigate-in-page');
    expect(powerBlockers.size).toBe(1);
    consoleWin.url = 'http://127.0.0.1:7480/console';
    consoleWin.webContents.emit('did-navigate-in-page');
    expect(powerBlockers.size).toBe(0);
    consoleWin.url = `http://127.0.0.1:7480/console/session/${SESSION}/agenda`;
    consoleWin.webContents.emit('did-navigate-in-page');
    consoleWin.close();
    expect(powerBlockers.size).toBe(0);
  });
});
