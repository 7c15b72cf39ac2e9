// The facilitator's small form for what the minutes open with: first and last day, place, their
// own name and the time zone of the agenda's clock times. Writes through setSessionDetails.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { ValidationError } from '../../../shared/model/limits';
import {
  PLACE_MAX_CHARS,
  readSessionDetails,
  setSessionDetails,
  type SessionDetailsFields,
} from '../../../shared/model/session/details';
import { NAME_MAX_CHARS } from '../../../shared/model/limits';
import { sessionDoc } from '../../../shared/model/doc';
import { perSource, projectDoc, useProjection } from '../../stores/projection';
import { SessionLanguageSelect } from './SessionLanguageSelect';
import './export.css';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

/** The stored details, kept current as the doc changes (another console window may edit them). */
const detailsStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => readSessionDetails(doc),
    schedule: 'microtask',
    watch: [sessionDoc(doc).meta],
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  }),
);

const useSessionDetails = (doc: Y.Doc): SessionDetailsFields =>
  useProjection(detailsStore(doc), (s) => s);

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SessionDetailsForm(props: { doc: Y.Doc }) {
  const t = useT();
  const stored = useSessionDetails(props.doc);
  const [draft, setDraft] = useState(stored);
  // `saved` is said in the page's language when shown; an error is the model's sentence.
  const [status, setStatus] = useState<{ text: string; error: boolean } | 'saved' | null>(null);
  const ids = { start: useId(), end: useId(), place: useId(), name: useId(), zone: useId() };
  // Show what is stored whenever it changes elsewhere.
  useEffect(() => setDraft(stored), [stored]);
  const set = (patch: Partial<SessionDetailsFields>) => setDraft((d) => ({ ...d, ...patch }));

  function save(e: FormEvent) {
    e.preventDefault();
    try {
      setSessionDetails(props.doc, { ...draft, timeZone: draft.timeZone || browserZone() });
      setStatus('saved');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      setStatus({ text: explain(err), error: true });
    }
  }

  return (
    <section className="card details-card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('details.heading')}</h2>
      <p className="muted">{t('details.intro')}</p>
      <SessionLanguageSelect doc={props.doc} />
      <form className="details-form" onSubmit={save}>
        <div className="row">
          <div className="field">
            <label htmlFor={ids.start}>{t('details.firstDay')}</label>
            <input
              id={ids.start}
              type="date"
              value={draft.startDate ?? ''}
              onChange={(e) => set({ startDate: e.target.value || null })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.end}>{t('details.lastDay')}</label>
            <input
              id={ids.end}
              type="date"
              value={draft.endDate ?? ''}
              min={draft.startDate ?? undefined}
              onChange={(e) => set({ endDate: e.target.value || null })}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.place}>{t('details.place')}</label>
          <input
            id={ids.place}
            type="text"
            value={draft.place}
            maxLength={PLACE_MAX_CHARS}
            placeholder={t('details.placeExample')}
            onChange={(e) => set({ place: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{t('details.facilitator')}</label>
          <input
            id={ids.name}
            type="text"
            value={draft.facilitatorName}
            maxLength={NAME_MAX_CHARS}
            placeholder={t('details.yourName')}
            onChange={(e) => set({ facilitatorName: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.zone}>{t('details.timeZone')}</label>
          <input
            id={ids.zone}
            type="text"
            value={draft.timeZone ?? ''}
            placeholder={browserZone()}
            onChange={(e) => set({ timeZone: e.target.value.trim() || null })}
          />
        </div>
        <div className="row">
          <button type="submit" className="primary">
            {t('details.save')}
          </button>
        </div>
      </form>
      <p role="status" className={status !== 'saved' && status?.error ? 'error' : 'muted'}>
        {status === 'saved' ? t('details.saved') : (status?.text ?? '')}
      </p>
    </section>
  );
}
