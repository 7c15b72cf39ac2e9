// Where a typed short link lands, and where a wrong code is fixed: enter the join code shown on
// the projector. A code is checked with the host before the name form, so a typo says so here.
import { useState, type FormEvent } from 'react';
import { normalizeJoinCode } from '../../shared/model/ids';
import { goToJoin } from '../app/router';
import { useT } from '../i18n/useT';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { focusOnMount } from '../app/focusOnMount';

export function LandingPage(props: { initialCode?: string; initialError?: string | null }) {
  const t = useT();
  const [code, setCode] = useState(props.initialCode ?? '');
  const [error, setError] = useState<string | null>(props.initialError ?? null);
  function submit(e: FormEvent) {
    e.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (!normalized) {
      setError(t('join.codeShape', { example: 'K7Q2M-X4P9D' }));
      return;
    }
    setError(null);
    // The join page looks the code up and says so when no session has it.
    goToJoin(normalized);
  }
  return (
    <main className="page narrow">
      <div className="join-top">
        <h1>{props.initialError ? t('join.cannotJoin') : t('join.joinWorkshop')}</h1>
        <LanguagePicker />
      </div>
      <form className="card form" onSubmit={submit} noValidate>
        <label>
          {t('join.joinCode')}
          <input
            type="text"
            value={code}
            ref={focusOnMount}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={error ? 'join-code-error' : undefined}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setCode(e.target.value)}
            placeholder="K7Q2M-X4P9D"
          />
        </label>
        {error && (
          <p role="alert" id="join-code-error" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('join.join')}
        </button>
      </form>
    </main>
  );
}
