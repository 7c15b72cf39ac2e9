// Writing a board note: a multi-line box (Enter adds, Shift+Enter breaks the line), the column,
// and a colour whose shape marker says the same as the colour.
import { memo, useState, type KeyboardEvent } from 'react';
import {
  BOARD_NOTE_MAX_CHARS,
  DEFAULT_COLOUR,
  PALETTE,
} from '../../../shared/model/board/boardDoc';
import type { BoardColumn, ColourId } from '../../../shared/model/board';
import { ColourMarker, colourLabel } from './ColourMarker';
import { useT } from '../../i18n/useT';

/** Memoised: the board redraws on every incoming note, this need not. */
export const BoardComposer = memo(function BoardComposer(props: {
  columns: BoardColumn[];
  privateWriting: boolean;
  anonymous: boolean;
  onAdd(text: string, column: string | undefined, colour: ColourId): boolean;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [column, setColumn] = useState(props.columns[0]?.id ?? '');
  const [colour, setColour] = useState<ColourId>(DEFAULT_COLOUR);
  const over = text.length > BOARD_NOTE_MAX_CHARS;
  const near = text.length > BOARD_NOTE_MAX_CHARS * 0.9;
  const col = props.columns.some((c) => c.id === column) ? column : props.columns[0]?.id;

  const submit = () => {
    if (over || text.trim() === '') return;
    if (props.onAdd(text, col, colour)) setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form
      className="composer board-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor="board-new-note">{t('board.newNote')}</label>
      <textarea
        id="board-new-note"
        value={text}
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={over || undefined}
        aria-describedby="board-new-note-help"
      />
      <p id="board-new-note-help" className={over ? 'error' : 'muted'}>
        {over
          ? t('board.composer.tooLong', { length: text.length, max: BOARD_NOTE_MAX_CHARS })
          : near
            ? t('board.composer.left', { left: BOARD_NOTE_MAX_CHARS - text.length })
            : t('board.composer.help')}
        {props.privateWriting && ` ${t('board.composer.private')}`}
        {props.anonymous && ` ${t('board.composer.anonymous')}`}
      </p>
      <div className="row wrap">
        {props.columns.length > 1 && (
          <label>
            {t('board.column')}
            <select value={col} onChange={(e) => setColumn(e.target.value)}>
              {props.columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset className="colour-choice">
          <legend>{t('board.colour')}</legend>
          {PALETTE.map((p) => (
            <label key={p.id} className="colour-option">
              <input
                type="radio"
                name="board-note-colour"
                value={p.id}
                checked={colour === p.id}
                onChange={() => setColour(p.id)}
              />
              <ColourMarker colour={p.id} decorative />
              {colourLabel(p.id)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={over}>
          {t('board.addNote')}
        </button>
      </div>
    </form>
  );
});
