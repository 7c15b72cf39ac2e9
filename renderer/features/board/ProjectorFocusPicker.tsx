// On the console: which group or note of the current board the projector shows large, or the
// whole board. Lists what the projector can show (revealed notes), column by column.
import type * as Y from 'yjs';
import { useRoomBoards } from './useRoomBoards';
import { useBoardModel } from './useBoardModel';
import { PROJECTOR_VIEWER } from './boardKeys';
import { groupLabel, shortText } from './boardViewModel';
import { useProjectorView } from '../projector/useProjectorScreen';
import { projectorClearFocus, projectorFocus } from '../projector/projectorCommands';
import { useT } from '../../i18n/useT';

/** An option's value: what is in focus, `note:<id>` or `group:<id>`. */
const optionValue = (kind: 'note' | 'group', id: string) => `${kind}:${id}`;

export function ProjectorFocusPicker({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const { current } = useRoomBoards(doc);
  const blockId = current?.boardBlockId ?? null;
  const model = useBoardModel(doc, blockId, PROJECTOR_VIEWER);
  const { focus } = useProjectorView(doc);
  if (!blockId || !model || model.view?.phase !== 'revealed') return null;
  const value = focus && focus.blockId === blockId ? `${focus.kind}:${focus.id}` : '';
  const choose = (v: string) => {
    const [kind, id] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)];
    if (!v || (kind !== 'group' && kind !== 'note')) projectorClearFocus(doc);
    else projectorFocus(doc, { kind, id, blockId });
  };
  return (
    <label className="projector-focus-picker">
      {t('board.focus.label')}
      <select value={value} onChange={(e) => choose(e.target.value)}>
        <option value="">{t('board.focus.whole')}</option>
        {model.columns.map((col) => (
          <optgroup key={col.id} label={col.title}>
            {col.items.flatMap((item) =>
              item.kind === 'note'
                ? [
                    <option key={item.id} value={optionValue('note', item.id)}>
                      {shortText(item.note.text, 50)}
                    </option>,
                  ]
                : [
                    <option key={item.id} value={optionValue('group', item.group.id)}>
                      {t('board.focus.group', { name: groupLabel(item.group, item.notes) })}
                    </option>,
                    ...item.notes.map((n) => (
                      <option key={n.id} value={optionValue('note', n.id)}>
                        {'\u2003'}
                        {shortText(n.text, 48)}
                      </option>
                    )),
                  ],
            )}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
