// Grouping and merging without dragging: "Group with…" (or "Merge into…") on a note starts a
// choice on the board itself; every note or group it may go onto shows a button (and takes a
// click anywhere on it); Enter or a click places the note, Esc cancels. The focus follows: to the
// first target when the choice starts, to the note's group (its menu) or the merged note after,
// back to the note on Esc.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { BoardActions } from './boardActions';
import type { Pick } from './boardUi';
import { isTypingTarget } from '../timer/typingTarget';

/** Where the focus goes once the board shows the result of a choice (or its cancelling). */
type FocusNext = { noteId: string; group: boolean };

const noteEl = (id: string) =>
  document.querySelector<HTMLElement>(`.board [data-note-id="${CSS.escape(id)}"]`);

export function useNotePick(actions: BoardActions | null) {
  const [picking, setPicking] = useState<Pick | null>(null);
  const current = useRef<Pick | null>(null);
  current.current = picking;
  const focusNext = useRef<FocusNext | null>(null);

  const cancel = useCallback(() => {
    const p = current.current;
    setPicking(null);
    if (p) focusNext.current = { noteId: p.noteId, group: false };
  }, []);

  const choose = useCallback(
    (targetNoteId: string) => {
      const p = current.current;
      if (!p || !actions) return;
      if (p.mode === 'group') {
        actions.group(p.noteId, targetNoteId);
        focusNext.current = { noteId: p.noteId, group: true };
      } else {
        actions.merge(targetNoteId, p.noteId);
        focusNext.current = { noteId: targetNoteId, group: false };
      }
      setPicking(null);
    },
    [actions],
  );

  // The choice starts on the first target, as it is drawn (a plain effect runs after the next
  // paint in Preact: a key pressed at once would still find the focus on the note).
  useLayoutEffect(() => {
    if (picking) document.querySelector<HTMLElement>('.board [data-pick-target]')?.focus();
  }, [picking]);

  // Esc cancels, wherever the focus is (but a field keeps its own Esc).
  useEffect(() => {
    if (!picking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || isTypingTarget(e.target, e.key)) return;
      e.preventDefault();
      cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking, cancel]);

  // After each redraw (no deps: the board's model redraws it), once the result is on screen: the note's group menu, else the note itself.
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    const el = noteEl(next.noteId);
    // eslint-disable-next-line lingui/no-unlocalized-strings -- a CSS selector
    const group = el?.closest('.board-group');
    if (next.group && !group) return; // not grouped on screen yet: try after the next redraw
    const target = group?.querySelector<HTMLElement>('.menu-button-trigger') ?? el;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });

  return { picking, pick: setPicking, choose, cancel };
}
