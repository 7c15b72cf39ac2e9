// Asks before a session is deleted for good (a modal <dialog>: focus moves in, Escape cancels).
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { focusOnMount } from '../../app/focusOnMount';

export function ConfirmDeleteDialog(props: {
  title: string;
  onConfirm(): void;
  onCancel(): void;
  /** What is deleted, for a saved template instead of a session. */
  kind?: 'session' | 'template';
}) {
  const template = props.kind === 'template';
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="delete-heading"
      aria-describedby="delete-text"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="delete-heading">{t('library.delete.heading', { title: props.title })}</h2>
      <p id="delete-text">
        {template ? t('library.delete.templateText') : t('library.delete.sessionText')}
      </p>
      <div className="row">
        <button type="button" className="danger" onClick={props.onConfirm}>
          {template ? t('library.delete.template') : t('library.delete.session')}
        </button>
        <button type="button" ref={focusOnMount} onClick={props.onCancel}>
          {t('library.delete.keep')}
        </button>
      </div>
    </dialog>
  );
}
