// The facilitator's choices for the projector (its screen, page turns, focus), live from the doc,
// and the page counter as it stands on the room's clock, re-read at each automatic turn.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { typesWatchedBy } from '../../../shared/model/schema';
import {
  nextTurnAt,
  pageCounterAt,
  readProjectorView,
  type ProjectorScreen,
  type ProjectorTheme,
  type ProjectorView,
} from '../../../shared/model/session/projectorView';
import { perSource, projectDoc, useProjection } from '../../stores/projection';
import { hostNow } from '../../sync/hostClock';

const sameView = (a: ProjectorView, b: ProjectorView) =>
  a.screen === b.screen &&
  a.page === b.page &&
  a.pageSetAt === b.pageSetAt &&
  a.turnSeconds === b.turnSeconds &&
  a.theme === b.theme &&
  a.focus?.kind === b.focus?.kind &&
  a.focus?.id === b.focus?.id &&
  a.focus?.blockId === b.focus?.blockId;

const viewStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => readProjectorView(doc),
    schedule: 'microtask',
    equal: sameView,
    watch: typesWatchedBy(doc, 'projectorScreen'),
  }),
);

export function useProjectorView(doc: Y.Doc): ProjectorView {
  return useProjection(viewStore(doc), (s) => s);
}

export function useProjectorScreen(doc: Y.Doc): ProjectorScreen {
  return useProjection(viewStore(doc), (s) => s.screen);
}

export function useProjectorTheme(doc: Y.Doc): ProjectorTheme {
  return useProjection(viewStore(doc), (s) => s.theme);
}

/** The page counter now, on the room's clock; re-rendered when an automatic turn is due. */
export function useProjectorPageCounter(doc: Y.Doc): number {
  const view = useProjectorView(doc);
  const [, setTurns] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => {
      const now = hostNow();
      const due = nextTurnAt(view, now);
      if (due !== null)
        timer = setTimeout(
          () => {
            setTurns((n) => n + 1);
            wait();
          },
          Math.max(50, due - now + 20),
        );
    };
    wait();
    return () => clearTimeout(timer);
  }, [view]);
  // Read in the render, so that it always agrees with the view it is read from (rendered to
  // HTML in Node by the unit tests, where there is no page and no host clock).
  return pageCounterAt(view, typeof window === 'undefined' ? Date.now() : hostNow());
}
