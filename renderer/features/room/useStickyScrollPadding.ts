// Focus never hides under a sticky bar (WCAG 2.4.11): the page's scroll padding follows the
// heights of what sticks to the top (the room's block and countdown bar, the board's banner while
// a note is being placed) and to the bottom (the phone's tab bar), so the browser scrolls a
// focused control clear of them. Measured, since the bars change height (a long block title
// wraps; the tab bar is hidden on wide screens). `offsetVar` also publishes one bar's height as a
// CSS variable (`--` + its name), for what sticks just below it.
import { useEffect, type RefObject } from 'react';

const MARGIN_PX = 8;
type Side = 'top' | 'bottom';
const bars: Record<Side, Map<HTMLElement, number>> = { top: new Map(), bottom: new Map() };

function applySide(side: Side): void {
  let total = 0;
  for (const h of bars[side].values()) total += h;
  document.documentElement.style[side === 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom'] =
    total ? `${total + MARGIN_PX}px` : '';
}

export function useStickyScrollPadding(
  ref: RefObject<HTMLElement | null>,
  side: Side,
  offsetVar?: string,
): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const apply = () => {
      const shown = getComputedStyle(el).display !== 'none' && el.offsetHeight > 0;
      bars[side].set(el, shown ? el.offsetHeight : 0);
      applySide(side);
      if (offsetVar) root.setProperty(`--${offsetVar}`, `${shown ? el.offsetHeight : 0}px`);
    };
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    apply();
    window.addEventListener('resize', apply);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', apply);
      bars[side].delete(el);
      applySide(side);
      if (offsetVar) root.removeProperty(`--${offsetVar}`);
    };
  }, [ref, side, offsetVar]);
}
