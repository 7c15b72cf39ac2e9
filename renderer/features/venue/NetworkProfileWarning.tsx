// Windows' Public network profile, which makes the firewall turn attendees away: the warning in
// plain words and a button that opens the Settings page where the profile becomes Private.
import { useState } from 'react';
import { hostApi } from '../../platform';
import { useT } from '../../i18n/useT';

export function NetworkProfileWarning({ warning }: { warning: string }) {
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  return (
    <div className="callout venue-caution" role="alert">
      <p>{warning}</p>
      <button
        type="button"
        onClick={() =>
          void hostApi()
            ?.openNetworkSettings({})
            .then(
              () => setError(null),
              (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
            )
        }
      >
        {t('venue.openNetworkSettings')}
      </button>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
