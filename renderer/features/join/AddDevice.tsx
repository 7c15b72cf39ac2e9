// In the room: "Use on another device" shows a one-time code the attendee types on their phone or
// laptop, which then joins as them (linkDevice.ts): one person, one voice, on every device.
import { useState } from 'react';
import { formatLinkCode, LINK_TTL_MS } from '../../../shared/model/roster/deviceLink';
import { offerIdentity } from './linkDevice';
import type { JoinInfo } from './joinSession';
import { useRefusalWords } from '../../i18n/useRefusalWords';
import { errorText } from '../../i18n/validation';
import { useT } from '../../i18n/useT';

export function AddDevice({ info, name }: { info: JoinInfo; name: string }) {
  const t = useT();
  // A refusal is said in the page's language once its words are here (they may come later).
  useRefusalWords();
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function offer() {
    setBusy(true);
    setError(null);
    try {
      setCode(await offerIdentity(info, name));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (code === null)
    return (
      <p className="muted add-device-offer">
        <button type="button" className="link" onClick={() => void offer()} disabled={busy}>
          {t('device.offer')}
        </button>
        {error !== null && (
          <span role="alert" className="error">
            {' '}
            {errorText(error)}
          </span>
        )}
      </p>
    );
  return (
    <section className="card add-device" aria-labelledby="add-device-heading">
      <h2 id="add-device-heading">{t('device.heading')}</h2>
      <p>
        {t('device.howTo', {
          choice: t('join.useLinkCode'),
          minutes: Math.round(LINK_TTL_MS / 60_000),
        })}
      </p>
      <p className="device-code" aria-label={t('device.code')}>
        {formatLinkCode(code)}
      </p>
      <button type="button" onClick={() => setCode(null)}>
        {t('device.done')}
      </button>
    </section>
  );
}
