// The board on the projector: how many notes and who is done while the room writes, a visible
// moment when the notes are revealed, the notes afterwards in pages that turn (every note gets
// its turn on the screen: nothing is cut off or only counted), the ranked results after voting,
// and a group or note in focus when the facilitator puts one there.
import './board.css';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useReadiness } from './useReadiness';
import { useRoomBoards } from './useRoomBoards';
import { useBoardModel } from './useBoardModel';
import { PROJECTOR_VIEWER } from './boardKeys';
import type { BoardItem, ColumnView } from '../../../shared/model/board/columns';
import { capColumn, groupLabel, readinessText } from './boardViewModel';
import { ProjectorNote } from './ProjectorNote';
import { ProjectorVoteResults } from './ProjectorVoteResults';
import { usePages } from '../projector/usePages';
import { PageNumber } from '../projector/PageNumber';
import { useProjectorPageCounter, useProjectorView } from '../projector/useProjectorScreen';
import { ProjectorFocusView, findFocus } from './ProjectorFocusView';
import { useT } from '../../i18n/useT';

const REVEAL_MOMENT_MS = 4000;
/**
 * Notes drawn per column, every one of them in turn on the pages: beyond this (a column of more
 * than 150 notes, dozens of pages) the rest are counted ("+N more"), which keeps the projector's
 * work per incoming note small on very large boards.
 */
export const PROJECTOR_NOTES_PER_COLUMN = 150;

type CappedColumn = ReturnType<typeof capColumn>;
const NO_COLUMNS: ColumnView[] = [];

const sameItems = (a: BoardItem[], b: BoardItem[]) =>
  a.length === b.length && a.every((item, i) => b[i] === item);

/**
 * capColumn of each column, kept while its column is, and its `shown` list kept while the same
 * items are shown: a note arriving beyond the drawn ones changes only the "+N more", and the
 * pages are not measured again. `shown` is a new array only when some column's shown items change.
 */
function useCappedColumns(columns: ColumnView[]): { columns: CappedColumn[]; shown: unknown } {
  const cache = useRef(new Map<string, { col: ColumnView; capped: CappedColumn }>());
  const shown = useRef<BoardItem[][]>([]);
  return useMemo(() => {
    const next = new Map<string, { col: ColumnView; capped: CappedColumn }>();
    const out = columns.map((col) => {
      const prev = cache.current.get(col.id);
      let capped = prev?.col === col ? prev.capped : capColumn(col, PROJECTOR_NOTES_PER_COLUMN);
      if (prev && capped !== prev.capped && sameItems(prev.capped.shown, capped.shown))
        capped = { ...capped, shown: prev.capped.shown };
      next.set(col.id, { col, capped });
      return capped;
    });
    cache.current = next;
    const lists = out.map((c) => c.shown);
    if (lists.length !== shown.current.length || lists.some((l, i) => l !== shown.current[i]))
      shown.current = lists;
    return { columns: out, shown: shown.current };
  }, [columns]);
}

/** One column: its items in order; the pages decide which are on the screen. */
const ProjectorColumn = memo(function ProjectorColumn({ col }: { col: CappedColumn }) {
  const t = useT();
  return (
    <section aria-label={t('board.projector.column', { title: col.title })}>
      <h3>{col.title}</h3>
      <ul data-paged="">
        {col.shown.map((item) =>
          item.kind === 'note' ? (
            <ProjectorNote key={item.id} note={item.note} />
          ) : (
            <li key={item.id} className="projector-group" data-page-group="">
              <h4>{groupLabel(item.group, item.notes)}</h4>
              <ul>
                {item.notes.map((n) => (
                  <ProjectorNote key={n.id} note={n} row />
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
      {col.more > 0 && (
        <p className="projector-more" data-fit-more="">
          {t('board.projector.more', { n: col.more })}
        </p>
      )}
    </section>
  );
});

export function ProjectorBoard({ doc, awareness }: { doc: Y.Doc; awareness: Awareness }) {
  const t = useT();
  const { current } = useRoomBoards(doc);
  const model = useBoardModel(doc, current?.boardBlockId ?? null, PROJECTOR_VIEWER);
  const readiness = useReadiness(doc, current?.block.id ?? null, PROJECTOR_VIEWER, awareness);
  const counter = useProjectorPageCounter(doc);
  const { focus } = useProjectorView(doc);
  const view = model?.view ?? null;
  const phase = view?.phase;
  const [moment, setMoment] = useState(false);
  const lastPhase = useRef(phase);
  useEffect(() => {
    const before = lastPhase.current;
    lastPhase.current = phase;
    if (before !== 'writing' || phase !== 'revealed') return;
    setMoment(true);
    const t = setTimeout(() => setMoment(false), REVEAL_MOMENT_MS);
    return () => clearTimeout(t);
  }, [phase]);
  const { columns, shown } = useCappedColumns(model?.columns ?? NO_COLUMNS);
  const allColumns = model?.columns ?? NO_COLUMNS;
  const focusHere =
    focus && view?.phase === 'revealed' && focus.blockId === current?.boardBlockId ? focus : null;
  const focused = useMemo(
    () => (focusHere ? findFocus(allColumns, focusHere) : null),
    // The focus by value: the view's object is new whenever the page turns.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [allColumns, focusHere?.kind, focusHere?.id],
  );
  const showColumns =
    !focused && view?.phase === 'revealed' && !(view.voting === 'closed' && model?.ranked);
  const columnsBox = useRef<HTMLDivElement>(null);
  const pages = usePages(columnsBox, {
    counter,
    resetKey: current?.boardBlockId,
    deps: [shown, showColumns],
  });
  if (!current || !view || !model) return null;
  const total = view.notes.length + view.hidden.total;

  return (
    <section className="projector-board" aria-labelledby="projector-board-heading">
      {/* Read, not drawn: the page's outline goes h1 (the block), h2, then the columns' h3. */}
      <h2 id="projector-board-heading" className="visually-hidden">
        {t('board.title')}
      </h2>
      <div className="projector-board-stats">
        <p role="status" className="projector-ready">
          {/* Nobody online and nobody done: the room has no count to read (the console says
              "No attendees online"). A finished board no longer reads 0 of 0: roomReadiness. */}
          {readiness && readiness.total > 0 && readinessText(readiness)}
        </p>
        <p className="projector-count">
          {t('board.projector.count', {
            n: total,
            writing: view.phase === 'writing' ? 'yes' : 'no',
            voting: view.voting === 'open' ? 'yes' : 'no',
          })}
        </p>
        {showColumns && <PageNumber pages={pages} />}
      </div>
      {moment && (
        <p className="reveal-moment" role="status">
          {t('board.projector.revealed')}
        </p>
      )}
      {focused ? (
        <ProjectorFocusView focused={focused} counter={counter} />
      ) : view.voting === 'closed' && model.ranked ? (
        <ProjectorVoteResults
          ranked={model.ranked}
          view={view}
          pageCounter={counter}
          pageKey={current.boardBlockId}
        />
      ) : (
        showColumns && (
          <div className="projector-columns" ref={columnsBox}>
            {columns.map((col) => (
              <ProjectorColumn key={col.id} col={col} />
            ))}
          </div>
        )
      )}
    </section>
  );
}
