// The venue: which address attendees reach this host on (every interface, ranked, and the one in
// use), and the room checks phones send from the probe page (POST /api/probe, no key: the join
// code proves the phone was shown the console's probe QR code). Reports are kept in memory only.
import { z } from 'zod';
import { ENDPOINTS } from './endpoints';
import type { HostWords } from './hostWords';

export type InterfaceKind = 'wifi' | 'ethernet' | 'vpn' | 'bridge' | 'link-local' | 'other';

export interface VenueAddressInfo {
  address: string;
  /** The OS's name for the interface (wlan0, en0, "Wi-Fi"). */
  interface: string;
  kind: InterfaceKind;
  /** "Wi-Fi (wlan0)". */
  label: string;
  /** Why this is unlikely to reach attendees, in plain words; null when nothing is suspect. */
  caution: string | null;
  /** `label` and `caution` as codes, for the page's language (absent from an older host). */
  labelWords?: HostWords;
  cautionWords?: HostWords | null;
  /** http://<address>:<port> */
  url: string;
}

/** How the address in use was chosen. */
export type AddressChoice = 'automatic' | 'facilitator' | 'command line';

export interface VenueNotice {
  /** Increases with each notice, so the console can tell a new one from one it dismissed. */
  id: number;
  at: number;
  message: string;
  /** `message` as a code, for the page's language (absent from an older host). */
  words?: HostWords;
  /** A better address the facilitator may switch to (a new network appeared), if any. */
  offer: VenueAddressInfo | null;
}

export interface ProbeReportInfo {
  at: number;
  /** The phone's address as the host saw it. */
  from: string;
  userAgent: string;
  host: boolean;
  hub: boolean;
  /** Whether the signaling server answered; peersSeen counts peers heard through it. */
  signaling: boolean;
  peersSeen: number;
  /** Whether a message came over a WebRTC data channel from one of those peers: the mesh works. */
  meshChannel: boolean;
  /** Host clock minus phone clock, ms. */
  clockOffsetMs: number | null;
  roundTripMs: number | null;
  secureContext: boolean;
  /** What the page could not do, in its own words (short). */
  problems: string[];
}

export interface VenueStatusInfo {
  /** The address in the QR codes and links now. */
  inUse: VenueAddressInfo;
  choice: AddressChoice;
  /** Every IPv4 address of this machine, the likeliest first. */
  addresses: VenueAddressInfo[];
  notice: VenueNotice | null;
  /** The latest probe reports, newest first (a handful, memory only). */
  probes: ProbeReportInfo[];
  /** Windows only: the active network's profile when it is Public (which blocks attendees). */
  networkProfileWarning: string | null;
  /** The same warning as a code (absent from an older host). */
  networkProfileWords?: HostWords | null;
  /** The venue's Wi-Fi for the projector's join screen, as the facilitator typed it; null: none.
   * The host's own setting (never in a session), sent only to the facilitator's windows. */
  wifi: VenueWifiInfo | null;
  /** Whether the projector's join screen shows the room check's QR code too (memory only). */
  roomCheckOnProjector: boolean;
}

const noControls = (s: string) =>
  Array.from(s).every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);

/** The venue's Wi-Fi: a network name, and a WPA password (empty for an open network). */
export const venueWifiInfo = z
  .object({
    ssid: z
      .string()
      .trim()
      .min(1, 'Type the network name.')
      .refine(
        (s) => new TextEncoder().encode(s).length <= 32,
        'A network name has at most 32 bytes.',
      )
      .refine(noControls, 'A network name has no control characters.'),
    password: z
      .string()
      .refine(
        (s) => s.length === 0 || (s.length >= 8 && s.length <= 63),
        'A Wi-Fi password has 8 to 63 characters (leave it empty for an open network).',
      )
      .refine(noControls, 'A Wi-Fi password has no control characters.'),
  })
  .strict();

export type VenueWifiInfo = z.infer<typeof venueWifiInfo>;

export const venueApiArgs = {
  venueStatus: z.object({}).strict(),
  /** An address of this machine, or null to go back to the automatic choice. */
  chooseAddress: z.object({ address: z.union([z.ipv4('not an IPv4 address'), z.null()]) }).strict(),
  /** The venue's Wi-Fi for the projector's join screen, or null to show none. */
  setVenueWifi: z.object({ wifi: venueWifiInfo.nullable() }).strict(),
  /** Shows (or hides) the room check's QR code on the projector's join screen. */
  setRoomCheckOnProjector: z.object({ on: z.boolean() }).strict(),
  /** Windows: opens the network settings (where a Public profile becomes Private). */
  openNetworkSettings: z.object({}).strict(),
};

export const PROBE_PATH = ENDPOINTS.probe;
export const PROBE_BODY_MAX_BYTES = 2048;

const short = z.string().max(120);
export const probeReportArgs = z
  .object({
    code: z.string().max(64),
    host: z.boolean(),
    hub: z.boolean(),
    signaling: z.boolean(),
    peersSeen: z.number().int().min(0).max(10_000),
    meshChannel: z.boolean(),
    clockOffsetMs: z.number().finite().min(-1e12).max(1e12).nullable(),
    roundTripMs: z.number().finite().min(0).max(600_000).nullable(),
    secureContext: z.boolean(),
    problems: z.array(short).max(6),
  })
  .strict();

export type ProbeReportArgs = z.infer<typeof probeReportArgs>;
