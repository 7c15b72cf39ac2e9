// Windows only: opens the Settings page where the facilitator changes the network's profile from
// Public to Private (the console's button beside the Public-profile warning). The host runs on
// the facilitator's own computer, desktop app or headless alike, so it opens the page there. A
// fixed command, no argument from the caller.
import { spawn } from 'node:child_process';

export const NETWORK_SETTINGS_URI = 'ms-settings:network-status';

export type Launcher = (command: string, args: string[]) => void;

const launch: Launcher = (command, args) => {
  const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
  child.on('error', () => {}); // nothing to report back: the facilitator sees whether it opened
  child.unref();
};

/** Opens Windows' network settings; false elsewhere (there is no such page to open). */
export function openNetworkSettings(
  platform: NodeJS.Platform = process.platform,
  run: Launcher = launch,
): boolean {
  if (platform !== 'win32') return false;
  // `start` is a cmd built-in; its first quoted argument is the window title, left empty.
  run('cmd.exe', ['/c', 'start', '""', NETWORK_SETTINGS_URI]);
  return true;
}
