// What an attendee with devtools does to a room page: find its connection (Y.Doc and awareness)
// through React's fiber tree and keep it on `window.__doc` / `window.__awareness`. Nothing in the
// app exposes them; this is the modified client the attack tests play.
import { expect, type Page } from '@playwright/test';

export async function grabDoc(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const root = document.getElementById('root') as unknown as Record<string, unknown>;
        const key = Object.keys(root).find((k) => k.startsWith('__reactContainer$'));
        type Fiber = { child: Fiber | null; sibling: Fiber | null; memoizedProps: unknown };
        const stack: Fiber[] = key ? [root[key] as Fiber] : [];
        while (stack.length > 0) {
          const f = stack.pop()!;
          const props = f.memoizedProps as { conn?: { doc?: unknown; awareness?: unknown } } | null;
          if (props?.conn?.doc && props.conn.awareness) {
            const w = window as unknown as { __doc: unknown; __awareness: unknown };
            w.__doc = props.conn.doc;
            w.__awareness = props.conn.awareness;
            return true;
          }
          if (f.child) stack.push(f.child);
          if (f.sibling) stack.push(f.sibling);
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
