// A group's actions in one menu button: rename and ungroup (whoever may group), and on the
// console record a decision from it or promote it to an action (the registers' handlers).
import type * as Y from 'yjs';
import type { BoardGroup } from '../../../shared/model/board';
import { useRecordFromBoard } from '../registers/PromoteFromBoard';
import { MenuButton, type MenuItem } from './MenuButton';
import { useT } from '../../i18n/useT';

export function GroupMenu(props: {
  group: BoardGroup;
  label: string;
  /** Rename and ungroup: null when this viewer may not group now. */
  edit: { rename(): void; ungroup(): void } | null;
  promote?: { doc: Y.Doc; blockId: string };
}) {
  const { edit, promote } = props;
  const t = useT();
  const items: MenuItem[] = edit
    ? [
        { label: t('group.rename'), onSelect: edit.rename },
        { label: t('group.ungroup'), onSelect: edit.ungroup },
      ]
    : [];
  if (promote) return <PromoteMenu {...props} promote={promote} items={items} />;
  if (items.length === 0) return null;
  return (
    <MenuButton
      text={t('group.actions')}
      name={t('group.actionsFor', { label: props.label })}
      items={items}
    />
  );
}

function PromoteMenu(props: {
  group: BoardGroup;
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
