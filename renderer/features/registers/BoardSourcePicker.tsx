// Record a decision or promote an action straight from a note or group on a board: pick it from the
// revealed notes and named groups of every board, and the new record keeps the link to it.
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { getAgenda } from '../../../shared/model/agenda/read';
import { readBoard } from '../../../shared/model/board';
import { EXPORT_VIEWER } from '../../../shared/export/fromDoc';
import { decisionDraftFromBoard } from '../../../shared/model/registers/fromRoom';
import { type BoardSource } from '../../../shared/model/registers/names';
import { draftFromBoard } from '../../../shared/model/registers/actionDrafts';
import { useActionDraft } from './draftStore';
import { clip } from './useRegisters';
import { t } from '../../i18n/t';
import { useT } from '../../i18n/useT';

interface Choice extends BoardSource {
  key: string;
  label: string;
}

/** Everything on the boards the facilitator can read now, block by block. */
export function boardChoices(doc: Y.Doc): { block: string; choices: Choice[] }[] {
  const out: { block: string; choices: Choice[] }[] = [];
  for (const day of getAgenda(doc).days)
    for (const b of day.blocks) {
      const view = readBoard(doc, b.id, EXPORT_VIEWER);
      if (!view || view.notes.length === 0) continue;
      const text = new Map(view.notes.map((n) => [n.id, n.text]));
      const choices: Choice[] = [
        ...view.groups.map((g) => ({
          key: `g:${g.id}`,
          label: t('registers.pickGroup', {
            text: clip(g.name || g.noteIds.map((id) => text.get(id) ?? '').join(' / '), 70),
          }),
          blockId: b.id,
          text: g.name || g.noteIds.map((id) => text.get(id) ?? '').join(' / '),
          noteIds: g.noteIds,
          groupId: g.id,
        })),
        ...view.notes.map((n) => ({
          key: `n:${n.id}`,
          label: t('registers.pickNote', { text: clip(n.text, 70) }),
          blockId: b.id,
          text: n.text,
          noteIds: [n.id],
          groupId: null,
        })),
      ];
      out.push({ block: b.title, choices });
    }
  return out;
}

export function BoardSourcePicker(props: { doc: Y.Doc }) {
  const t = useT();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('');
  const openDraft = useActionDraft((s) => s.open);
  const openDecision = useActionDraft((s) => s.openDecision);
  // Read the boards when the facilitator reaches for the list, not on every keystroke in the room.
  const [blocks, setBlocks] = useState(() => boardChoices(props.doc));
  const refresh = () => setBlocks(boardChoices(props.doc));
  if (!blocks.length)
    return (
      <p className="from-board">
        <button type="button" onClick={refresh}>
          {t('registers.lookForNotes')}
        </button>{' '}
        <span className="muted">{t('registers.lookForNotesWhy')}</span>
      </p>
    );
  const all = blocks.flatMap((b) => b.choices);
  const pick = all.find((c) => c.key === chosen) ?? null;
  const act = (kind: 'decision' | 'action') => {
    if (!pick) return;
    if (kind === 'decision') openDecision(decisionDraftFromBoard(props.doc, pick));
    else openDraft(draftFromBoard(pick, props.doc));
    setStatus(
      t('registers.filledFrom', {
        kind,
        from: t(pick.groupId ? 'registers.fromGroup' : 'registers.fromNote', {
          text: clip(pick.text, 70),
        }),
      }),
    );
  };
  return (
    <div className="from-board" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id}>
        {t('registers.fromTheBoard')}
      </label>
      <select
        id={id}
        value={chosen}
        onFocus={refresh}
        onPointerDown={refresh}
        onChange={(e) => setChosen(e.target.value)}
      >
        <option value="">{t('registers.chooseNote')}</option>
        {blocks.map((b) => (
          <optgroup key={b.block} label={b.block}>
            {b.choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="button" disabled={!pick} onClick={() => act('decision')}>
        {t('registers.recordDecisionFromIt')}
      </button>
      <button type="button" disabled={!pick} onClick={() => act('action')}>
        {t('group.promoteToAction')}
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
