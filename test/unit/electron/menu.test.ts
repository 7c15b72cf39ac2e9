// File › Projector Display through the one electron mock: every connected display, the chosen one
// ticked, a click moving the open projector window there (the console's picker does the same).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { display, FakeWindow, screen } from './mocks/electron';
import { buildMenu } from '#electron/menu';
import {
  chooseProjectorDisplay,
  openProjectorWindow,
  projectorDisplays,
  resetProjectorWindows,
} from '#electron/projectorWindow';

const laptop = display(1, { x: 0, y: 0, width: 1440, height: 900 }, { internal: true });
const projector = display(2, { x: 1440, y: 0, width: 1920, height: 1080 }, { label: 'EPSON' });
const tv = display(3, { x: -1280, y: 0, width: 1280, height: 720 });

function displayMenu(): MenuItemConstructorOptions[] {
  const menu = buildMenu({
    newConsoleWindow: () => {},
    openProjector: () => {},
    projectorDisplays,
    chooseProjectorDisplay,
  }) as unknown as { items: MenuItemConstructorOptions[] };
  const file = menu.items.find((i) => i.label === 'File')!;
  const items = file.submenu as MenuItemConstructorOptions[];
  return items.find((i) => i.label === 'Projector Display')!
    .submenu as MenuItemConstructorOptions[];
}

const click = (item: MenuItemConstructorOptions) =>
  (item.click as unknown as () => void | undefined)();

beforeEach(() => {
  screen.displays = [laptop, projector, tv];
  FakeWindow.all = [];
  resetProjectorWindows();
});
afterEach(() => {
  for (const w of FakeWindow.getAllWindows()) w.close();
});

describe('File › Projector Display', () => {
  it('lists every display, ticks the choice, and moves the projector on a click', () => {
    const win = openProjectorWindow({
      sessionId: 'a'.repeat(32),
      localUrl: 'http://127.0.0.1:7480',
      facilitatorKey: 'k',
    }) as unknown as FakeWindow;
    let items = displayMenu();
    expect(items.map((i) => [i.label, i.checked])).toEqual([
      ['Automatic (a screen other than the main one)', true],
      ['Built-in display (1440×900, main screen)', false],
      ['EPSON (1920×1080)', false],
      ['Display 3 (1280×720)', false],
    ]);
    expect(items.every((i) => i.type === 'radio')).toBe(true);
    click(items[3]!);
    expect(win).toMatchObject({ fullscreen: true, bounds: tv.bounds });
    items = displayMenu(); // rebuilt after a choice, as main.ts does
    expect(items.filter((i) => i.checked).map((i) => i.label)).toEqual(['Display 3 (1280×720)']);
    click(items[0]!);
    expect(win.bounds).toEqual(projector.bounds);
    expect(displayMenu()[0]!.checked).toBe(true);
  });

  it('follows the displays connected when it is rebuilt (a display unplugged)', () => {
    screen.displays = [laptop];
    expect(displayMenu().map((i) => i.label)).toEqual([
      'Automatic (a screen other than the main one)',
      'Built-in display (1440×900, main screen)',
    ]);
  });
});
