// What the headless host prints about sleep: it cannot hold the machine awake itself (the desktop
// app does, with Electron's powerSaveBlocker), so it says how, per OS.
/** The headless host cannot stop the machine sleeping by itself: how to, per OS. */
export function keepAwakeHint(platform: NodeJS.Platform): string {
  const how =
    platform === 'darwin'
      ? 'run it under `caffeinate -dis npm run host`'
      : platform === 'win32'
        ? 'set Settings › System › Power › Screen and sleep to Never while the room runs'
        : 'run it under `systemd-inhibit --what=sleep:idle npm run host`';
  return `Keep this computer awake while the room runs (a sleeping host drops the hub): ${how}.`;
}
