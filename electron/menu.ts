// The application menu.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(actions: { newConsoleWindow(): void }): Menu {
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
