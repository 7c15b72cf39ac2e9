// The board on the projector: how many notes and who is done while the room writes, a visible
// moment when the notes are revealed, the notes afterwards, and the ranked results after voting.
import './board.css';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useReadiness } from './useReadiness';
import type { BoardNoteView } from '../../../shared/model/board';
import { useRoomBoards } from './useRoomBoards';
import { useBoardModel } from './useBoardModel';
import { PROJECTOR_VIEWER } from './boardKeys';
import type { BoardItem, ColumnView } from '../../../shared/model/board/columns';
import { capColumn, groupLabel, readinessText } from './boardViewModel';
import { ColourMarker, paletteEntry } from './ColourMarker';
import { noteLabel } from './NoteCard';
import { VoteResults } from './VoteResults';
import { useFitChildren } from '../projector/useFitChildren';

const REVEAL_MOMENT_MS = 4000;
/**
 * Notes drawn per column: a projector is read from the back of the room, where a few dozen
 * notes per column are legible and thousands are not; the rest are counted. It also keeps the
 * projector's work per incoming note small on very large boards.
 */
export const PROJECTOR_NOTES_PER_COLUMN = 40;

const ProjectorNote = memo(function ProjectorNote({ note }: { note: BoardNoteView }) {
  return (
    <li
      className="projector-note"
      style={{ background: paletteEntry(note.colour).hex }}
      aria-label={noteLabel({ ...note, mine: false })}
    >
      <p>{note.text}</p>
      <ColourMarker colour={note.colour} />
    </li>
  );
});

type CappedColumn = ReturnType<typeof capColumn>;
const NO_COLUMNS: ColumnView[] = [];

const sameItems = (a: BoardItem[], b: BoardItem[]) =>
  a.length === b.length && a.every((item, i) => b[i] === item);

/**
 * capColumn of each column, kept while its column is, and its `shown` list kept while the same
 * items are shown: a note arriving beyond the first few dozen changes only the "+N more".
 */
function useCappedColumns(columns: ColumnView[]): CappedColumn[] {
  const cache = useRef(new Map<string, { col: ColumnView; capped: CappedColumn }>());
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
    return out;
  }, [columns]);
}

/** One column: as many items as fit the screen, then "+N more" (never cut off silently). */
const ProjectorColumn = memo(function ProjectorColumn({ col }: { col: CappedColumn }) {
  const list = useRef<HTMLUListElement>(null);
  // Re-measured when the items shown change, not when only the count of the rest does.
  const hidden = useFitChildren(list, [col.shown]);
  const more = hidden + col.more;
  return (
    <section aria-label={`Column: ${col.title}`}>
      <h3>{col.title}</h3>
      <ul ref={list}>
        {col.shown.map((item) =>
          item.kind === 'note' ? (
            <ProjectorNote key={item.id} note={item.note} />
          ) : (
            <li key={item.id} className="projector-group">
              <h4>{groupLabel(item.group, item.notes)}</h4>
              <ul>
                {item.notes.map((n) => (
                  <ProjectorNote key={n.id} note={n} />
                ))}
              </ul>
            </li>
          ),
        )}
      </ul>
      {more > 0 && <p className="projector-more">+{more.toLocaleString('en')} more</p>}
    </section>
  );
});

export function ProjectorBoard({ doc, awareness }: { doc: Y.Doc; awareness: Awareness }) {
  const { current } = useRoomBoards(doc);
  const model = useBoardModel(doc, current?.boardBlockId ?? null, PROJECTOR_VIEWER);
  const readiness = useReadiness(doc, current?.block.id ?? null, PROJECTOR_VIEWER, awareness);
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
  const columns = useCappedColumns(model?.columns ?? NO_COLUMNS);
  if (!current || !view || !model) return null;
  const total = view.notes.length + view.hidden.total;

  return (
    <section className="projector-board" aria-label="Board">
      <div className="projector-board-stats">
        <p role="status" className="projector-ready">
          {readiness && readinessText(readiness)}
        </p>
        <p className="projector-count">
          {total} {total === 1 ? 'note' : 'notes'}
          {view.phase === 'writing' && ' · writing privately'}
          {view.voting === 'open' && ' · voting is open'}
        </p>
      </div>
      {moment && (
        <p className="reveal-moment" role="status">
          Notes revealed!
        </p>
      )}
      {view.voting === 'closed' && model.ranked ? (
        <VoteResults ranked={model.ranked} view={view} big />
      ) : (
        view.phase === 'revealed' && (
          <div className="projector-columns">
            {columns.map((col) => (
              <ProjectorColumn key={col.id} col={col} />
            ))}
          </div>
        )
      )}
    </section>
  );
}
