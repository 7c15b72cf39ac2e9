// The "Keyboard shortcuts" overlay: a modal dialog listing SHORTCUTS.
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';

export function ShortcutsHelp(props: { open: boolean; onClose(): void }) {
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
      onClose={props.onClose}
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
