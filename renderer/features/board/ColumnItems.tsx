// A column's notes and groups. Up to VIRTUAL_FROM items are all in the DOM (every board of a
// normal workshop); past that, only those near the window's viewport are (@tanstack/react-virtual,
// VirtualColumnItems.tsx),
// so a note arriving on a 3,000-note board costs the same render as on a 50-note one. Items keep
// their place in the list for screen readers (aria-setsize, aria-posinset). Each item is memoised
// on its object (kept while it does not change), so only new or changed items render.
import { lazy, Suspense } from 'react';
import type { BoardItem } from '../../../shared/model/board/columns';
import { Item, type Render } from './ColumnItem';

// The virtualizer loads with the first column that needs it (VirtualColumnItems.tsx): a normal
// workshop's boards never do, so a phone's first visit goes without it (issue 23). While it
// loads, the column shows its first VIRTUAL_FROM items.
const loadVirtualItems = () => import('./VirtualColumnItems');
const VirtualItems = lazy(loadVirtualItems);

/** Starts loading the virtualizer before a column needs it (a big board's sync is arriving). */
export function preloadVirtualColumn(): void {
  void loadVirtualItems();
}

export const VIRTUAL_FROM = 120;

function Whole(props: { items: BoardItem[]; render: Render }) {
  return (
    <ul className="board-items">
      {props.items.map((item) => (
        <li key={item.id}>
          <Item item={item} render={props.render} />
        </li>
      ))}
    </ul>
  );
}

export function ColumnItems(props: { items: BoardItem[]; render: Render }) {
  if (props.items.length <= VIRTUAL_FROM) return <Whole {...props} />;
  // While the virtualizer loads: the first items only (a whole 3,000-note column is what it avoids).
  const first = <Whole items={props.items.slice(0, VIRTUAL_FROM)} render={props.render} />;
  return (
    <Suspense fallback={first}>
      <VirtualItems {...props} />
    </Suspense>
  );
}
