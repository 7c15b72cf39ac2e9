// A group's menu on the console's board: its rename and ungroup items, then record a decision
// from the group or promote it to an action (the registers' handlers), with what was recorded
// beside it. Handed to the board by the console (BoardPromote), so a phone never loads it.
import type * as Y from 'yjs';
import type { BoardGroup } from '../../../shared/model/board';
import { useRecordFromBoard } from '../registers/PromoteFromBoard';
import { MenuButton, type MenuItem } from './MenuButton';
import { useT } from '../../i18n/useT';

export function PromoteGroupMenu(props: {
  group: Pick<BoardGroup, 'id' | 'name' | 'noteIds'>;
  label: string;
  promote: { doc: Y.Doc; blockId: string };
  items: MenuItem[];
}) {
  const { group, label } = props;
  const t = useT();
  const p = useRecordFromBoard(props.promote.doc, {
    blockId: props.promote.blockId,
    text: group.name || label,
    noteIds: group.noteIds,
    groupId: group.id,
  });
  return (
    <>
      <MenuButton
        text={t('group.actions')}
        name={t('group.actionsFor', { label })}
        items={[
          ...props.items,
          { label: t('group.recordDecision'), onSelect: p.recordDecision },
          { label: t('group.promoteToAction'), onSelect: p.promoteToAction },
        ]}
      />
      <span role="status" className="muted group-done">
        {p.status}
      </span>
    </>
  );
}
