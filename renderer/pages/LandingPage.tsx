// Where a typed short link lands, and where a wrong code is fixed: enter the join code shown on
// the projector. A code is checked with the host before the name form, so a typo says so here.
import { useState, type FormEvent } from 'react';
import { normalizeJoinCode } from '../../shared/model/ids';
import { goToJoin } from '../app/router';

export function LandingPage(props: { initialCode?: string; initialError?: string | null }) {
  const [code, setCode] = useState(props.initialCode ?? '');
  const [error, setError] = useState<string | null>(props.initialError ?? null);
  function submit(e: FormEvent) {
    e.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (!normalized) {
      setError('A join code has 10 letters and digits, like K7Q2M-X4P9D.');
      return;
    }
    setError(null);
    // The join page looks the code up and says so when no session has it.
    goToJoin(normalized);
  }
  return (
    <main className="page narrow">
      <h1>{props.initialError ? 'Can’t join' : 'Join a workshop'}</h1>
      <form className="card form" onSubmit={submit} noValidate>
        <label>
          Join code
          <input
            type="text"
            value={code}
            autoFocus
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
          Join
        </button>
      </form>
    </main>
  );
}
