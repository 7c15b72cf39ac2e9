// On the join page: "Use a code from my other device" takes the code the other device shows and joins
// as that same participant (linkDevice.ts), instead of as a second person.
import { useState, type FormEvent } from 'react';
import { takeIdentity } from './linkDevice';
import type { JoinInfo } from './joinSession';
import { useRefusalWords } from '../../i18n/useRefusalWords';
import { errorText } from '../../i18n/validation';
import { useT } from '../../i18n/useT';
import { focusOnMount } from '../../app/focusOnMount';

export function LinkThisDevice({
  info,
  onJoined,
}: {
  info: JoinInfo;
  onJoined(name: string): void;
}) {
  const t = useT();
  // A refusal is said in the page's language once its words are here (they may come later).
  useRefusalWords();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onJoined(await takeIdentity(info, code));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <section className="card link-device" aria-labelledby="link-device-heading">
      <h2 id="link-device-heading">{t('device.linkHeading')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('device.linkHowTo', { choice: t('device.offer') })}</p>
        <label>
          {t('device.codeLabel')}
          <input
            type="text"
            value={code}
            maxLength={16}
            ref={focusOnMount}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        {error !== null && (
          <p role="alert" className="error">
            {errorText(error)}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('device.link')}
        </button>
      </form>
    </section>
  );
}
