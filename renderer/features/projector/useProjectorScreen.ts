// The facilitator's choice of projector screen, live from the doc.
import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  PROJECTOR_VIEW_MAP,
  readProjectorScreen,
  type ProjectorScreen,
} from '../../../shared/model/projectorView';

export function useProjectorScreen(doc: Y.Doc): ProjectorScreen {
  return useSyncExternalStore(
    (fn) => {
      const map = doc.getMap(PROJECTOR_VIEW_MAP);
      map.observe(fn);
      return () => map.unobserve(fn);
    },
    () => readProjectorScreen(doc),
  );
}
