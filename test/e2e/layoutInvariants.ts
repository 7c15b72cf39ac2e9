// Layout invariants a room depends on, measured in the page: nothing wider than the window, no
// text cut off by an overflow-hidden box or the screen edge unless a visible "+N more" or
// "page N of M" says so, the countdown overlapping no other text, every timer control on screen,
// (for a screen read from afar) no visible text smaller than a floor, and (on a phone) every
// control big enough for a thumb.
import { expect, type Page } from '@playwright/test';

export interface LayoutOptions {
  /** The page is a fixed screen (the projector): text below the fold counts as cut off. */
  fixedScreen?: boolean;
  /** The timer controls must all be inside the first screen. */
  timerControls?: boolean;
  /** These elements (a board's columns) stand side by side: one row, inside the window. */
  sideBySide?: string;
  /** The first element matching this (a board's first note) is whole on the first screen. */
  onFirstScreen?: string;
  /**
   * Every box that cuts off its own content says so: one that hides it is controlled by a visible
   * "more" button (aria-controls), one that scrolls can be reached by keyboard (it or something
   * in it takes the focus: axe's scrollable-region-focusable).
   */
  boxesSayMore?: boolean;
  /** No visible text is set smaller than this many CSS pixels. */
  minTextPx?: number;
  /**
   * Every drawn control (button, link, field, summary, focusable element) is at least this many
   * px wide and tall; a radio or checkbox is measured by the label that wraps it (its target).
   */
  minTargetPx?: number;
  /**
   * WCAG 2.5.8's inline exception: a link or link-styled button inside a sentence (its parent
   * holds text of its own beside it) is sized by the text, not held to minTargetPx.
   */
  inlineTargetsExempt?: boolean;
}

