// The venue's Wi-Fi on the projector's join screen: a WIFI: QR code a phone's camera joins the
// network from, with the name and password in words for those who type them.
import './venue.css';
import type { VenueWifiInfo } from '../../../shared/protocol/venueApi';
import { JoinQrCode } from '../qrCode/JoinQrCode';
import { wifiQrText } from './wifiQr';
import { useT } from '../../i18n/useT';

export function VenueWifiCode({ wifi }: { wifi: VenueWifiInfo }) {
  const t = useT();
  return (
    <section className="join-screen-wifi" aria-label={t('venue.wifi.region')}>
      <p className="join-screen-step">{t('venue.wifi.first')}</p>
      <JoinQrCode
        url={wifiQrText(wifi)}
        size={280}
        label={t('venue.wifi.qr', { ssid: wifi.ssid })}
      />
      <p className="join-screen-wifi-name">{wifi.ssid}</p>
      {wifi.password ? (
        <p>
          {t('venue.wifi.password')}{' '}
          <span className="join-screen-wifi-password">{wifi.password}</span>
        </p>
      ) : (
        <p>{t('venue.wifi.noPassword')}</p>
      )}
    </section>
  );
}
