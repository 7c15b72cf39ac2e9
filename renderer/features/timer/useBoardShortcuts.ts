// The board's and the cockpit's keys from the console's shortcut table (shortcuts.ts): each
// component that can carry out a BoardCommand listens for its own, with the timer's rules: never
// while typing in a field, never while a modal dialog (the shortcuts overlay) is open.
import { useEffect, useRef } from 'react';
import { isBoardCommand, shortcutFor, type BoardCommand } from './shortcuts';
import { isTypingTarget, modalOpen } from './typingTarget';

export type BoardCommandHandlers = Partial<Record<BoardCommand, () => void>>;

export function useBoardShortcuts(handlers: BoardCommandHandlers): void {
  // The latest handlers, without re-adding the listener on every render.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target, e.key)) return;
      if (modalOpen()) return;
      const s = shortcutFor(e);
      if (!s || !isBoardCommand(s.command)) return;
      const run = latest.current[s.command];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
