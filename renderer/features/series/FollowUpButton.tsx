// "Follow up" on the console (issue 25): makes the next session of this one's series, from this
// session's agenda or a template, opening on "Review commitments" with its open actions carried,
// and opens it.
import { useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import { navigate } from '../../app/router';
import type { TemplateInfo } from '../../../shared/protocol/hostApi';

export function FollowUpButton({ sessionId }: { sessionId: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [template, setTemplate] = useState('');
  useEffect(() => {
    void hostApi()
      ?.listTemplates({})
      .then(setTemplates, () => setTemplates([]));
  }, []);
  const followUp = async () => {
    const api = hostApi();
    if (!api) return setError('This page needs the facilitator key.');
    setBusy(true);
    try {
      const made = await api.followUpSession({
        id: sessionId,
        ...(template && { template }),
      });
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
        The next session of this series opens with “Review commitments” and carries the open
        actions, the decisions, the measures and the open parking-lot items.
      </p>
      <div className="row">
        <label htmlFor="follow-up-agenda">Agenda</label>
        <select
          id="follow-up-agenda"
          value={template}
          onChange={(e) => setTemplate(e.target.value)}
        >
          <option value="">This session’s agenda</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy} onClick={() => void followUp()}>
          Follow up
        </button>
      </div>
      {error && (
        <p role="alert" className="callout danger">
          {error}
        </p>
      )}
    </section>
  );
}
