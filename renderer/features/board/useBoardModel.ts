// The board as one viewer sees it, a projection of the doc (stores/projection.ts): at most one
// recompute per animation frame, and only the parts that changed: the view and its columns from
// the notes that changed (incrementalBoard.ts, incrementalColumns.ts), the votes when the votes,
// the control or the vote targets changed. What did not change keeps its object. Readiness is
// useReadiness.ts: it depends on who is online, not only on the doc.
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { BOARD_MAPS } from '../../../shared/model/board/names';
import { rankTallies, readVotes } from '../../../shared/model/board/voteResults';
import type { BoardView, BoardViewer, RankedResult, VotesView } from '../../../shared/model/board';
import { namesWatchedBy } from '../../../shared/model/schema';
import { PARTICIPANTS } from '../../../shared/model/session/names';
import { ROSTER, SIGNED_SINCE } from '../../../shared/model/roster/names';
import { projectDoc, useOwnedProjection, type Projection } from '../../stores/projection';
import { IncrementalBoardReader } from '../../../shared/model/board/incrementalBoard';
import { IncrementalColumns } from '../../../shared/model/board/incrementalColumns';
import type { ColumnView } from '../../../shared/model/board/columns';

export interface BoardModel {
  blockId: string;
  view: BoardView | null;
  /** boardColumns(view), with unchanged columns and items kept. */
  columns: ColumnView[];
  votes: VotesView | null;
  /** Ranked tallies for those who may see them (everyone after close; the facilitator always). */
  ranked: RankedResult[] | null;
}

/** Marks in the Performance timeline, so benchmarks can time the board's work per update. */
export const BOARD_MEASURE = 'offsite:board-read';
/** The timeline keeps user measures until cleared: a two-day session would hold every read. */
const MEASURES_KEPT = 1000;
let measured = 0;

/** Whether two reads of the votes say the same (a new note rarely changes them). */
function sameVotes(a: VotesView | null, b: VotesView | null): boolean {
  return a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));
}

/** The board of one block for one viewer, as a projection over the board's maps. */
export function projectBoard(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
): Projection<BoardModel> {
  const reader = new IncrementalBoardReader(doc, blockId, viewer);
  const builder = new IncrementalColumns();
  const names = new Map<unknown, string>(
    namesWatchedBy('board').map((n): [unknown, string] => [doc.getMap(n), n]),
  );
  const projection = projectDoc<BoardModel>(doc, {
    watch: [...names.keys()],
    schedule: 'frame',
    read(changedTypes, previous) {
      const t0 = performance.now();
      const c = new Set([...(changedTypes ?? [])].map((t) => names.get(t)));
      const all = changedTypes === null || !previous;
      // Participants and the roster: a note's shown author (the reader marks only their notes);
      // signedSince: which notes need no signature.
      const notesish =
        all ||
        c.has(BOARD_MAPS.notes) ||
        c.has(BOARD_MAPS.control) ||
        c.has(BOARD_MAPS.groups) ||
        c.has(PARTICIPANTS) ||
        c.has(ROSTER) ||
        c.has(SIGNED_SINCE);
      const targets = reader.targetsVersion;
      const view = notesish || !previous ? reader.read() : previous.view;
      const columns =
        previous && view === previous.view
          ? previous.columns
          : view
            ? builder.update(view, previous?.view ? reader.lastChange : null)
            : [];
      const votesChanged =
        all ||
        c.has(BOARD_MAPS.votes) ||
        c.has(BOARD_MAPS.control) ||
        reader.targetsVersion !== targets ||
        !previous?.votes;
      let votes = previous?.votes ?? null;
      if (votesChanged) {
        const next = readVotes(doc, blockId, viewer, reader.targets);
        if (!sameVotes(votes, next)) votes = next;
      }
      const ranked =
        votes === previous?.votes && previous
          ? previous.ranked
          : votes?.tallies
            ? rankTallies(votes.tallies)
            : null;
      // Cleared before the newest is added, so a bench always finds the read it waits for.
      if (++measured % MEASURES_KEPT === 0) performance.clearMeasures?.(BOARD_MEASURE);
      performance.measure?.(BOARD_MEASURE, { start: t0, end: performance.now() });
      // Nothing of this board changed (a note on another board: a breakout's fifty group boards
      // share these maps): the same object, so no one re-renders.
      if (
        previous &&
        view === previous.view &&
        columns === previous.columns &&
        votes === previous.votes &&
        ranked === previous.ranked
      )
        return previous;
      return { blockId, view, columns, votes, ranked };
    },
    equal: (a, b) => a === b,
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
