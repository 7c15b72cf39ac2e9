// Where each participant joined from (the roster's device addresses, shared/model/roster/
// devices.ts), kept across host restarts so that "one admitted participant per device address"
// still holds after one. Sealed in the session's own folder (`devices.bin`, sealedFiles.ts), never
// in the doc, which every attendee holds.
import { isDeviceEntries, type DeviceEntries } from '../../../shared/model/roster/devices';
import type { StoreFs } from '../store/storeFs';
import { sealedFolder, type SealedStore } from './sealedFiles';

export type DeviceVault = SealedStore<DeviceEntries>;

export const deviceVault = (
  fs: StoreFs,
  dataDir: string,
  facilitatorKey: string,
  log: (message: string) => void,
): DeviceVault =>
  sealedFolder(
    fs,
    dataDir,
    facilitatorKey,
    {
      file: 'devices.bin',
      info: 'offsite/device-addresses',
      valid: isDeviceEntries,
      unreadable:
        'device addresses could not be read (another facilitator key?); until each participant ' +
        'reconnects, a second identity from their device is admitted as a new person',
    },
    log,
  );
