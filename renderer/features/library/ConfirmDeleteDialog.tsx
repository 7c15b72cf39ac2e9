// Asks before a session is deleted for good (a modal <dialog>: focus moves in, Escape cancels).
import { useEffect, useRef } from 'react';

export function ConfirmDeleteDialog(props: {
  title: string;
  onConfirm(): void;
  onCancel(): void;
  /** What is deleted, for a saved template instead of a session. */
  kind?: 'session' | 'template';
}) {
  const template = props.kind === 'template';
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
      <h2 id="delete-heading">Delete “{props.title}”?</h2>
      <p id="delete-text">
        {template
          ? 'The template is removed from this computer; sessions made from it keep their agenda. '
          : 'Its agenda, notes, votes and decisions are removed from this computer. '}
        This cannot be undone; export it first if you may need it again.
      </p>
      <div className="row">
        <button type="button" className="danger" onClick={props.onConfirm}>
          {template ? 'Delete template' : 'Delete session'}
        </button>
        <button type="button" autoFocus onClick={props.onCancel}>
          Keep it
        </button>
      </div>
    </dialog>
  );
}
