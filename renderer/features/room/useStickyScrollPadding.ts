// Focus never hides under a sticky bar (WCAG 2.4.11): the page's scroll padding follows the height
// of the bar held at the top (the block and countdown) and of the tab bar at the bottom, so the
// browser scrolls a focused control clear of both. Measured, since both bars change height (a
// long block title wraps; the tab bar is hidden on wide screens).
import { useEffect, type RefObject } from 'react';

const MARGIN_PX = 8;

export function useStickyScrollPadding(
  ref: RefObject<HTMLElement | null>,
  side: 'top' | 'bottom',
): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const prop = side === 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom';
    const apply = () => {
      const shown = getComputedStyle(el).display !== 'none' && el.offsetHeight > 0;
      root[prop] = shown ? `${el.offsetHeight + MARGIN_PX}px` : '';
    };
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    apply();
    window.addEventListener('resize', apply);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', apply);
      root[prop] = '';
    };
  }, [ref, side]);
}
