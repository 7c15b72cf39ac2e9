// A long list's virtual rows (VirtualList.tsx past VIRTUAL_FROM items): only the items near the
// window's viewport are in the DOM (@tanstack/react-virtual). Its own chunk, loaded with the first
// list that long.
import { Fragment, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { Props } from './VirtualList';

function sameKeys<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (key(a[i]!) !== key(b[i]!)) return false;
  return true;
}

/** px of a CSS length as computed (the list's gap), 0 when it is not a length. */
const px = (value: string) => Number.parseFloat(value) || 0;

export default function VirtualItems<T>(props: Props<T>) {
  const { items, itemKey, estimatePx, minItemPx } = props;
  // Callbacks over the latest items, new only when the keys' order changed (a new callback makes
  // the virtualizer walk every item again; an edited item need not).
  const latest = useRef({ items, keyed: 0, itemKey });
  if (latest.current.items !== items)
    latest.current = {
      items,
      itemKey,
      keyed: sameKeys(latest.current.items, items, itemKey)
        ? latest.current.keyed
        : latest.current.keyed + 1,
    };
  const keyed = latest.current.keyed;
  const estimateSize = useCallback(() => estimatePx, [estimatePx]);
  const getItemKey = useCallback(
    (i: number) => {
      const item = latest.current.items[i];
      return item === undefined ? i : latest.current.itemKey(item);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `keyed` stands for the keys' order
    [keyed],
  );
  const list = useRef<HTMLUListElement>(null);
  // Where the list starts in the page, its gap and how many columns fit: followed as the page
  // around it changes (a composer growing, a tab shown, the window resized).
  const [box, setBox] = useState({ top: 0, gap: 0, lanes: 1 });
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const measure = () => {
      const css = getComputedStyle(el);
      const gap = px(css.rowGap);
      const width = el.getBoundingClientRect().width;
      const lanes = minItemPx ? Math.max(1, Math.floor((width + gap) / (minItemPx + gap))) : 1;
      const top = el.getBoundingClientRect().top + window.scrollY;
      setBox((b) =>
        b.top === top && b.gap === gap && b.lanes === lanes ? b : { top, gap, lanes },
      );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(document.body);
    ro.observe(el);
    return () => ro.disconnect();
  }, [minItemPx]);
  // The item holding the focus: kept in the rendered range wherever the window scrolls.
  const focused = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const out = defaultRangeExtractor(range);
    const f = focused.current;
    if (f === null || f >= range.count || out.includes(f)) return out;
    return [...out, f].sort((a, b) => a - b);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: 6,
    gap: box.gap,
    lanes: box.lanes,
    scrollMargin: box.top,
  });
  const rows = virtualizer.getVirtualItems();
  const { lanes, gap } = box;
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a CSS value
  const width = `calc((100% - ${(lanes - 1) * gap}px) / ${lanes})`;
  return (
    <ul
      ref={list}
      className={`${props.className} virtual`}
      style={{ height: virtualizer.getTotalSize(), position: 'relative', display: 'block' }}
      onFocus={(e) => {
        const li = (e.target as HTMLElement).closest('li[data-index]');
        focused.current = li ? Number(li.getAttribute('data-index')) : null;
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) focused.current = null;
      }}
    >
      {rows.map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <Fragment key={row.key}>
            {props.renderItem(item, {
              ref: virtualizer.measureElement,
              'data-index': row.index,
              'aria-setsize': items.length,
              'aria-posinset': row.index + 1,
              style: {
                position: 'absolute',
                top: 0,
                // eslint-disable-next-line lingui/no-unlocalized-strings -- a CSS value
                left: lanes === 1 ? 0 : `calc(${row.lane} * (${width} + ${gap}px))`,
                width: lanes === 1 ? '100%' : width,
                // eslint-disable-next-line lingui/no-unlocalized-strings -- a CSS value
                transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              },
            })}
          </Fragment>
        );
      })}
    </ul>
  );
}
