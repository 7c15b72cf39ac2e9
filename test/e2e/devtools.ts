// What an attendee with devtools does to a room page: find its connection (Y.Doc and awareness)
// through the page's component tree and keep it on `window.__doc` / `window.__awareness`. Nothing
// in the app exposes them; this is the modified client the attack tests play. The build's React is
// Preact (issue 23): the root element's `__k` is its root vnode, each vnode's `__k` its children
// and `props` its props (Preact's mangled names); React's fiber tree is walked where it is found.
import { expect, type Page } from '@playwright/test';

export async function grabDoc(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const root = document.getElementById('root') as unknown as Record<string, unknown>;
        type Conn = { doc?: unknown; awareness?: unknown };
        type Node = {
          // React's fiber
          child?: Node | null;
          sibling?: Node | null;
          memoizedProps?: unknown;
          // Preact's vnode
          __k?: (Node | null)[] | null;
          props?: unknown;
        };
        const key = Object.keys(root).find((k) => k.startsWith('__reactContainer$'));
        const start = (key ? root[key] : root.__k) as Node | undefined;
        const stack: Node[] = start ? [start] : [];
        while (stack.length > 0) {
          const n = stack.pop()!;
          const props = (n.memoizedProps ?? n.props) as { conn?: Conn } | null | undefined;
          if (props?.conn?.doc && props.conn.awareness) {
            const w = window as unknown as { __doc: unknown; __awareness: unknown };
            w.__doc = props.conn.doc;
            w.__awareness = props.conn.awareness;
            return true;
          }
          if (n.child) stack.push(n.child);
          if (n.sibling) stack.push(n.sibling);
          for (const c of n.__k ?? []) if (c) stack.push(c);
        }
        return false;
      }),
    )
    .toBe(true);
}

/** A top-level map of the grabbed doc as plain JSON. */
export function readMap(page: Page, name: string): Promise<Record<string, unknown>> {
  return page.evaluate((n) => {
    const doc = (window as unknown as { __doc: { getMap(n: string): { toJSON(): unknown } } })
      .__doc;
    return doc.getMap(n).toJSON() as Record<string, unknown>;
  }, name);
}
