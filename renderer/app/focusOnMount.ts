// Focus an element when it is first drawn: `ref={focusOnMount}` in place of `autoFocus`.
// React focuses an autoFocus element itself when it mounts; Preact (the page's React since
// issue 23) only writes the autofocus attribute, which the browser honours for the first one
// in a document and never again, so a field that appears later (rename a group, a dialog's
// button) would not take the focus. One function for the whole app: a ref that keeps its
// identity is called once, when the element mounts, not on every render.
export function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}
