// The facilitator's choice of projector screen, live from the doc.
import type * as Y from 'yjs';
import { typesWatchedBy } from '../../../shared/model/schema';
import {
  readProjectorScreen,
  type ProjectorScreen,
} from '../../../shared/model/session/projectorView';
import { perSource, projectDoc, useProjection } from '../../stores/projection';

const screenStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => readProjectorScreen(doc),
    schedule: 'microtask',
    watch: typesWatchedBy(doc, 'projectorScreen'),
  }),
);

export function useProjectorScreen(doc: Y.Doc): ProjectorScreen {
  return useProjection(screenStore(doc), (s) => s);
}
