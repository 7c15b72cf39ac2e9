// A long column's virtual rows (ColumnItems.tsx past VIRTUAL_FROM items): only the items near the
// window's viewport are in the DOM (@tanstack/react-virtual). Its own chunk, loaded with the first
// column that long.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { BoardItem } from '../../../shared/model/board/columns';
import { Item, type Render } from './ColumnItem';

/** A lone note's height in px before it is measured (most are one to three lines). */
const ESTIMATE_PX = 110;
const GAP_PX = 10;

/** The same ids in the same order (pointer-cheap next to re-measuring every item). */
function sameIds(a: BoardItem[], b: BoardItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}

export default function VirtualItems(props: { items: BoardItem[]; render: Render }) {
  const { items, render } = props;
  // Callbacks over the latest items, new only when the ids in the list changed: a new callback
  // makes the virtualizer walk every item again (so does a new count), an edited note need not.
  const latest = useRef({ items, keys: 0 });
  if (latest.current.items !== items)
    latest.current = {
      items,
      keys: sameIds(latest.current.items, items) ? latest.current.keys : latest.current.keys + 1,
    };
  const keys = latest.current.keys;
  const estimateSize = useCallback(
    (i: number) => (latest.current.items[i]?.kind === 'group' ? ESTIMATE_PX * 3 : ESTIMATE_PX),
    [],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `keys` stands for the ids' order
  const getItemKey = useCallback((i: number) => latest.current.items[i]?.id ?? i, [keys]);
  const list = useRef<HTMLUListElement>(null);
  // Where the list starts in the page; followed as what is above it (composer, results) changes.
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const measure = () => setTop(el.getBoundingClientRect().top + window.scrollY);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(document.body);
    return () => ro.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize,
    getItemKey,
    overscan: 6,
    gap: GAP_PX,
    scrollMargin: top,
  });
  const rows = virtualizer.getVirtualItems();
  return (
    <ul
      ref={list}
      className="board-items virtual"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {rows.map((row) => {
        const item = items[row.index];
        if (!item) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            <Item item={item} render={render} />
          </li>
        );
      })}
    </ul>
  );
}
