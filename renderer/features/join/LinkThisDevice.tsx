// On the join page: "Use a code from my other device" takes the code the other device shows and joins
// as that same participant (linkDevice.ts), instead of as a second person.
import { useState, type FormEvent } from 'react';
import { takeIdentity } from './linkDevice';
import type { JoinInfo } from './joinSession';

export function LinkThisDevice({
  info,
  onJoined,
}: {
  info: JoinInfo;
  onJoined(name: string): void;
}) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onJoined(await takeIdentity(info, code));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <section className="card link-device" aria-labelledby="link-device-heading">
      <h2 id="link-device-heading">Already in the room on another device</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="muted">
          On the device you joined with, choose <em>Use on another device</em>: it shows a code.
          This device then joins as you, not as a second person.
        </p>
        <label>
          Code from your other device
          <input
            type="text"
            value={code}
            maxLength={16}
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Link this device
        </button>
      </form>
    </section>
  );
}
