// Asks an attendee for the name the room will see.
import { useState, type FormEvent } from 'react';
import { NAME_MAX_CHARS, cleanText, ValidationError } from '../../../shared/model/limits';
import { saveName, loadIdentity, type JoinInfo } from './joinSession';
import { LinkThisDevice } from './LinkThisDevice';

export function NameForm({ info, onJoined }: { info: JoinInfo; onJoined(name: string): void }) {
  const [name, setName] = useState(() => loadIdentity(info.sessionId).name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const clean = cleanText(name, 'Your name', NAME_MAX_CHARS);
      saveName(info.sessionId, clean);
      onJoined(clean);
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else throw err;
    }
  }

  return (
    <main className="page narrow">
      <p className="muted">You are joining</p>
      <h1>{info.title}</h1>
      <form className="card form" onSubmit={submit}>
        <label>
          Your name
          <input
            type="text"
            value={name}
            maxLength={NAME_MAX_CHARS}
            autoFocus
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
          Join
        </button>
      </form>
      {linking ? (
        <LinkThisDevice info={info} onJoined={onJoined} />
      ) : (
        <p>
          <button type="button" className="link" onClick={() => setLinking(true)}>
            Use a code from my other device
          </button>
        </p>
      )}
    </main>
  );
}
