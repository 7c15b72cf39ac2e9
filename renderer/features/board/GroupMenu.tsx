// A group's actions in one menu button: rename and ungroup (whoever may group), and on the
// console record a decision from it or promote it to an action (the console hands in its menu,
// PromoteGroupMenu.tsx, with the registers' handlers).
import type { BoardGroup } from '../../../shared/model/board';
import type { BoardPromote } from './boardUi';
import { MenuButton, type MenuItem } from './MenuButton';
import { useT } from '../../i18n/useT';

export function GroupMenu(props: {
  group: BoardGroup;
  label: string;
  /** Rename and ungroup: null when this viewer may not group now. */
  edit: { rename(): void; ungroup(): void } | null;
  promote?: BoardPromote;
}) {
  const { edit, promote } = props;
  const t = useT();
  const items: MenuItem[] = edit
    ? [
        { label: t('group.rename'), onSelect: edit.rename },
        { label: t('group.ungroup'), onSelect: edit.ungroup },
      ]
    : [];
  if (promote) {
    const Menu = promote.GroupMenu;
    return <Menu group={props.group} label={props.label} promote={promote} items={items} />;
  }
  if (items.length === 0) return null;
  return (
    <MenuButton
      text={t('group.actions')}
      name={t('group.actionsFor', { label: props.label })}
      items={items}
    />
  );
}
