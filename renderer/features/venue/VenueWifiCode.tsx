// The venue's Wi-Fi on the projector's join screen: a WIFI: QR code a phone's camera joins the
// network from, with the name and password in words for those who type them.
import './venue.css';
import type { VenueWifiInfo } from '../../../shared/protocol/venueApi';
import { JoinQrCode } from '../qrCode/JoinQrCode';
import { wifiQrText } from './wifiQr';

export function VenueWifiCode({ wifi }: { wifi: VenueWifiInfo }) {
  return (
    <section className="join-screen-wifi" aria-label="The venue's Wi-Fi">
      <p className="join-screen-step">First, the Wi-Fi</p>
      <JoinQrCode
        url={wifiQrText(wifi)}
        size={280}
        label={`QR code to join the Wi-Fi ${wifi.ssid}`}
      />
      <p className="join-screen-wifi-name">{wifi.ssid}</p>
      {wifi.password ? (
        <p>
          Password <span className="join-screen-wifi-password">{wifi.password}</span>
        </p>
      ) : (
        <p>No password</p>
      )}
    </section>
  );
}
