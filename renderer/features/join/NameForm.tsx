// Asks an attendee for the name the room will see.
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { NAME_MAX_CHARS, cleanText, ValidationError } from '../../../shared/model/limits';
import { saveName, loadName, type JoinInfo } from './joinSession';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';
import { LanguagePicker } from '../../i18n/LanguagePicker';
import { focusOnMount } from '../../app/focusOnMount';

// Taking another device's identity opens sealed boxes (tweetnacl): loaded when asked for.
const LinkThisDevice = lazy(() =>
  import('./LinkThisDevice').then((m) => ({ default: m.LinkThisDevice })),
);

export function NameForm({ info, onJoined }: { info: JoinInfo; onJoined(name: string): void }) {
  const t = useT();
  const [name, setName] = useState(() => loadName(info.sessionId) ?? '');
  const [error, setError] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const clean = cleanText(name, t('join.yourName'), NAME_MAX_CHARS);
      saveName(info.sessionId, clean);
      onJoined(clean);
    } catch (err) {
      if (err instanceof ValidationError) setError(explain(err, t('join.yourName')));
      else throw err;
    }
  }

  return (
    <main className="page narrow">
      <div className="join-top">
        <p className="muted">{t('join.youAreJoining')}</p>
        <LanguagePicker />
      </div>
      <h1 dir="auto">{info.title}</h1>
      <form className="card form" onSubmit={submit}>
        <label>
          {t('join.yourName')}
          <input
            type="text"
            value={name}
            maxLength={NAME_MAX_CHARS}
            ref={focusOnMount}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('join.join')}
        </button>
      </form>
      {linking ? (
        <Suspense fallback={null}>
          <LinkThisDevice info={info} onJoined={onJoined} />
        </Suspense>
      ) : (
        <p>
          <button type="button" className="link" onClick={() => setLinking(true)}>
            {t('join.useLinkCode')}
          </button>
        </p>
      )}
    </main>
  );
}
