// The venue's Wi-Fi as the facilitator typed it on the console (network name and password), for
// the projector's join screen. It is the host's own setting: one file in the data folder (0600,
// like the facilitator key), never in a session's doc, its file or its exports, and served only
// through the HostApi, which takes the facilitator key.
import * as path from 'node:path';
import type { VenueWifiInfo } from '../../../shared/protocol/venueApi';
import { venueWifiInfo } from '../../../shared/protocol/venueApi';
import { exists, writeFileAtomic, type StoreFs } from '../store/storeFs';

export const VENUE_WIFI_FILE = 'venue-wifi.json';

export class VenueWifi {
  private constructor(
    private readonly fs: StoreFs,
    private readonly file: string,
    private value: VenueWifiInfo | null,
  ) {}

  /** Reads the saved setting; a damaged file is named in the log and treated as none. */
  static async load(
    dataDir: string,
    fs: StoreFs,
    log: (message: string) => void = () => {},
  ): Promise<VenueWifi> {
    const file = path.join(dataDir, VENUE_WIFI_FILE);
    let value: VenueWifiInfo | null = null;
    try {
      if (await exists(fs, file)) {
        const parsed = venueWifiInfo.safeParse(
          JSON.parse(new TextDecoder().decode(await fs.readFile(file))),
        );
        if (parsed.success) value = parsed.data;
        else log(`${VENUE_WIFI_FILE} is not a Wi-Fi setting; ignored`);
      }
    } catch (err) {
      log(`${VENUE_WIFI_FILE} could not be read (${String(err)}); ignored`);
    }
    return new VenueWifi(fs, file, value);
  }

  get(): VenueWifiInfo | null {
    return this.value;
  }

  /** Saves the setting (null: forget it). The old one stays if the write fails. */
  async set(value: VenueWifiInfo | null): Promise<void> {
    if (value === null) await this.fs.rm(this.file);
    else {
      await this.fs.mkdir(path.dirname(this.file));
      await writeFileAtomic(this.fs, this.file, new TextEncoder().encode(JSON.stringify(value)));
    }
    this.value = value;
  }
}
