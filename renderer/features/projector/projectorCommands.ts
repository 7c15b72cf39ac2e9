// The console's commands for the projector, on the room's clock: turn its pages, put a group or
// a note in focus. Named and small, for the console's buttons and keyboard shortcuts alike.
import type * as Y from 'yjs';
import {
  focusProjector,
  nextProjectorPage,
  previousProjectorPage,
  setProjectorPageTurn,
  type ProjectorFocus,
} from '../../../shared/model/session/projectorView';
import { hostNow } from '../../sync/hostClock';

export const projectorNextPage = (doc: Y.Doc) => nextProjectorPage(doc, hostNow());
export const projectorPreviousPage = (doc: Y.Doc) => previousProjectorPage(doc, hostNow());
/** Pages turn by themselves every `seconds`; 0: only by hand. */
export const projectorPageTurn = (doc: Y.Doc, seconds: number) =>
  setProjectorPageTurn(doc, seconds, hostNow());
export const projectorFocus = (doc: Y.Doc, focus: ProjectorFocus) => focusProjector(doc, focus);
export const projectorClearFocus = (doc: Y.Doc) => focusProjector(doc, null);
