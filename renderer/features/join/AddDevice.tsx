// In the room: "Use on another device" shows a one-time code the attendee types on their phone or
// laptop, which then joins as them (linkDevice.ts): one person, one voice, on every device.
import { useState } from 'react';
import { formatLinkCode, LINK_TTL_MS } from '../../../shared/model/roster/deviceLink';
import { offerIdentity } from './linkDevice';
import type { JoinInfo } from './joinSession';

export function AddDevice({ info, name }: { info: JoinInfo; name: string }) {
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function offer() {
    setBusy(true);
    setError(null);
    try {
      setCode(await offerIdentity(info, name));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  if (code === null)
    return (
      <p className="muted add-device-offer">
        <button type="button" className="link" onClick={() => void offer()} disabled={busy}>
          Use on another device
        </button>
        {error && (
          <span role="alert" className="error">
            {' '}
            {error}
          </span>
        )}
      </p>
    );
  return (
    <section className="card add-device" aria-labelledby="add-device-heading">
      <h2 id="add-device-heading">Your other device</h2>
      <p>
        On your phone or laptop, open the join link, choose <em>I joined on another device</em> and
        enter this code. It works once, for {Math.round(LINK_TTL_MS / 60_000)} minutes; you stay one
        person in the room.
      </p>
      <p className="device-code" aria-label="Device code">
        {formatLinkCode(code)}
      </p>
      <button type="button" onClick={() => setCode(null)}>
        Done
      </button>
    </section>
  );
}
