// The board as one viewer sees it, kept up to date from the doc: at most one recompute per
// animation frame, and only the parts whose maps changed (notes, votes). Readiness is
// useReadiness.ts: it depends on who is online, not only on the doc.
import { useEffect, useState } from 'react';
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
import { topLevelType } from './topLevelType';
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

class BoardSource {
  private readonly reader: IncrementalBoardReader;
  private readonly watched: Map<unknown, string>;
  private changed = new Set<string>(['all']);
  private scheduled = false;
  private model: BoardModel | null = null;
  private dead = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly blockId: string,
    private readonly viewer: BoardViewer,
    private readonly emit: (m: BoardModel) => void,
  ) {
    this.reader = new IncrementalBoardReader(doc, blockId, viewer);
    this.watched = new Map<unknown, string>(
      Object.values(BOARD_MAPS).map((n): [unknown, string] => [doc.getMap(n), n]),
    );
    doc.on('afterTransaction', this.onTransaction);
    this.compute();
  }

  private readonly onTransaction = (tr: Y.Transaction) => {
    let any = false;
    for (const type of tr.changed.keys()) {
      const name = this.watched.get(topLevelType(type));
      if (name) {
        this.changed.add(name);
        any = true;
      }
    }
    if (any) this.schedule();
  };

  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      if (!this.dead) this.compute();
    };
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible')
      requestAnimationFrame(run);
    else setTimeout(run, 0);
  }

  private compute() {
    const c = this.changed;
    this.changed = new Set();
    const all = c.has('all') || !this.model;
    const t0 = performance.now();
    const notesish =
      all || c.has(BOARD_MAPS.notes) || c.has(BOARD_MAPS.control) || c.has(BOARD_MAPS.groups);
    const view = notesish || !this.model ? this.reader.read() : this.model.view;
    const votesChanged = notesish || c.has(BOARD_MAPS.votes);
    const votes = votesChanged
      ? readVotes(this.doc, this.blockId, this.viewer, this.reader.targets)
      : (this.model?.votes ?? null);
    const ranked = votesChanged
      ? votes?.tallies
        ? rankTallies(votes.tallies)
        : null
      : (this.model?.ranked ?? null);
    this.model = { blockId: this.blockId, view, votes, ranked };
    performance.measure?.(BOARD_MEASURE, { start: t0, end: performance.now() });
    this.emit(this.model);
  }

  destroy() {
    this.dead = true;
    this.doc.off('afterTransaction', this.onTransaction);
    this.reader.destroy();
  }
}

export function useBoardModel(
  doc: Y.Doc | null,
  blockId: string | null,
  viewer: BoardViewer,
): BoardModel | null {
  const [model, setModel] = useState<BoardModel | null>(null);
  useEffect(() => {
    if (!doc || !blockId) return;
    const source = new BoardSource(doc, blockId, viewer, setModel);
    return () => source.destroy();
  }, [doc, blockId, viewer]);
  return model && model.blockId === blockId ? model : null;
}
