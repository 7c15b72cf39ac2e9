// One group or one note in focus on the projector, large, while the room talks about it: a
// group's name and its notes side by side (in pages when they do not fit), or a note on its own.
import { useRef } from 'react';
import type { BoardGroup, BoardNoteView } from '../../../shared/model/board';
import type { ColumnView } from '../../../shared/model/board/columns';
import type { ProjectorFocus } from '../../../shared/model/session/projectorView';
import { groupLabel } from './boardViewModel';
import { ColourMarker, paletteEntry } from './ColourMarker';
import { noteLabel } from './NoteCard';
import { usePages } from '../projector/usePages';
import { PageNumber } from '../projector/PageNumber';
import { ProjectorNote } from './ProjectorNote';
import { useT } from '../../i18n/useT';

export interface Focused {
  column: string;
  group: BoardGroup | null;
  notes: BoardNoteView[];
  /** The note in focus, or null when it is the whole group. */
  note: BoardNoteView | null;
}

/** The group or note in focus on these columns, or null when it is not on them (any more). */
export function findFocus(columns: readonly ColumnView[], focus: ProjectorFocus): Focused | null {
  for (const col of columns)
    for (const item of col.items) {
      if (item.kind === 'group') {
        if (focus.kind === 'group' && item.group.id === focus.id)
          return { column: col.title, group: item.group, notes: item.notes, note: null };
        const n = focus.kind === 'note' ? item.notes.find((x) => x.id === focus.id) : undefined;
        if (n) return { column: col.title, group: item.group, notes: item.notes, note: n };
      } else if (focus.kind === 'note' && item.note.id === focus.id)
        return { column: col.title, group: null, notes: [item.note], note: item.note };
    }
  return null;
}

/** Side by side in up to three columns, in reading order (left to right, then down). */
function spread<T>(items: readonly T[]): T[][] {
  const n = Math.min(3, Math.max(1, items.length));
  const cols: T[][] = Array.from({ length: n }, () => []);
  items.forEach((item, i) => cols[i % n]!.push(item));
  return cols;
}

export function ProjectorFocusView(props: { focused: Focused; counter: number }) {
  const t = useT();
  const { focused } = props;
  const box = useRef<HTMLDivElement>(null);
  const key = focused.note?.id ?? focused.group?.id;
  const pages = usePages(box, { counter: props.counter, resetKey: key, deps: [focused] });
  const heading = (
    <p className="projector-focus-where">
      <span>
        {t('board.focus.where', { column: focused.column })}
        {focused.note && focused.group ? ` · ${groupLabel(focused.group, focused.notes)}` : ''}
      </span>
      <PageNumber pages={pages} />
    </p>
  );
  if (focused.note) {
    const n = focused.note;
    const size = n.text.length <= 120 ? 'short' : n.text.length <= 400 ? 'medium' : 'long';
    return (
      <section className="projector-focus" aria-label={t('board.focus.label')}>
        {heading}
        <div
          className={`projector-focus-note ${size}`}
          style={{ background: paletteEntry(n.colour).hex }}
          aria-label={noteLabel({ ...n, mine: false })}
        >
          <p>{n.text}</p>
          <ColourMarker colour={n.colour} />
        </div>
      </section>
    );
  }
  return (
    <section className="projector-focus" aria-label={t('board.focus.label')}>
      {heading}
      <h3 className="projector-focus-group">
        {focused.group ? groupLabel(focused.group, focused.notes) : ''}
      </h3>
      <div className="projector-focus-notes" ref={box}>
        {spread(focused.notes).map((col, i) => (
          <ul key={i} data-paged="">
            {col.map((n) => (
              <ProjectorNote key={n.id} note={n} />
            ))}
          </ul>
        ))}
      </div>
    </section>
  );
}
