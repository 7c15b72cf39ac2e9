// A long list (parking lot, questions) rendered like a board column (board/ColumnItems.tsx): up
// to VIRTUAL_FROM items are all in the DOM; past that, only those near the window's viewport are
// (@tanstack/react-virtual, VirtualItems.tsx), so joining a 5,000-item parking lot renders a screenful, not 5,000
// articles. Each item renders its own <li> (the list keys it), spreading the row props it is given: the virtual rows
// carry their place in the list for screen readers (aria-setsize, aria-posinset). The item that
// holds the keyboard focus stays rendered however far the page scrolls, so focus is never lost;
// tabbing on from the last rendered item scrolls it into view and brings the next ones in.
// A grid list (the parking lot's cards side by side) keeps its columns: `minItemPx` is the CSS
// grid's narrowest column, and the rows are laid out in that many lanes.
import { Fragment, lazy, Suspense, type CSSProperties, type ReactNode, type Ref } from 'react';

// The virtualizer (@tanstack/react-virtual) loads with the first list that needs it: most rooms'
// lists never do, so a phone's first visit goes without it (issue 23). While it loads, the list
// shows its first VIRTUAL_FROM items.
const loadVirtualItems = () => import('./VirtualItems');
const VirtualItems = lazy(loadVirtualItems);

/** Starts loading the virtualizer before a list needs it (a big board's sync is arriving). */
export function preloadVirtualList(): void {
  void loadVirtualItems();
}

export const VIRTUAL_FROM = 120;

/** What a virtual row's <li> must carry (undefined when the list is not virtual). */
export type RowProps = {
  ref: Ref<HTMLLIElement>;
  'data-index': number;
  'aria-setsize': number;
  'aria-posinset': number;
  style: CSSProperties;
};

export type Props<T> = {
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T, row: RowProps | undefined): ReactNode;
  className: string;
  /** An item's height in px before it is measured. */
  estimatePx: number;
  /** Set for a grid list: its narrowest column in px (as in its grid-template-columns). */
  minItemPx?: number;
};

function Whole<T>(props: Props<T>) {
  return (
    <ul className={props.className}>
      {props.items.map((i) => (
        <Fragment key={props.itemKey(i)}>{props.renderItem(i, undefined)}</Fragment>
      ))}
    </ul>
  );
}

export function VirtualList<T>(props: Props<T>) {
  if (props.items.length <= VIRTUAL_FROM) return <Whole {...props} />;
  // While the virtualizer loads: the first items only (a whole 5,000-item list is what it avoids).
  const first = <Whole {...props} items={props.items.slice(0, VIRTUAL_FROM)} />;
  return (
    <Suspense fallback={first}>
      <VirtualItems {...(props as Props<unknown>)} />
    </Suspense>
  );
}
