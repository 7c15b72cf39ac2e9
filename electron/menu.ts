// The application menu.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(actions: { newConsoleWindow(): void; openProjector(): void }): Menu {
  const isMac = process.platform === 'darwin';
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
