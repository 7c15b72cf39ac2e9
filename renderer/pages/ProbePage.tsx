// The room check a phone opens from the console's probe QR code (/probe#<join code>): it checks
// the way to the host, the hub and the mesh (a data channel with another device), shows what it
// found, and reports to the console.
import '../features/venue/venue.css';
import { useRoomProbe } from '../features/venue/useRoomProbe';

const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function ProbePage() {
  const code = decodeURIComponent(window.location.hash.slice(1));
  const run = useRoomProbe(code);
  const r = run.report;
  return (
    <main className="page narrow probe-page">
      <h1>Room check</h1>
      {run.step && (
        <p role="status" aria-live="polite">
          {run.step}
        </p>
      )}
      {r && (
        <ul className="card probe-results" aria-label="What this phone reached">
          <li>
            {mark(r.host)} This computer
            {r.roundTripMs !== null && `: ${r.roundTripMs} ms round trip`}
          </li>
          <li>{mark(r.hub)} The hub (notes and votes go through it)</li>
          <li>
            {mark(r.meshChannel)} The mesh:{' '}
            {r.meshChannel
              ? 'a direct channel to another device opened'
              : r.signaling
                ? 'no direct channel to another device'
                : 'its rendezvous did not answer'}{' '}
            ({r.peersSeen} other {r.peersSeen === 1 ? 'device' : 'devices'} heard)
          </li>
          <li>
            Clock: {r.clockOffsetMs === null ? 'unknown' : `${r.clockOffsetMs} ms from the host's`}
          </li>
          <li>Secure page: {r.secureContext ? 'yes' : 'no (plain http, as expected on a LAN)'}</li>
          {r.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {run.step === null &&
        (run.sent === 'yes' ? (
          <p role="status">Sent to the facilitator&apos;s console. You can close this page.</p>
        ) : (
          <p role="alert" className="error">
            The console did not get this check: {run.sent}
          </p>
        ))}
      {run.step === null && (
        <button type="button" onClick={run.again}>
          Check again
        </button>
      )}
    </main>
  );
}
