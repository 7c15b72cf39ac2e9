// The host's venue: the address attendees use (venueAddress.ts), the probe reports
// (probeBoard.ts), the venue's Wi-Fi for the projector (venueWifi.ts) and, on Windows, the network profile warning, behind what the HostApi and the
// server need of them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HostApiError } from '../../../shared/protocol/hostApi';
import {
  PROBE_BODY_MAX_BYTES,
  probeReportArgs,
  type VenueStatusInfo,
} from '../../../shared/protocol/venueApi';
import { HttpError, readJson, sendJson } from '../http/replies';
import type { HostAddress } from '../api';
import { AddressError, VenueAddress, type VenueAddressOptions } from './venueAddress';
import { ProbeBoard } from './probeBoard';
import type { VenueWifi } from './venueWifi';
import type { HostWords } from '../../../shared/protocol/hostWords';
import { openNetworkSettings, type Launcher } from './networkSettings';
import { noNetworkProfile, noSettings } from '../hostRefusals';
import {
  parseNetConnectionProfile,
  publicProfileWords,
  readNetConnectionProfile,
} from './networkProfile';

export interface Venue extends HostAddress {
  address: VenueAddress;
  probes: ProbeBoard;
  /** POST /api/probe: a phone's room check, accepted when its join code is a session's. */
  handleProbe(
    req: IncomingMessage,
    res: ServerResponse,
    knownCode: (code: string) => Promise<boolean>,
  ): Promise<void>;
  close(): void;
}

export function createVenue(
  opts: VenueAddressOptions & {
    port: () => number;
    readProfile?: () => Promise<string>;
    /** The venue's Wi-Fi setting (none: the join screen shows no Wi-Fi code). */
    wifi?: VenueWifi;
    /** Starts the Settings app (tests record the command instead). */
    launch?: Launcher;
  },
): Venue {
  const address = new VenueAddress(opts);
  const probes = new ProbeBoard(opts.now);
  const readProfile = opts.readProfile ?? readNetConnectionProfile;
  let profileWarning: HostWords | null = null;
  let roomCheckOnProjector = false;
  let profileReadAt = -Infinity;
  const refreshProfile = async () => {
    if ((opts.now ?? Date.now)() - profileReadAt < 30_000) return;
    profileReadAt = (opts.now ?? Date.now)();
    const text = await readProfile();
    profileWarning = publicProfileWords(
      parseNetConnectionProfile(text),
      address.current().interface,
    );
  };
  address.onChange(() => {
    profileReadAt = -Infinity;
  });
  address.start();
  const status = async (): Promise<VenueStatusInfo> => {
    await refreshProfile();
    return {
      ...address.status(opts.port()),
      probes: probes.list(),
      networkProfileWarning: profileWarning?.message ?? null,
      networkProfileWords: profileWarning,
      wifi: opts.wifi?.get() ?? null,
      roomCheckOnProjector,
    };
  };
  return {
    address,
    probes,
    lanBaseUrl: () => `http://${address.address()}:${opts.port()}`,
    venueStatus: status,
    async chooseAddress(chosen) {
      try {
        address.choose(chosen);
      } catch (err) {
        if (err instanceof AddressError) throw new HostApiError(err.message, 409, err.words);
        throw err;
      }
      return status();
    },
    async setVenueWifi(wifi) {
      if (!opts.wifi) throw noSettings();
      await opts.wifi.set(wifi);
      return status();
    },
    async setRoomCheckOnProjector(on) {
      roomCheckOnProjector = on;
      return status();
    },
    async openNetworkSettings() {
      if (!openNetworkSettings(opts.platform, opts.launch)) throw noNetworkProfile();
      return { opened: true };
    },
    async handleProbe(req, res, knownCode) {
      const parsed = probeReportArgs.safeParse(await readJson(req, PROBE_BODY_MAX_BYTES));
      if (!parsed.success) throw new HttpError(400, 'That is not a probe report.');
      if (!(await knownCode(parsed.data.code)))
        throw new HttpError(404, 'No session has that join code. Scan the probe code again.');
      const ua = req.headers['user-agent'];
      const from = req.socket.remoteAddress ?? '?';
      if (probes.add(from, typeof ua === 'string' ? ua : '', parsed.data) === 'busy')
        throw new HttpError(429, 'Too many probes; wait a moment.');
      sendJson(res, 200, { ok: true });
    },
    close() {
      address.stop();
    },
  };
}