/** Problems found, as sentences; empty when the layout holds. */
export function layoutProblems(page: Page, opts: LayoutOptions = {}): Promise<string[]> {
  return page.evaluate((o) => {
    const out: string[] = [];
    const W = window.innerWidth;
    const H = window.innerHeight;
    const doc = document.documentElement;
    if (doc.scrollWidth > W + 1) {
      // Name the outermost element that sticks out, to say where to look.
      const wide = [...document.body.querySelectorAll('*')].find(
        (e) =>
          e.getBoundingClientRect().right > W + 1 &&
          (e.parentElement?.getBoundingClientRect().right ?? 0) <= W + 1,
      );
      const what = wide ? `<${wide.tagName.toLowerCase()} class="${wide.className}">` : 'something';
      out.push(`page is ${doc.scrollWidth}px wide in a ${W}px window (${what} sticks out)`);
    }
    if (o.fixedScreen && doc.scrollHeight > H + 1)
      out.push(`screen scrolls: ${doc.scrollHeight}px tall in a ${H}px window`);
    const SAYS_MORE = /\+\s?[\d,]+ more|and [\d,]+ more|page \d+ of \d+/i;
    // Elements that say something is left out (only the innermost ones that say it).
    const moreEls = [...document.body.querySelectorAll('*')].filter((e) => {
      const r = e.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.height > 0 &&
        SAYS_MORE.test(e.textContent ?? '') &&
        ![...e.children].some((c) => SAYS_MORE.test(c.textContent ?? ''))
      );
    });
    const saysMore = (el: Element) => moreEls.some((m) => el.contains(m));
    const styles = new Map<Element, CSSStyleDeclaration>();
    const style = (e: Element) => {
      let cs = styles.get(e);
      if (!cs) styles.set(e, (cs = getComputedStyle(e)));
      return cs;
    };
    const label = (n: Node) => (n.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const tiny = (r: DOMRect) => r.width <= 2 || r.height <= 2;
    const texts: { node: Text; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      if (!t.data.trim()) continue;
      const el = t.parentElement;
      if (!el || el.closest('script, style, option, title, [aria-hidden="true"], .visually-hidden'))
        continue;
      const cs = style(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      const rect = range.getBoundingClientRect();
      if (tiny(rect)) continue; // visually hidden, or not rendered (closed <details>)
      texts.push({ node: t, rect });
    }
    for (const { node, rect } of texts) {
      const el = node.parentElement!;
      // Clipped by an ancestor that hides overflow (one that scrolls lets a person reach it).
      let scrolls = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const cs = style(a);
        if (/auto|scroll/.test(cs.overflowX + cs.overflowY)) scrolls = true;
        const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
        const clipsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
        if (!clipsX && !clipsY) continue;
        const r = a.getBoundingClientRect();
        const outX = clipsX && (rect.left < r.left - 1 || rect.right > r.right + 1);
        const outY = clipsY && (rect.top < r.top - 1 || rect.bottom > r.bottom + 1);
        if ((outX || outY) && !saysMore(a)) {
          out.push(
            `“${label(node)}” is cut off by <${a.tagName.toLowerCase()} class="${a.className}">`,
          );
          break;
        }
      }
      // Cut off by the window (sideways always; below the fold on a fixed screen).
      const offX = rect.left < -1 || rect.right > W + 1;
      const offY = o.fixedScreen && (rect.top < -1 || rect.bottom > H + 1);
      if ((offX || offY) && !scrolls && !saysMore(document.body))
        out.push(`“${label(node)}” is outside the window`);
    }
    if (o.minTextPx !== undefined) {
      for (const { node } of texts) {
        const size = parseFloat(style(node.parentElement!).fontSize);
        if (size < o.minTextPx - 0.05)
          out.push(`“${label(node)}” is ${size.toFixed(1)} px, under the ${o.minTextPx} px floor`);
      }
    }
    // The countdown's box meets no other text. Text scrolled under the sticky (or fixed) bar
    // that holds the countdown is hidden by it, not overlapped: it counts only where it is drawn
    // (the element on top at the overlap is the text's, not the bar's).
    for (const timer of document.querySelectorAll('[role="timer"]')) {
      const box = (timer.closest('.countdown') ?? timer).getBoundingClientRect();
      const own = timer.closest('.countdown') ?? timer;
      let bar: Element | null = timer;
      while (bar && !/sticky|fixed/.test(style(bar).position)) bar = bar.parentElement;
      for (const { node, rect } of texts) {
        if (own.contains(node)) continue;
        const left = Math.max(box.left, rect.left);
        const right = Math.min(box.right, rect.right);
        const top = Math.max(box.top, rect.top);
        const bottom = Math.min(box.bottom, rect.bottom);
        if (right - left <= 1 || bottom - top <= 1) continue;
        if (bar && !bar.contains(node)) {
          const onTop = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
          if (onTop && bar.contains(onTop)) continue;
        }
        out.push(`the countdown overlaps “${label(node)}”`);
      }
    }
    if (o.timerControls) {
      const group = document.querySelector('[role="group"][aria-label="Timer controls"]');
      if (!group) out.push('no timer controls');
      for (const b of group?.querySelectorAll('button') ?? []) {
        const r = b.getBoundingClientRect();
        if (r.left < 0 || r.top < 0 || r.right > W || r.bottom > H)
          out.push(`timer control “${label(b)}” is outside the first screen`);
      }
    }
    if (o.sideBySide) {
      const els = [...document.querySelectorAll(o.sideBySide)].map((e) => ({
        name: (e.getAttribute('aria-label') ?? e.tagName).slice(0, 60),
        r: e.getBoundingClientRect(),
      }));
      if (els.length === 0) out.push(`nothing matches ${o.sideBySide}`);
      for (const [i, { name, r }] of els.entries()) {
        const prev = els[i - 1];
        if (prev && Math.abs(r.top - prev.r.top) > 2)
          out.push(`“${name}” is not beside “${prev.name}” (top ${r.top} vs ${prev.r.top})`);
        if (prev && r.left < prev.r.right - 1) out.push(`“${name}” overlaps “${prev.name}”`);
        if (r.left < -1 || r.right > W + 1) out.push(`“${name}” is not inside the window`);
      }
      // Nor behind a sideways scroll: all of them in view at once.
      const first = document.querySelector(o.sideBySide);
      for (let a = first?.parentElement; a && a !== document.body; a = a.parentElement) {
        if (!/auto|scroll|hidden|clip/.test(style(a).overflowX)) continue;
        const box = a.getBoundingClientRect();
        for (const { name, r } of els)
          if (r.left < box.left - 1 || r.right > box.right + 1)
            out.push(`“${name}” is cut off by <${a.tagName.toLowerCase()} class="${a.className}">`);
      }
    }
    if (o.onFirstScreen) {
      const first = document.querySelector(o.onFirstScreen);
      const r = first?.getBoundingClientRect();
      if (!first || !r) out.push(`nothing matches ${o.onFirstScreen}`);
      else if (r.top < 0 || r.bottom > H || r.left < 0 || r.right > W)
        out.push(
          `the first ${o.onFirstScreen} is not whole on the first screen (top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)} in ${H})`,
        );
    }
    if (o.boxesSayMore) {
      const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
      for (const box of document.body.querySelectorAll('*')) {
        const cs = style(box);
        const overflow = cs.overflowX + ' ' + cs.overflowY;
        if (!/hidden|clip|auto|scroll/.test(overflow)) continue;
        if (box.closest('[aria-hidden="true"], .visually-hidden, select, textarea')) continue;
        const cut =
          box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
        if (!cut || tiny(box.getBoundingClientRect()) || !(box.textContent ?? '').trim()) continue;
        const what = `<${box.tagName.toLowerCase()} class="${box.className}">`;
        if (/auto|scroll/.test(overflow)) {
          const reachable =
            (box as HTMLElement).tabIndex >= 0 || box.querySelector(FOCUSABLE) !== null;
          if (!reachable) out.push(`${what} scrolls but no key reaches it`);
          continue;
        }
        const controls = box.id
          ? [...document.querySelectorAll(`[aria-controls~="${CSS.escape(box.id)}"]`)]
          : [];
        const cue = controls.some(
          (c) => !tiny(c.getBoundingClientRect()) && /more/i.test(c.textContent ?? ''),
        );
        if (!cue && !saysMore(box))
          out.push(`${what} cuts off “${label(box)}” without a “more” cue`);
      }
    }
    if (o.minTargetPx) {
      const min = o.minTargetPx;
      const controls = document.body.querySelectorAll(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, ' +
          '[tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], [role="tab"]',
      );
      for (const c of controls) {
        const box =
          c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox')
            ? (c.closest('label') ?? c.labels?.[0] ?? c)
            : c;
        const r = box.getBoundingClientRect();
        if (tiny(r) || style(c).visibility === 'hidden') continue;
        const inSentence =
          o.inlineTargetsExempt &&
          (c.tagName === 'A' || c.classList.contains('link')) &&
          [...(c.parentElement?.childNodes ?? [])].some(
            (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 1,
          );
        if (inSentence) continue;
        if (r.width < min - 0.5 || r.height < min - 0.5) {
          const name = c.getAttribute('aria-label') ?? label(box);
          out.push(
            `<${c.tagName.toLowerCase()}> “${name}” is ${Math.round(r.width)}×${Math.round(r.height)} px, under ${min}×${min}`,
          );
        }
      }
    }
    return out;
  }, opts);
}

export async function expectLayoutSound(page: Page, opts: LayoutOptions = {}): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  // What is checked is what the screen shows: the layout of a rendered frame. A condition just
  // met (a poll's text in the DOM) may be a commit whose frame is not rendered yet, before the
  // resize observers that react to it (the projector's pages) have run; after a frame's
  // callbacks the rest of that frame (layout, resize observers) runs before any later task.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  expect(await layoutProblems(page, opts)).toEqual([]);
}
