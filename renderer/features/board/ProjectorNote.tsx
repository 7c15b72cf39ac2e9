// One note on the projector: its text on its colour, with the colour's shape. As a row of a
// group (`row`), the projector's pages count it one by one.
import { memo } from 'react';
import type { BoardNoteView } from '../../../shared/model/board';
import { ColourMarker, paletteEntry } from './ColourMarker';
import { noteLabel } from './NoteCard';

export const ProjectorNote = memo(function ProjectorNote(props: {
  note: BoardNoteView;
  row?: boolean;
}) {
  const { note } = props;
  return (
    <li
      className="projector-note"
      style={{ background: paletteEntry(note.colour).hex }}
      aria-label={noteLabel({ ...note, mine: false })}
      data-page-row={props.row ? '' : undefined}
    >
      <p>{note.text}</p>
      <ColourMarker colour={note.colour} />
    </li>
  );
});
