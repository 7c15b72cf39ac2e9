// Names the template a session's agenda is saved as (a modal <dialog>; Escape cancels). The
// host refuses a name already in use; the error shows here and the dialog stays open.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TITLE_MAX_CHARS } from '../../../shared/model/limits';
import { useT } from '../../i18n/useT';
import { focusOnMount } from '../../app/focusOnMount';

export function SaveTemplateDialog(props: {
  sessionTitle: string;
  onSave(name: string): Promise<string | null>;
  onCancel(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(props.sessionTitle);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('library.saveTemplate.noName'));
      return;
    }
    setBusy(true);
    const failed = await props.onSave(name);
    setBusy(false);
    setError(failed);
  }

  return (
    <dialog
      ref={ref}
      className="template-dialog"
      aria-labelledby="save-template-heading"
      aria-describedby="save-template-text"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <form onSubmit={submit} className="form">
        <h2 id="save-template-heading">
          {t('library.saveTemplate.heading', { title: props.sessionTitle })}
        </h2>
        <p id="save-template-text">{t('library.saveTemplate.text')}</p>
        <label>
          {t('library.saveTemplate.name')}
          <input
            type="text"
            value={name}
            ref={focusOnMount}
            maxLength={TITLE_MAX_CHARS}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t('library.saveTemplate.save')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
