// Buttons for a note or group on the console's board: record a decision from it, or promote it to
// an action item. Each opens its form in the registers, prefilled and filed under the block the room
// is on; the saved record keeps the link (notes, group). What the buttons say beside them is read
// from the registers, so an undo takes "Decision recorded" away with the decision.
import type * as Y from 'yjs';
import { decisionDraftFromBoard } from '../../../shared/model/registers/fromRoom';
import { type BoardSource, type SourceLink } from '../../../shared/model/registers/names';
import { clip } from './useRegisters';
import { draftFromBoard } from '../../../shared/model/registers/actionDrafts';
import { useActionDraft } from './draftStore';
import { registersStore } from '../../stores/registersStore';
import { useProjection } from '../../stores/projection';
import { useT } from '../../i18n/useT';

/** Whether a record was taken from this group (or, for a lone note, from this note). */
export function takenFrom(source: BoardSource) {
  return (r: SourceLink) =>
    source.groupId
      ? r.sourceGroupId === source.groupId
      : !r.sourceGroupId && source.noteIds.some((id) => r.sourceNoteIds.includes(id));
}

/** "Decision recorded", "Action recorded", both, or a form open for this source: from the state. */
function useStatus(doc: Y.Doc, source: BoardSource): string {
  const t = useT();
  const from = takenFrom(source);
  const decided = useProjection(registersStore(doc), (s) => s.decisions.some(from));
  const assigned = useProjection(registersStore(doc), (s) => s.actions.some(from));
  const open = useActionDraft((s) => (s.pending && from(s.pending.draft) ? s.pending.kind : null));
  if (open) return t('registers.formOpen', { kind: open });
  if (decided || assigned)
    return t('registers.recorded', {
      what: decided && assigned ? 'both' : decided ? 'decision' : 'action',
    });
  return '';
}

/**
 * What a board control needs to record from a note or group: open the decision form, open the
 * action form (both prefilled), and the status line. For any button or menu item on the board.
 */
export function useRecordFromBoard(doc: Y.Doc, source: BoardSource) {
  const openDraft = useActionDraft((s) => s.open);
  const openDecision = useActionDraft((s) => s.openDecision);
  return {
    recordDecision: () => openDecision(decisionDraftFromBoard(doc, source)),
    promoteToAction: () => openDraft(draftFromBoard(source, doc)),
    status: useStatus(doc, source),
  };
}

export function PromoteFromBoard(props: {
  doc: Y.Doc;
  source: BoardSource;
  what: 'note' | 'group';
}) {
  const t = useT();
  const { recordDecision, promoteToAction, status } = useRecordFromBoard(props.doc, props.source);
  const from = t('registers.fromWhat', { what: props.what, label: clip(props.source.text, 40) });
  return (
    <span className="promote">
      <button type="button" className="small" onClick={recordDecision}>
        {t('registers.recordDecision')} <span className="visually-hidden">{from}</span>
      </button>
      <button type="button" className="small" onClick={promoteToAction}>
        {t('group.promoteToAction')} <span className="visually-hidden">{from}</span>
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </span>
  );
}
