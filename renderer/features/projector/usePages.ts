// Pages on a screen nobody scrolls: every `[data-paged]` box inside `ref` (a column, a list) is
// measured with all its rows shown, split into pages that fit its height (paging.ts), and then
// shows only the rows of the current page. A box's children are its rows, except a child marked
// `data-page-group`, whose `[data-page-row]` descendants are (the group's frame goes on every page
// it appears on, marked `data-continued` after its first). A row taller than a whole page gets
// smaller type, down to a floor. Boxes side by side turn together: the page count is the longest
// box's. Re-measured when `deps` change (new content) or a box is resized; the page shown is
// `counter` (the projector's page counter) mod the count, counted from where it stood when the
// content under `resetKey` was first measured, so new content starts on its first page.
import { useLayoutEffect, useRef, useState, type DependencyList, type RefObject } from 'react';
import { pageIndex } from '../../../shared/model/session/projectorView';
import { pageCount, paginate, type PageRow } from './paging';

interface MeasuredBox {
  /** Each row's element, and the group element it belongs to (null for a lone row). */
  rows: { el: HTMLElement; group: HTMLElement | null }[];
  groups: HTMLElement[];
  pages: number[][];
  /** The box's size when measured. */
  size: string;
}

/** The smallest type a row is shrunk to when it is taller than a page, in vh (2.3vh: 16.6 px at
 * 720p, 25 px at 1080p), above the layout invariants' floor of 1/45 of the screen's height. */
const MIN_TEXT_VH = 0.023;

/** At most one measurement of new content per this long. */
const MEASURE_EVERY_MS = 300;

const sizeOf = (box: HTMLElement) => `${box.clientWidth}x${box.clientHeight}`;

const height = (el: Element) => el.getBoundingClientRect().height;
const gapOf = (el: Element) => parseFloat(getComputedStyle(el).rowGap) || 0;

function measureBox(box: HTMLElement): MeasuredBox {
  const kids = [...box.children].filter(
    (c): c is HTMLElement => c instanceof HTMLElement && !c.hasAttribute('data-fit-more'),
  );
  const groups = kids.filter((k) => k.hasAttribute('data-page-group'));
  for (const el of box.querySelectorAll<HTMLElement>('[data-page-shrunk]')) {
    el.style.fontSize = '';
    el.removeAttribute('data-page-shrunk');
  }
  // Every row shown while measuring (the CSS hides rows off the page, new ones included).
  box.setAttribute('data-measuring', '');
  for (const g of groups) g.removeAttribute('data-continued');
  const rows: MeasuredBox['rows'] = [];
  const pageRows: PageRow[] = [];
  let innerGap = 0;
  for (const k of kids) {
    if (!k.hasAttribute('data-page-group')) {
      rows.push({ el: k, group: null });
      pageRows.push({ height: height(k), group: null, frame: 0 });
      continue;
    }
    const members = [...k.querySelectorAll<HTMLElement>('[data-page-row]')];
    if (members.length === 0) continue;
    innerGap = members[0]!.parentElement ? gapOf(members[0]!.parentElement) : 0;
    const heights = members.map(height);
    const frame = height(k) - heights.reduce((a, b) => a + b, 0) - innerGap * (members.length - 1);
    const id = String(rows.length);
    members.forEach((el, i) => {
      rows.push({ el, group: k });
      pageRows.push({ height: heights[i]!, group: id, frame: Math.max(0, frame) });
    });
  }
  // A row taller than a whole page gets smaller type, down to the projector's smallest.
  const capacity = box.clientHeight;
  const floor = window.innerHeight * MIN_TEXT_VH;
  pageRows.forEach((r, i) => {
    const room = capacity - r.frame;
    if (r.height <= room || room <= 0) return;
    const el = rows[i]!.el;
    const size = parseFloat(getComputedStyle(el).fontSize);
    el.style.fontSize = `${Math.max(floor, (size * room * 0.97) / r.height)}px`;
    el.setAttribute('data-page-shrunk', '');
    r.height = height(el);
  });
  const pages = paginate(pageRows, capacity, { gap: gapOf(box), innerGap });
  const size = sizeOf(box);
  box.removeAttribute('data-measuring');
  return { rows, groups, pages, size };
}

