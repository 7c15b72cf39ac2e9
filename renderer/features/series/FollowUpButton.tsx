// "Follow up" on the console (issue 25): makes the next session of this one's series, with its
// agenda opening on "Review commitments" and its open actions carried, and opens it.
import { useState } from 'react';
import { hostApi } from '../../platform';
import { navigate } from '../../app/router';

export function FollowUpButton({ sessionId }: { sessionId: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const followUp = async () => {
    const api = hostApi();
    if (!api) return setError('This page needs the facilitator key.');
    setBusy(true);
    try {
      const made = await api.followUpSession({ id: sessionId });
      navigate(`/console/session/${made.id}${window.location.hash}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Next time</h2>
      <p className="muted">
        The next session of this series: the same agenda, opening with “Review commitments”, with
        the open actions, decisions, measures and open parking-lot items carried.
      </p>
      <button type="button" disabled={busy} onClick={() => void followUp()}>
        Follow up
      </button>
      {error && (
        <p role="alert" className="callout danger">
          {error}
        </p>
      )}
    </section>
  );
}
