// The console's storage banner: when the data folder cannot be written (full, read-only) the
// session keeps running in memory, and the facilitator must know before anything is lost. It also
// says which sessions were opened around damaged saved data, and from what they were rebuilt, and
// which reached the host's size limit (attendees' writes are refused there: export and go on).
import { useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import type { StorageHealthInfo } from '../../../shared/protocol/hostApi';
import { useT } from '../../i18n/useT';
import { hostTextOr } from '../../i18n/hostWords';

const POLL_MS = 3000;

export function StorageWarning() {
  const [health, setHealth] = useState<StorageHealthInfo | null>(null);
  const t = useT();
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
          <strong>{t('library.storage.notSaving')}</strong>{' '}
          {hostTextOr(health.words, health.message ?? null)}
        </p>
      )}
      {health.limits.length > 0 && (
        <div role="alert" className="callout danger storage-limits">
          <ul>
            {health.limits.map((english, i) => (
              <li key={i}>{hostTextOr(health.limitWords?.[i], english)}</li>
            ))}
          </ul>
        </div>
      )}
      {health.damaged.length > 0 && (
        <div role="status" className="callout warning storage-damaged">
          <p>
            <strong>{t('library.storage.damaged')}</strong> {t('library.storage.damagedText')}
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
          <summary>{t('library.storage.skipped')}</summary>
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
