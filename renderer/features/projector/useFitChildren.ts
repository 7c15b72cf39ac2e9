// A display that is never scrolled must never hide anything silently: this hook shows as many of
// a box's children as fit its height, hides the rest, and returns how many it hid, so the view can
// say "+N more". Re-measured when the box is resized or `deps` change (new content).
import { useLayoutEffect, useState, type DependencyList, type RefObject } from 'react';

/** Space kept free at the bottom for the "+N more" line, in line heights of the box's font. */
const MORE_LINES = 1.6;

function measure(box: HTMLElement): number {
  const kids = [...box.children].filter(
    (c): c is HTMLElement => c instanceof HTMLElement && !c.hasAttribute('data-fit-more'),
  );
  for (const k of kids) k.hidden = false;
  const bottom = box.getBoundingClientRect().bottom;
  if (kids.every((k) => k.getBoundingClientRect().bottom <= bottom + 0.5)) return 0;
  const reserve = parseFloat(getComputedStyle(box).fontSize) * MORE_LINES;
  let shown = kids.findIndex((k) => k.getBoundingClientRect().bottom > bottom - reserve);
  if (shown < 0) shown = kids.length;
  kids.forEach((k, i) => (k.hidden = i >= shown));
  return kids.length - shown;
}

export function useFitChildren(ref: RefObject<HTMLElement | null>, deps: DependencyList): number {
  const [hidden, setHidden] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    setHidden(measure(box));
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setHidden(measure(box)));
    });
    ro.observe(box);
    return () => {
      ro.disconnect();
      cancelAnimationFrame(frame);
    };
    // `deps` stand for the box's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return hidden;
}
