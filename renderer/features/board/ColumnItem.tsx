// One item of a column (ColumnItems.tsx), memoised on its object (kept while it does not change),
// so only new or changed items render; whole columns and virtual ones alike.
import { memo, type ReactNode } from 'react';
import type { BoardItem } from '../../../shared/model/board/columns';

export type Render = (item: BoardItem) => ReactNode;

export const Item = memo(function Item(props: { item: BoardItem; render: Render }) {
  return <>{props.render(props.item)}</>;
});
