// The board as one viewer sees it, a projection of the doc (stores/projection.ts): at most one
// recompute per animation frame, and only the parts whose maps changed (notes, votes). Readiness is
// useReadiness.ts: it depends on who is online, not only on the doc.
import { useMemo } from 'react';
import type * as Y from 'yjs';
import {
  BOARD_MAPS,
  rankTallies,
  readVotes,
  type BoardView,
  type BoardViewer,
  type RankedResult,
  type VotesView,
} from '../../../shared/model/board';
import { projectDoc, useOwnedProjection, type Projection } from '../../stores/projection';
import { IncrementalBoardReader } from './incrementalBoard';

export interface BoardModel {
  blockId: string;
  view: BoardView | null;
  votes: VotesView | null;
  /** Ranked tallies for those who may see them (everyone after close; the facilitator always). */
  ranked: RankedResult[] | null;
}

/** Marks in the Performance timeline, so benchmarks can time the board's work per update. */
export const BOARD_MEASURE = 'offsite:board-read';

/** The board of one block for one viewer, as a projection over the board's maps. */
export function projectBoard(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
): Projection<BoardModel> {
  const reader = new IncrementalBoardReader(doc, blockId, viewer);
  const names = new Map<unknown, string>(
    Object.values(BOARD_MAPS).map((n): [unknown, string] => [doc.getMap(n), n]),
  );
  const projection = projectDoc<BoardModel>(doc, {
    watch: [...names.keys()],
    schedule: 'frame',
    read(changedTypes, previous) {
      const t0 = performance.now();
      const c = new Set([...(changedTypes ?? [])].map((t) => names.get(t)));
      const all = changedTypes === null || !previous;
      const notesish =
        all || c.has(BOARD_MAPS.notes) || c.has(BOARD_MAPS.control) || c.has(BOARD_MAPS.groups);
      const view = notesish || !previous ? reader.read() : previous.view;
      const votesChanged = notesish || c.has(BOARD_MAPS.votes);
      const votes = votesChanged
        ? readVotes(doc, blockId, viewer, reader.targets)
        : (previous?.votes ?? null);
      const ranked = votesChanged
        ? votes?.tallies
          ? rankTallies(votes.tallies)
          : null
        : (previous?.ranked ?? null);
      performance.measure?.(BOARD_MEASURE, { start: t0, end: performance.now() });
      return { blockId, view, votes, ranked };
    },
  });
  return {
    store: projection.store,
    destroy() {
      projection.destroy();
      reader.destroy();
    },
  };
}

export function useBoardModel(
  doc: Y.Doc | null,
  blockId: string | null,
  viewer: BoardViewer,
): BoardModel | null {
  const make = useMemo(
    () => (doc && blockId ? () => projectBoard(doc, blockId, viewer) : null),
    [doc, blockId, viewer],
  );
  return useOwnedProjection(make);
}
