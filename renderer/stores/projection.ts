// The one way the renderer mirrors a Y.Doc (or its awareness) into React: a
// projection is a vanilla zustand store holding plain objects read from the doc, re-read once
// per scheduled tick however many updates arrive, and only when a type it reads has changed.
// Components read it with useProjection (a selector over the store); a projection owned by one
// component (a board for one block and viewer) is made and destroyed by useOwnedProjection.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createStore, useStore, type StoreApi } from 'zustand';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { topLevelTypeOf } from '../../shared/model/topLevelType';

/**
 * When a change is read: in a microtask (a note shows without waiting for a frame), on the next
 * animation frame (hidden tabs get none, so a timeout there), or at most once per `throttleMs`.
 */
export type Schedule = 'microtask' | 'frame' | { throttleMs: number };

export interface ProjectionOptions<T> {
  /**
   * Reads the projection. `changed` holds the watched top-level types touched since the last
   * read; null on the first read and for sources that do not say (awareness, unwatched docs).
   */
  read: (changed: ReadonlySet<unknown> | null, previous: T | undefined) => T;
  schedule: Schedule;
  /** Keeps the previous object when the new one is equal, so selectors and memos stay put. */
  equal?: (a: T, b: T) => boolean;
}

export interface Projection<T> {
  readonly store: StoreApi<T>;
  destroy(): void;
}

/** The page's frame clock, typed loosely: the unit tests run these projections in Node. */
const page = globalThis as {
  requestAnimationFrame?: (run: () => void) => number;
  cancelAnimationFrame?: (id: number) => void;
  document?: { visibilityState: string };
};

/** How long a frame-scheduled read waits for a frame before it runs anyway. */
export const FRAME_FALLBACK_MS = 250;

function scheduler(schedule: Schedule, run: () => void): { request(): void; cancel(): void } {
  let pending: { cancel(): void } | null = null;
  const fire = () => {
    pending = null;
    run();
  };
  return {
    request() {
      if (pending) return;
      if (schedule === 'microtask') {
        let live = true;
        pending = { cancel: () => (live = false) };
        queueMicrotask(() => live && fire());
      } else if (schedule === 'frame') {
        const { requestAnimationFrame: raf, cancelAnimationFrame: caf, document: d } = page;
        if (raf && caf && d?.visibilityState === 'visible') {
          // A tab hidden before its frame gets no frame at all: without the timeout beside it, a
          // read requested just before that would hold every later one back until it is shown.
          const id = raf(() => {
            clearTimeout(late);
            fire();
          });
          const late = setTimeout(() => {
            caf(id);
            fire();
          }, FRAME_FALLBACK_MS);
          pending = {
            cancel: () => {
              caf(id);
              clearTimeout(late);
            },
          };
        } else {
          const id = setTimeout(fire, 0);
          pending = { cancel: () => clearTimeout(id) };
        }
      } else {
        const id = setTimeout(fire, schedule.throttleMs);
        pending = { cancel: () => clearTimeout(id) };
      }
    },
    cancel() {
      pending?.cancel();
      pending = null;
    },
  };
}

/** The store and its re-read; `subscribe` wires the source and returns its unsubscribe. */
function project<T>(
  options: ProjectionOptions<T>,
  subscribe: (changed: (types?: Iterable<unknown>) => void) => () => void,
): Projection<T> {
  const store = createStore<T>()(() => options.read(null, undefined));
  let changed: Set<unknown> | null = new Set();
  const tick = scheduler(options.schedule, () => {
    const prev = store.getState();
    const next = options.read(changed, prev);
    changed = new Set();
    if (!options.equal?.(prev, next)) store.setState(next, true);
  });
  const unsubscribe = subscribe((types) => {
    if (!types) changed = null;
    else if (changed) for (const t of types) changed.add(t);
    tick.request();
  });
  return {
    store,
    destroy() {
      tick.cancel();
      unsubscribe();
    },
  };
}

/**
 * A projection of a doc. With `watch`, only transactions touching those top-level types (or
 * types nested in them) trigger a read, and `read` learns which; without, every update does,
 * except one that touches only `ignore`d types (a reader that never looks at them).
 */
export function projectDoc<T>(
  doc: Y.Doc,
  options: ProjectionOptions<T> & { watch?: readonly unknown[]; ignore?: readonly unknown[] },
): Projection<T> {
  const watched = options.watch ? new Set(options.watch) : null;
  const ignored = new Set(options.ignore ?? []);
  return project(options, (changed) => {
    if (!watched && ignored.size === 0) {
      const onUpdate = () => changed();
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    }
    const onTransaction = (tr: Y.Transaction) => {
      const hit: unknown[] = [];
      let other = false;
      for (const type of tr.changed.keys()) {
        const top = topLevelTypeOf(type);
        if (watched?.has(top)) hit.push(top);
        else if (!ignored.has(top)) other = true;
      }
      if (watched) {
        if (hit.length > 0) changed(hit);
      } else if (other) changed();
    };
    doc.on('afterTransaction', onTransaction);
    return () => doc.off('afterTransaction', onTransaction);
  });
}

/**
 * A projection of an awareness: re-read when a state is added, removed or changed, and when one
 * of the doc's `alsoWatch` types changes (presence is vouched for by the doc's client bindings).
 * Not on renewals ('update' alone): y-protocols reports every change of what `getStates()` holds
 * as a 'change', a state coming back after its removal included, so a renewal has nothing new.
 */
export function projectAwareness<T>(
  awareness: Awareness,
  options: ProjectionOptions<T> & { alsoWatch?: readonly (Y.Map<unknown> | Y.Array<unknown>)[] },
): Projection<T> {
  return project(options, (changed) => {
    const onAny = () => changed();
    awareness.on('change', onAny);
    for (const type of options.alsoWatch ?? []) type.observe(onAny);
    return () => {
      awareness.off('change', onAny);
      for (const type of options.alsoWatch ?? []) type.unobserve(onAny);
    };
  });
}

/** One projection per source object, made on first use and kept for the source's lifetime. */
export function perSource<S extends object, T>(make: (source: S) => Projection<T>) {
  const made = new WeakMap<S, StoreApi<T>>();
  return (source: S): StoreApi<T> => {
    let store = made.get(source);
    if (!store) made.set(source, (store = make(source).store));
    return store;
  };
}

/** Reads a projection in a component, re-rendering when the selected part changes. */
export function useProjection<T, U>(store: StoreApi<T>, selector: (state: T) => U): U {
  return useStore(store, selector);
}

/**
 * A projection one component owns: made when `make` changes (memoise it on its inputs), destroyed
 * with the component. Null until the first read, or while `make` is null. A new state renders at
 * once, in the task of the read (as useProjection's useSyncExternalStore does), not in a later
 * scheduler task after the frame's layout and paint and whatever else is queued.
 */
export function useOwnedProjection<T>(make: (() => Projection<T>) | null): T | null {
  const [state, setState] = useState<{ make: unknown; value: T } | null>(null);
  useEffect(() => {
    if (!make) return;
    const projection = make();
    const publish = (value: T) => setState({ make, value });
    publish(projection.store.getState());
    // Reads run from a frame, a timeout or a microtask, never inside React's own work.
    const unsubscribe = projection.store.subscribe((value) => flushSync(() => publish(value)));
    return () => {
      unsubscribe();
      projection.destroy();
    };
  }, [make]);
  return state && state.make === make ? state.value : null;
}
