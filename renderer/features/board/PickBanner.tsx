// Says what the board is waiting for while a note is being placed, and how to cancel.
import { useRef } from 'react';
import type { BoardNoteView } from '../../../shared/model/board';
import { useStickyScrollPadding } from '../room/useStickyScrollPadding';
import type { Pick } from './boardUi';
import { shortText } from './boardViewModel';
import { useT } from '../../i18n/useT';

export function PickBanner(props: { pick: Pick; notes: BoardNoteView[]; onCancel(): void }) {
  const { pick } = props;
  const t = useT();
  const source = props.notes.find((n) => n.id === pick.noteId);
  const what = source ? t('pick.quoted', { text: shortText(source.text, 50) }) : t('pick.theNote');
  // It sticks to the top while the board scrolls: the targets focused under it scroll clear.
  const ref = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(ref, 'top');
  return (
    <div className="pick-banner" role="group" aria-label={t('pick.placing')} ref={ref}>
      <p role="status">
        {t('pick.banner', { mode: pick.mode, what })} {t('pick.escCancels')}
      </p>
      <button type="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
