// The room check a phone opens from the console's probe QR code (/probe#<join code>): it checks
// the way to the host, the hub and the mesh (a data channel with another device), shows what it
// found, and reports to the console. Its words are the room check's own (features/venue/
// probeWords.ts), loaded with this page's chunk: a phone's first visit never carries them.
import '../features/venue/venue.css';
import { useRoomProbe } from '../features/venue/useRoomProbe';
import { problemText } from '../features/venue/probeProblems';
import { useT } from '../i18n/useT';

const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function ProbePage() {
  const code = decodeURIComponent(window.location.hash.slice(1));
  const run = useRoomProbe(code);
  const t = useT();
  const r = run.report;
  return (
    <main className="page narrow probe-page">
      <h1>{t('probe.title')}</h1>
      {run.step && (
        <p role="status" aria-live="polite">
          {t(run.step)}
        </p>
      )}
      {r && (
        <ul className="card probe-results" aria-label={t('probe.results')}>
          <li>
            {r.roundTripMs === null
              ? t('probe.result.host', { mark: mark(r.host) })
              : t('probe.result.hostRoundTrip', { mark: mark(r.host), ms: r.roundTripMs })}
          </li>
          <li>{t('probe.result.hub', { mark: mark(r.hub) })}</li>
          <li>
            {t('probe.result.mesh', {
              mark: mark(r.meshChannel),
              state: r.meshChannel ? 'open' : r.signaling ? 'noChannel' : 'silent',
              n: r.peersSeen,
            })}
          </li>
          <li>
            {r.clockOffsetMs === null
              ? t('probe.result.clockUnknown')
              : t('probe.result.clock', { ms: r.clockOffsetMs })}
          </li>
          <li>{r.secureContext ? t('probe.result.secure') : t('probe.result.plain')}</li>
          {r.problems.map((p) => (
            <li key={p}>{problemText(p)}</li>
          ))}
        </ul>
      )}
      {run.step === null &&
        (run.sent === 'yes' ? (
          <p role="status">{t('probe.sent')}</p>
        ) : (
          <p role="alert" className="error">
            {t('probe.notSent', { why: run.sent })}
          </p>
        ))}
      {run.step === null && (
        <button type="button" onClick={run.again}>
          {t('probe.again')}
        </button>
      )}
    </main>
  );
}
