// The application menu, with the projector's display: rebuilt when displays come and go.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ProjectorDisplays } from '../shared/protocol/bridge';

export function buildMenu(actions: {
  newConsoleWindow(): void;
  openProjector(): void;
  projectorDisplays(): ProjectorDisplays;
  chooseProjectorDisplay(displayId: number | null): void;
}): Menu {
  const isMac = process.platform === 'darwin';
  const { automatic, displays } = actions.projectorDisplays();
  const displayItems: MenuItemConstructorOptions[] = [
    {
      label: 'Automatic (a screen other than the main one)',
      type: 'radio',
      checked: automatic,
      click: () => actions.chooseProjectorDisplay(null),
    },
    ...displays.map((d): MenuItemConstructorOptions => ({
      label: d.name,
      type: 'radio',
      checked: !automatic && d.selected,
      click: () => actions.chooseProjectorDisplay(d.id),
    })),
  ];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'New Console Window',
          accelerator: 'CmdOrCtrl+N',
          click: actions.newConsoleWindow,
        },
        {
          label: 'Open Projector',
          accelerator: 'CmdOrCtrl+Shift+P',
          click: actions.openProjector,
        },
        { label: 'Projector Display', submenu: displayItems },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
