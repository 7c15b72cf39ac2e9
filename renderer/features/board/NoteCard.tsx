// One readable note on the board: text, author (never for anonymous notes), colour and marker,
// and what this viewer may do with it. Memoised: a note that did not change is not redrawn.
import { memo, useState, type DragEvent } from 'react';
import { authorsLabel, BOARD_NOTE_MAX_CHARS } from '../../../shared/model/board/boardDoc';
import type { BoardNoteView } from '../../../shared/model/board';
import { ColourMarker, paletteEntry } from './ColourMarker';
import type { BoardUi } from './boardUi';
import { VoteControls } from './VoteControls';
import { NoteText } from './NoteText';
import { shortText } from './boardViewModel';
import { t } from '../../i18n/t';
import { useT } from '../../i18n/useT';

export const NOTE_DRAG_TYPE = 'application/x-offsite-note';

/** The note's author and, after a merge, the authors of the notes merged into it. */
export function noteAuthors(note: BoardNoteView): string {
  const first = note.mine
    ? t('note.you')
    : note.anonymous || !note.authorName
      ? t('note.anonymous')
      : note.authorName;
  return authorsLabel([first, ...(note.coAuthorNames ?? [])]);
}

export function noteLabel(note: BoardNoteView): string {
  const co = note.coAuthorNames ?? [];
  if (note.mine && co.length === 0)
    return note.anonymous ? t('note.yourAnonymous') : t('note.yours');
  if ((note.anonymous || !note.authorName) && co.length === 0) return t('note.anonymousNote');
  return t('note.by', { authors: noteAuthors(note) });
}

export const NoteCard = memo(function NoteCard(props: {
  note: BoardNoteView;
  ui: BoardUi;
  /** This viewer's dots on the note; null when voting is not for this note (e.g. in a group). */
  myVotes: number | null;
  /** Everyone's dots, when this viewer may see them. */
  tally: number | null;
  inGroup: boolean;
}) {
  const { note, ui, myVotes, tally, inGroup } = props;
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  const mayEdit = note.mine || ui.isFacilitator;
  const mayEditText = note.mine || (ui.isFacilitator && ui.phase === 'revealed');
  const over = draft.length > BOARD_NOTE_MAX_CHARS;
  const picking = ui.picking;
  // While a note is being placed, every other note it may go onto is a target (click or Enter).
  const isSource = picking?.noteId === note.id;
  const isTarget = !!picking && !isSource && (picking.mode === 'merge' || !inGroup);

  const onDrop = (e: DragEvent) => {
    const from = e.dataTransfer.getData(NOTE_DRAG_TYPE);
    e.preventDefault();
    e.stopPropagation();
    if (from && from !== note.id) ui.actions.group(from, note.id);
  };

  // Edit, delete, group, merge and promote: what this viewer may do besides voting.
  const Promote = ui.promote?.NoteButtons;
  const others = (
    <>
      {mayEdit && !editing && mayEditText && (
        <button
          type="button"
          onClick={() => {
            setDraft(note.text);
            setEditing(true);
          }}
        >
          {t('note.edit')}
        </button>
      )}
      {mayEdit && !editing && (
        <button type="button" onClick={() => ui.actions.remove(note.id)}>
          {t('note.delete')}
        </button>
      )}
      {ui.mayGroup && !inGroup && (
        <button type="button" onClick={() => ui.pick({ mode: 'group', noteId: note.id })}>
          {t('note.groupWith')}
        </button>
      )}
      {ui.mayGroup && inGroup && (
        <button type="button" onClick={() => ui.actions.ungroupNote(note.id)}>
          {t('note.ungroup')}
        </button>
      )}
      {ui.isFacilitator && ui.phase === 'revealed' && (
        <button type="button" onClick={() => ui.pick({ mode: 'merge', noteId: note.id })}>
          {t('note.mergeInto')}
        </button>
      )}
      {Promote && ui.promote && ui.phase === 'revealed' && (
        <Promote
          doc={ui.promote.doc}
          what="note"
          source={{
            blockId: ui.promote.blockId,
            text: note.text,
            noteIds: [note.id],
            authorName: note.anonymous ? null : note.authorName,
          }}
        />
      )}
    </>
  );

  return (
    <article
      className={`board-note${note.mine ? ' mine' : ''}${isTarget ? ' pick-target' : ''}${isSource ? ' pick-source' : ''}`}
      style={{ background: paletteEntry(note.colour).hex }}
      aria-label={noteLabel(note)}
      data-note-id={note.id}
      tabIndex={-1}
      onClick={isTarget ? () => ui.choose(note.id) : undefined}
      draggable={ui.mayGroup}
      onDragStart={(e) => {
        e.dataTransfer.setData(NOTE_DRAG_TYPE, note.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={ui.mayGroup ? (e) => e.preventDefault() : undefined}
      onDrop={ui.mayGroup ? onDrop : undefined}
    >
      {isTarget && (
        <button
          type="button"
          className="pick-button"
          data-pick-target
          aria-label={t('pick.targetLabel', {
            mode: picking.mode,
            text: shortText(note.text, 60),
          })}
          onClick={(e) => {
            e.stopPropagation();
            ui.choose(note.id);
          }}
        >
          {picking.mode === 'group' ? t('pick.groupWithThis') : t('pick.mergeIntoThis')}
        </button>
      )}
      {editing ? (
        <form
          className="note-edit"
          onSubmit={(e) => {
            e.preventDefault();
            if (ui.actions.edit(note.id, draft)) setEditing(false);
          }}
        >
          <label>
            {t('note.editNote')}
            <textarea value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} />
          </label>
          {over && (
            <p className="error">
              {t('note.tooLong', { length: draft.length, max: BOARD_NOTE_MAX_CHARS })}
            </p>
          )}
          <div className="row">
            <button type="submit" disabled={over}>
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <NoteText text={note.text} />
      )}
      <footer className="note-meta">
        <ColourMarker colour={note.colour} />
        <bdi>{noteAuthors(note)}</bdi>
        {tally !== null && <span className="tally">{t('vote.count', { n: tally })}</span>}
      </footer>
      <div className="note-actions">
        {myVotes !== null && ui.voting === 'open' && (
          <VoteControls targetId={note.id} label={note.text} myVotes={myVotes} ui={ui} />
        )}
        {ui.isFacilitator
          ? // The facilitator can do six things to any note: behind one disclosure, so a board of
            // forty notes is not a wall of buttons.
            !editing && (
              <details className="note-more">
                <summary>{t('note.more')}</summary>
                <div className="note-more-actions">{others}</div>
              </details>
            )
          : others}
      </div>
    </article>
  );
});
