// Where a typed short link lands: enter the join code shown on the projector.
import { useState, type FormEvent } from 'react';
import { normalizeJoinCode } from '../../../shared/model/ids';

export function LandingPage() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (!normalized) {
      setError('A join code has 10 letters and digits, like K7Q2M-X4P9D.');
      return;
    }
    window.location.assign(`/join#${normalized}`);
    window.location.reload();
  }
  return (
    <main className="page narrow">
      <h1>Join a workshop</h1>
      <form className="card form" onSubmit={submit}>
        <label>
          Join code
          <input
            type="text"
            value={code}
            autoFocus
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => setCode(e.target.value)}
            placeholder="K7Q2M-X4P9D"
          />
        </label>
        {error && (
          <p role="alert" className="error">
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
