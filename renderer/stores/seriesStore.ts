// The series as plain objects (issue 25), one projection per doc: the session's place in its
// series, every action with its status history (the review block lists the carried ones, the
// attendee's "Your commitments" theirs), who confirmed which name, the earlier decisions.
// Re-read at most once per frame, when a register or series type (or meta) changed.
import type * as Y from 'yjs';
import { typesWatchedBy } from '../../shared/model/schema';
import {
  actionItems,
  listCarriedDecisions,
  listCommitmentLinks,
  readSeriesLink,
  type ReviewItem,
} from '../../shared/model/series/read';
import type { CommitmentLink, SeriesLink } from '../../shared/model/series/names';
import type { Decision } from '../../shared/model/registers/names';
import { perSource, projectDoc, useProjection } from './projection';

export interface SeriesState {
  link: SeriesLink | null;
  /** Every action, with its status now, history and this session's review. */
  items: ReviewItem[];
  links: CommitmentLink[];
  carriedDecisions: (Decision & { session: string })[];
}

function read(doc: Y.Doc): SeriesState {
  return {
    link: readSeriesLink(doc),
    items: actionItems(doc),
    links: listCommitmentLinks(doc),
    carriedDecisions: listCarriedDecisions(doc),
  };
}

export const seriesStore = perSource((doc: Y.Doc) =>
  projectDoc(doc, {
    read: () => read(doc),
    schedule: 'frame',
    watch: [...typesWatchedBy(doc, 'registers'), doc.getMap('meta')],
  }),
);

export function useSeries<U>(doc: Y.Doc, selector: (s: SeriesState) => U): U {
  return useProjection(seriesStore(doc), selector);
}
