// Recording a carried action's status: one of the review's five, a one-line note and the date
// it holds for. The facilitator records any action's; an attendee only the actions they are
// Responsible for (the command and the judge both hold them to it).
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { recordActionUpdate, type UpdateWriter } from '../../../shared/model/series/commands';
import { UPDATE_NOTE_MAX_CHARS } from '../../../shared/model/series/names';
import { REVIEW_STATUSES, statusLabel, type ReviewStatus } from './reviewText';
import { useT } from '../../i18n/useT';
import { errorText } from '../../i18n/validation';

const today = () => new Date().toISOString().slice(0, 10);

export function StatusForm(props: {
  doc: Y.Doc;
  writer: UpdateWriter;
  actionId: string;
  actionTitle: string;
}) {
  const t = useT();
  const [status, setStatus] = useState<ReviewStatus | ''>('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const id = `status-${props.actionId}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!status) return setError(t('commitments.pickStatus'));
    try {
      recordActionUpdate(props.doc, props.writer, {
        actionId: props.actionId,
        status,
        note,
        date,
      });
      setStatus('');
      setNote('');
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form
      className="status-form"
      onSubmit={submit}
      aria-label={t('commitments.statusOf', { title: props.actionTitle })}
    >
      <fieldset className="status-choices">
        <legend className="visually-hidden">
          {t('commitments.statusOf', { title: props.actionTitle })}
        </legend>
        {REVIEW_STATUSES.map((s) => (
          <label key={s} className={`status-choice status-${s.replace(' ', '-')}`}>
            <input
              type="radio"
              name={id}
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
            />
            {statusLabel(s)}
          </label>
        ))}
      </fieldset>
      <div className="status-line">
        <label className="status-note">
          <span className="visually-hidden">
            {t('commitments.noteOn', { title: props.actionTitle })}
          </span>
          <input
            value={note}
            maxLength={UPDATE_NOTE_MAX_CHARS}
            placeholder={t('commitments.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <label>
          <span className="visually-hidden">
            {t('commitments.dateFor', { title: props.actionTitle })}
          </span>
          <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('commitments.record')}
          <span className="visually-hidden">
            {' '}
            {t('commitments.recordWhat', { title: props.actionTitle })}
          </span>
        </button>
      </div>
      {error && (
        <p role="alert" className="callout danger">
          {error}
        </p>
      )}
    </form>
  );
}
