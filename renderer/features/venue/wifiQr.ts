// The text of a Wi-Fi QR code (the WIFI: format phones' cameras read): the network name and the
// password with the format's special characters (\ ; , : ") escaped by a backslash, so a
// password like `a;b` is not cut short at its `;`.
import type { VenueWifiInfo } from '../../../shared/protocol/venueApi';

export function escapeWifiField(value: string): string {
  return value.replace(/[\\;,:"]/g, (c) => `\\${c}`);
}

/* eslint-disable lingui/no-unlocalized-strings -- the WIFI: format, read by cameras */
export function wifiQrText(wifi: VenueWifiInfo): string {
  const ssid = escapeWifiField(wifi.ssid);
  return wifi.password === ''
    ? `WIFI:T:nopass;S:${ssid};;`
    : `WIFI:T:WPA;S:${ssid};P:${escapeWifiField(wifi.password)};;`;
}
/* eslint-enable lingui/no-unlocalized-strings */
