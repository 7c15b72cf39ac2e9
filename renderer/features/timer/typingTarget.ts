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
