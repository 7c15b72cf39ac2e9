// The console's storage banner: when the data folder cannot be written (full, read-only) the
// session keeps running in memory, and the facilitator must know before anything is lost. It also
// says which sessions were opened around damaged saved data, and from what they were rebuilt.
import { useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import type { StorageHealthInfo } from '../../../shared/protocol/hostApi';

const POLL_MS = 3000;

export function StorageWarning() {
  const [health, setHealth] = useState<StorageHealthInfo | null>(null);
  useEffect(() => {
    let stopped = false;
    const check = () =>
      hostApi()
        ?.storageHealth({})
        .then(
          (h) => !stopped && setHealth(h),
          () => {},
        );
    void check();
    const timer = setInterval(check, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  if (!health) return null;
  return (
    <>
      {!health.ok && (
        <p role="alert" className="callout danger storage-warning">
          <strong>Not saving.</strong> {health.message}
        </p>
      )}
      {health.damaged.length > 0 && (
        <div role="status" className="callout warning storage-damaged">
          <p>
            <strong>Damaged saved data.</strong> Only the damaged part was lost; a copy of each
            damaged file was kept next to it in the data folder.
          </p>
          <ul>
            {health.damaged.map((d) => (
              <li key={d.sessionId}>{d.message}</li>
            ))}
          </ul>
        </div>
      )}
      {health.skipped.length > 0 && (
        <details className="callout storage-skipped">
          <summary>Some damaged saved data was skipped when a session was opened</summary>
          <ul>
            {health.skipped.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
