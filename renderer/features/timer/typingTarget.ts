// Whether a key press belongs to what has focus (a field, a button) rather than to the shortcuts.
/** Typing in a field, or pressing Space on a button, must not drive the timer. */
export function isTypingTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // The timer's own buttons leave Space to the timer: after clicking "Add 1 minute", Space
  // pauses rather than adding another minute (Enter still presses the focused button).
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a selector
  if (key === ' ' && target.closest('[data-timer-keys]')) return false;
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}

/**
 * Whether a modal dialog (the shortcuts overlay) holds the keys now. Read from the page, not from
 * React state: the dialog's close event (and the re-render after it) can come after the next key
 * press, and a Space pressed right after Esc must pause the timer, not be dropped.
 */
export function modalOpen(): boolean {
  return document.querySelector('dialog:modal') !== null;
}
