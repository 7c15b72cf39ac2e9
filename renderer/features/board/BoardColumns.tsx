// The board's columns: lone notes and groups, and before the reveal a placeholder count for
// others' notes (their text never reaches this page). Each column is memoised: an incoming note
// redraws the one column it lands in (useBoardModel keeps the others' objects).
import { memo, useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { BoardGroup, BoardNoteView, VotesView } from '../../../shared/model/board';
import { NoteCard, NOTE_DRAG_TYPE } from './NoteCard';
import type { BoardUi } from './boardUi';
import { GroupMenu } from './GroupMenu';
import { VoteControls } from './VoteControls';
import type { BoardItem, ColumnView } from '../../../shared/model/board/columns';
import { groupLabel } from './boardViewModel';
import { ColumnItems } from './ColumnItems';
import { useT } from '../../i18n/useT';
import { focusOnMount } from '../../app/focusOnMount';

const MAX_PLACEHOLDERS = 12;

/** Each target's votes, or null when there is nothing to show (a map: one lookup per item). */
function talliesOf(votes: VotesView | null): Map<string, number> | null {
  if (!votes?.tallies || votes.state === 'idle') return null;
  return new Map(votes.tallies.map((t) => [t.targetId, t.count]));
}

function tallyOf(tallies: Map<string, number> | null, id: string): number | null {
  return tallies ? (tallies.get(id) ?? 0) : null;
}

const GroupCard = memo(function GroupCard(props: {
  group: BoardGroup;
  notes: BoardNoteView[];
  ui: BoardUi;
  myVotes: number;
  tally: number | null;
}) {
  const { group, notes, ui, myVotes, tally } = props;
  const t = useT();
  const [name, setName] = useState(group.name);
  const [renaming, setRenaming] = useState(false);
  // Follow a name given elsewhere (another attendee, the facilitator).
  useEffect(() => setName(group.name), [group.name]);
  const label = groupLabel(group, notes);
  const onDrop = (e: DragEvent) => {
    const from = e.dataTransfer.getData(NOTE_DRAG_TYPE);
    e.preventDefault();
    if (from && notes[0] && !notes.some((n) => n.id === from)) ui.actions.group(from, notes[0].id);
  };
  const picking = ui.picking;
  const isTarget = picking?.mode === 'group' && !group.noteIds.includes(picking.noteId);
  const first = notes[0];
  const choose = first && isTarget ? () => ui.choose(first.id) : undefined;
  return (
    <section
      className={`board-group${isTarget ? ' pick-target' : ''}`}
      role="group"
      aria-label={label}
      onDragOver={ui.mayGroup ? (e) => e.preventDefault() : undefined}
      onDrop={ui.mayGroup ? onDrop : undefined}
      onClick={choose}
    >
      <header className="group-head">
        <h4 dir="auto">{group.name || t('group.unnamed')}</h4>
        <span className="muted">{t('board.notes', { n: notes.length })}</span>
        {tally !== null && <span className="tally">{t('vote.count', { n: tally })}</span>}
        <GroupMenu
          group={group}
          label={label}
          edit={
            ui.mayGroup
              ? { rename: () => setRenaming(true), ungroup: () => ui.actions.dissolve(group.id) }
              : null
          }
          promote={ui.promote}
        />
      </header>
      {choose && (
        <button
          type="button"
          className="pick-button"
          data-pick-target
          aria-label={t('pick.addToGroupLabel', { label })}
          onClick={(e) => {
            e.stopPropagation();
            choose();
          }}
        >
          {t('pick.addToGroup')}
        </button>
      )}
      {ui.mayGroup && renaming && (
        <form
          className="row group-name"
          onSubmit={(e) => {
            e.preventDefault();
            if (ui.actions.nameGroup(group.id, name)) setRenaming(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setName(group.name);
              setRenaming(false);
            }
          }}
        >
          <label>
            {t('group.name')}
            <input
              type="text"
              value={name}
              ref={focusOnMount}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="submit">{t('group.nameIt')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {ui.voting === 'open' && (
        <div className="note-actions">
          <VoteControls targetId={group.id} label={label} myVotes={myVotes} ui={ui} />
        </div>
      )}
      <ul className="group-notes">
        {notes.map((n) => (
          <li key={n.id}>
            <NoteCard note={n} ui={ui} myVotes={null} tally={null} inGroup />
          </li>
        ))}
      </ul>
    </section>
  );
});

export function BoardColumns(props: {
  columns: ColumnView[];
  votes: VotesView | null;
  ui: BoardUi;
}) {
  const { columns, votes, ui } = props;
  const tallies = useMemo(() => talliesOf(votes), [votes]);
  return (
    <div className="board-columns">
      {columns.map((col) => (
        <BoardColumn key={col.id} col={col} votes={votes} tallies={tallies} ui={ui} />
      ))}
    </div>
  );
}

const BoardColumn = memo(function BoardColumn(props: {
  col: ColumnView;
  votes: VotesView | null;
  tallies: Map<string, number> | null;
  ui: BoardUi;
}) {
  const { col, votes, tallies, ui } = props;
  const t = useT();
  const render = useCallback(
    (item: BoardItem) =>
      item.kind === 'note' ? (
        <NoteCard
          note={item.note}
          ui={ui}
          myVotes={votes ? (votes.mine[item.id] ?? 0) : null}
          tally={tallyOf(tallies, item.id)}
          inGroup={false}
        />
      ) : (
        <GroupCard
          group={item.group}
          notes={item.notes}
          ui={ui}
          myVotes={votes?.mine[item.id] ?? 0}
          tally={tallyOf(tallies, item.id)}
        />
      ),
    [ui, votes, tallies],
  );
  const total = col.visible + col.hidden;
  return (
    <section className="board-column" aria-label={t('board.columnLabel', { title: col.title })}>
      <h3>
        <bdi>{col.title}</bdi> <span className="count">({t('board.notes', { n: total })})</span>
      </h3>
      {col.hidden > 0 && (
        <div className="hidden-notes">
          <p>{t('board.hiddenByOthers', { n: col.hidden })}</p>
          <div className="placeholders" aria-hidden="true">
            {Array.from({ length: Math.min(col.hidden, MAX_PLACEHOLDERS) }, (_, i) => (
              <span key={i} className="placeholder-note" />
            ))}
          </div>
        </div>
      )}
      <ColumnItems items={col.items} render={render} />
    </section>
  );
});
