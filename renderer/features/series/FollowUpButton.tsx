// "Follow up" on the console (issue 25): makes the next session of this one's series, from this
// session's agenda or a template, opening on "Review commitments" with its open actions carried,
// and opens it.
import { useEffect, useState } from 'react';
import { hostApi } from '../../platform';
import { navigate } from '../../app/router';
import type { TemplateInfo } from '../../../shared/protocol/hostApi';
import { useT } from '../../i18n/useT';
import { errorText } from '../../i18n/validation';

export function FollowUpButton({ sessionId }: { sessionId: string }) {
  const t = useT();
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
    if (!api) return setError(t('series.needsKey'));
    setBusy(true);
    try {
      const made = await api.followUpSession({
        id: sessionId,
        ...(template && { template }),
      });
      // eslint-disable-next-line lingui/no-unlocalized-strings -- a route
      navigate(`/console/session/${made.id}${window.location.hash}`);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t('series.nextTime')}</h2>
      <p className="muted">{t('series.followUpHelp')}</p>
      <div className="row">
        <label htmlFor="follow-up-agenda">{t('console.tab.agenda')}</label>
        <select
          id="follow-up-agenda"
          value={template}
          onChange={(e) => setTemplate(e.target.value)}
        >
          <option value="">{t('series.thisAgenda')}</option>
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy} onClick={() => void followUp()}>
          {t('series.followUp')}
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
