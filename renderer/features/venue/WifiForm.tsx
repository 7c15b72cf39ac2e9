// The venue's Wi-Fi for the projector's join screen: the facilitator types the network name and
// password here; the host keeps them in its own settings (never in the session), and the join
// screen shows them as a WIFI: QR code beside the join code.
import { useEffect, useId, useState } from 'react';
import type { VenueWifiInfo } from '../../../shared/protocol/venueApi';
import { useT } from '../../i18n/useT';

/** The host's refusal without the validator's prefix ("Invalid arguments for …: wifi.ssid: "). */
function plain(message: string | null): string | null {
  return message && message.replace(/^Invalid arguments for \w+: [\w.]+: /, '');
}

export function WifiForm(props: {
  wifi: VenueWifiInfo | null;
  save(wifi: VenueWifiInfo | null): Promise<string | null>;
}) {
  const id = useId();
  const [ssid, setSsid] = useState(props.wifi?.ssid ?? '');
  const [password, setPassword] = useState(props.wifi?.password ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  // Another console window (or a restart) changed it: show what the host has.
  const savedSsid = props.wifi?.ssid ?? '';
  const savedPassword = props.wifi?.password ?? '';
  useEffect(() => {
    setSsid(savedSsid);
    setPassword(savedPassword);
  }, [savedSsid, savedPassword]);
  const submit = async (wifi: VenueWifiInfo | null) => {
    setBusy(true);
    setError(plain(await props.save(wifi)));
    setBusy(false);
  };
  return (
    <details className="venue-wifi">
      <summary>
        {props.wifi
          ? t('venue.wifi.summaryNamed', { ssid: props.wifi.ssid })
          : t('venue.wifi.summary')}
      </summary>
      <form
        className="venue-wifi-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit({ ssid, password });
        }}
      >
        <p className="muted">{t('venue.wifi.help')}</p>
        <label htmlFor={`${id}-ssid`}>{t('venue.wifi.ssid')}</label>
        <input
          id={`${id}-ssid`}
          type="text"
          value={ssid}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setSsid(e.target.value)}
        />
        <label htmlFor={`${id}-password`}>{t('venue.wifi.passwordLabel')}</label>
        <input
          id={`${id}-password`}
          type="text"
          value={password}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="venue-notice-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('venue.wifi.show')}
          </button>
          {props.wifi && (
            <button type="button" disabled={busy} onClick={() => void submit(null)}>
              {t('venue.wifi.remove')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