function showPage(m: MeasuredBox, index: number): void {
  const on = new Set(m.pages[index] ?? []);
  const shownIn = new Map<HTMLElement, boolean[]>();
  m.rows.forEach((r, i) => {
    r.el.toggleAttribute('data-page-on', on.has(i));
    if (r.group) {
      const list = shownIn.get(r.group) ?? [];
      list.push(on.has(i));
      shownIn.set(r.group, list);
    }
  });
  for (const g of m.groups) {
    const list = shownIn.get(g) ?? [];
    const shown = list.some(Boolean);
    g.toggleAttribute('data-page-on', shown);
    g.toggleAttribute('data-continued', shown && !list[0]);
  }
}

export interface Pages {
  /** 0-based. */
  index: number;
  count: number;
}

export function usePages(
  ref: RefObject<HTMLElement | null>,
  opts: { counter: number; resetKey: unknown; deps: DependencyList },
): Pages {
  const [count, setCount] = useState(1);
  // Where the counter stood when this content was first measured (its first page), per key.
  const base = useRef<{ key: unknown; counter: number } | null>(null);
  const counterNow = useRef(opts.counter);
  counterNow.current = opts.counter;
  const keyNow = useRef(opts.resetKey);
  keyNow.current = opts.resetKey;
  const relative = (counter: number) =>
    base.current && base.current.key === keyNow.current ? counter - base.current.counter : 0;
  const index = pageIndex(relative(opts.counter), count);
  const measured = useRef<MeasuredBox[]>([]);
  const lastRun = useRef(-Infinity);

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) {
      measured.current = [];
      setCount(1);
      return;
    }
    const run = () => {
      const boxes = [...root.querySelectorAll<HTMLElement>('[data-paged]')];
      const all = boxes.map(measureBox);
      measured.current = all;
      if (all.length > 0 && (!base.current || base.current.key !== keyNow.current))
        base.current = { key: keyNow.current, counter: counterNow.current };
      const n = pageCount(all.map((m) => m.pages));
      const i = pageIndex(relative(counterNow.current), n);
      for (const m of all) showPage(m, i);
      setCount(n);
    };
    // New content is measured at once the first time, then at most every MEASURE_EVERY_MS: a
    // burst of incoming notes costs one measurement, not one each (new rows stay hidden till then).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = lastRun.current + MEASURE_EVERY_MS - performance.now();
    const timed = () => {
      lastRun.current = performance.now();
      run();
    };
    if (wait <= 0) timed();
    else timer = setTimeout(timed, wait);
    // Measured again when a box's size is not the one it was measured at (showing a page does
    // not resize a box; what is around it, or the window, may). At once, in the observer's
    // callback: it runs after layout and before paint, so the frame in which something beside
    // the box (a poll opening above the registers) shrinks it is never painted with the old
    // page's rows spilling out of it (measuring a frame later showed them cut off, for a frame
    // or, on a loaded machine, for as long as frames were late).
    // Each set of sizes once: a box whose size followed what it shows would otherwise be
    // measured over and over.
    const tried = new Set<string>();
    const ro = new ResizeObserver(() => {
      const sizes = [...root.querySelectorAll<HTMLElement>('[data-paged]')].map(sizeOf);
      const stale = sizes.some((size, i) => size !== measured.current[i]?.size);
      const key = sizes.join(' ');
      if (!stale || tried.has(key)) return;
      tried.add(key);
      run();
    });
    for (const b of root.querySelectorAll('[data-paged]')) ro.observe(b);
    return () => {
      ro.disconnect();
      clearTimeout(timer);
    };
    // `deps` stand for the content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, opts.deps);

  useLayoutEffect(() => {
    for (const m of measured.current) showPage(m, index);
  }, [index, count]);

  return { index, count };
}
