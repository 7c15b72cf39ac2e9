// Says what the board is waiting for while a note is being placed, and how to cancel.
import { useRef } from 'react';
import type { BoardNoteView } from '../../../shared/model/board';
import { useStickyScrollPadding } from '../room/useStickyScrollPadding';
import type { Pick } from './boardUi';
import { shortText } from './boardViewModel';

export function PickBanner(props: { pick: Pick; notes: BoardNoteView[]; onCancel(): void }) {
  const { pick } = props;
  const source = props.notes.find((n) => n.id === pick.noteId);
  const what = source ? `“${shortText(source.text, 50)}”` : 'the note';
  // It sticks to the top while the board scrolls: the targets focused under it scroll clear.
  const ref = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(ref, 'top');
  return (
    <div className="pick-banner" role="group" aria-label="Placing a note" ref={ref}>
      <p role="status">
        {pick.mode === 'group'
          ? `Group ${what} with: choose a note or a group on the board (Enter or click).`
          : `Merge ${what} into: choose a note on the board (Enter or click).`}{' '}
        Esc cancels.
      </p>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
