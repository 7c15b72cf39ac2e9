// The "Keyboard shortcuts" overlay: a modal dialog listing SHORTCUTS.
import { useEffect, useRef, type RefObject } from 'react';
import { SHORTCUTS } from './shortcuts';
import { isTypingTarget } from './typingTarget';

export function ShortcutsHelp(props: {
  open: boolean;
  onClose(): void;
  /** Where the focus goes on closing when what had it would take Space for itself. */
  returnTo: RefObject<HTMLElement | null>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      className="shortcuts-help"
      aria-labelledby="shortcuts-heading"
      onClose={() => {
        // The dialog gives the focus back to what had it; if that is a button or a link, Space
        // would press it instead of doing what the overlay just said Space does.
        if (isTypingTarget(document.activeElement, ' ')) props.returnTo.current?.focus();
        props.onClose();
      }}
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Alt</kbd> + <kbd>↑</kbd> / <kbd>↓</kbd>
            </td>
            <td>Move the focused agenda block up or down</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">Shortcuts are off while you type in a field.</p>
      <button type="button" onClick={props.onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
