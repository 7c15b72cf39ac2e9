// The attendee's "Your commitments" (issue 25): the actions of the series where they are
// Responsible or Accountable. Identities are per browser and per session, so the page links the
// attendee to a name in the actions the first time, with their confirmation; the browser keeps
// the name for the series and confirms it again by itself in its next sessions. Their status is
// theirs to record for the actions they are Responsible for.
import './series.css';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { confirmName } from '../../../shared/model/series/commands';
import { sameName } from '../../../shared/model/series/read';
import { useSeries } from '../../stores/seriesStore';
import { StatusForm } from './StatusForm';
import { reviewLine, statusLabel } from './reviewText';
import { useT } from '../../i18n/useT';
import { errorText } from '../../i18n/validation';
import { formatDay } from '../../app/format';

export { loadCommitmentsWords } from './commitmentsWords';

// eslint-disable-next-line lingui/no-unlocalized-strings -- a localStorage key
const rememberKey = (seriesId: string) => `offsite.series.${seriesId}.name`;

function remembered(seriesId: string | undefined): string | null {
  if (!seriesId) return null;
  try {
    return localStorage.getItem(rememberKey(seriesId));
  } catch {
    return null;
  }
}

export function YourCommitments(props: { doc: Y.Doc; participantId: string; name: string }) {
  const t = useT();
  const { doc, participantId } = props;
  const items = useSeries(doc, (s) => s.items);
  const links = useSeries(doc, (s) => s.links);
  const seriesId = useSeries(doc, (s) => s.link?.seriesId);
  const [error, setError] = useState<string | null>(null);
  const mine = links.find((l) => l.participantId === participantId);
  const linked = mine && links.find((l) => sameName(l.name, mine.name)) === mine ? mine.name : null;
  const taken = links.filter((l) => l.participantId !== participantId);
  const candidates = [
    ...new Set(items.flatMap((i) => [i.action.responsible, i.action.accountable]).filter(Boolean)),
  ].filter((n) => !taken.some((l) => sameName(l.name, n)));
  const guess =
    candidates.find((n) => sameName(n, remembered(seriesId) ?? '')) ??
    candidates.find((n) => sameName(n, props.name)) ??
    candidates[0] ??
    '';
  const [choice, setChoice] = useState(guess);
  useEffect(() => setChoice((c) => (candidates.includes(c) ? c : guess)), [guess]); // eslint-disable-line react-hooks/exhaustive-deps

  const confirm = (name: string) => {
    try {
      confirmName(doc, { participantId, name });
      if (seriesId) localStorage.setItem(rememberKey(seriesId), name);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  };
  // Confirmed once in this series: the next session's page confirms the same name by itself.
  const again = remembered(seriesId);
  const auto = !linked && !mine && again && candidates.some((n) => sameName(n, again));
  useEffect(() => {
    if (auto) confirm(candidates.find((n) => sameName(n, again!))!);
  }, [auto]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!linked) {
    if (candidates.length === 0 && !mine) return null;
    return (
      <section className="card your-commitments" aria-labelledby="your-commitments-heading">
        <h2 id="your-commitments-heading">{t('commitments.yours')}</h2>
        {mine ? (
          <p className="muted">{t('commitments.takenBy', { name: mine.name })}</p>
        ) : (
          <form
            className="confirm-name"
            onSubmit={(e) => {
              e.preventDefault();
              if (choice) confirm(choice);
            }}
          >
            <label htmlFor="commitment-name">{t('commitments.whichName')}</label>
            <div className="row">
              <select
                id="commitment-name"
                value={choice}
                onChange={(e) => setChoice(e.target.value)}
              >
                {candidates.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
              <button type="submit" className="primary" disabled={!choice}>
                {t('commitments.yesIAm', { name: choice || '…' })}
              </button>
            </div>
          </form>
        )}
        {error && (
          <p role="alert" className="callout danger">
            {error}
          </p>
        )}
      </section>
    );
  }
  const own = items.filter(
    (i) => sameName(i.action.responsible, linked) || sameName(i.action.accountable, linked),
  );
  return (
    <section className="card your-commitments" aria-labelledby="your-commitments-heading">
      <h2 id="your-commitments-heading">{t('commitments.yours')}</h2>
      <p className="muted">{t('commitments.asName', { name: linked })}</p>
      {own.length === 0 ? (
        <p className="muted">{t('commitments.noneYet')}</p>
      ) : (
        <ul className="commitment-list">
          {own.map((item) => {
            const responsible = sameName(item.action.responsible, linked);
            return (
              <li key={item.action.id}>
                <div className="review-item-head">
                  <strong>{item.action.title}</strong>
                  <span className="muted">
                    {t('commitments.commitmentLine', {
                      role: responsible ? 'R' : 'A',
                      due: item.action.due ? formatDay(item.action.due) : '',
                      hasDue: item.action.due ? 'yes' : 'no',
                      status: statusLabel(item.status),
                    })}
                  </span>
                </div>
                {item.action.carriedFrom !== null && (
                  <p className={`review-state${item.review ? '' : ' waiting'}`}>
                    {reviewLine(item)}
                  </p>
                )}
                {responsible && (
                  <StatusForm
                    doc={doc}
                    writer={{ participantId }}
                    actionId={item.action.id}
                    actionTitle={item.action.title}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
