// The "Keyboard shortcuts" overlay: a modal dialog listing SHORTCUTS.
import { useEffect, useRef, type RefObject } from 'react';
import { SHORTCUTS } from './shortcuts';
import { isTypingTarget } from './typingTarget';
import { useT } from '../../i18n/useT';
import { focusOnMount } from '../../app/focusOnMount';

export function ShortcutsHelp(props: {
  open: boolean;
  onClose(): void;
  /** Where the focus goes on closing when what had it would take Space for itself. */
  returnTo: RefObject<HTMLElement | null>;
}) {
  const t = useT();
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
      <h2 id="shortcuts-heading">{t('timer.shortcuts')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('timer.shortcut.key')}</th>
            <th scope="col">{t('timer.shortcut.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <td>
                <kbd>{s.label === 'Space' ? t('timer.key.space') : s.label}</kbd>
              </td>
              <td>{s.description()}</td>
            </tr>
          ))}
          <tr>
            <td>
              {/* eslint-disable-next-line lingui/no-unlocalized-strings -- a key's name, the same in every language offered */}
              <kbd>Alt</kbd> + <kbd>↑</kbd> / <kbd>↓</kbd>
            </td>
            <td>{t('timer.shortcut.moveBlock')}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">{t('timer.shortcut.offWhileTyping')}</p>
      <button type="button" onClick={props.onClose} ref={focusOnMount}>
        {t('timer.close')}
      </button>
    </dialog>
  );
}
