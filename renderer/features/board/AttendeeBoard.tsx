// The attendee's board for the block the room is on: write (privately, until the reveal),
// group when allowed (not while voting), vote while voting is open, and say "I'm done". Each
// phase leads with its own action: the composer until voting opens, then Vote (no composer, no
// grouping). Votes left go to `statusSlot` (the page keeps it in view). Falls back to
// `fallback` when the current block has no board.
import './board.css';
import { useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useReadiness } from './useReadiness';
import { useRoomBoards } from './useRoomBoards';
import { useBoardModel } from './useBoardModel';
import { attendeeViewer } from './boardKeys';
import { boardActions } from './boardActions';
import type { BoardUi } from './boardUi';
import { BoardComposer } from './BoardComposer';
import { BoardColumns } from './BoardColumns';
import { PickBanner } from './PickBanner';
import { useNotePick } from './useNotePick';
import { VoteResults } from './VoteResults';
import { votesLeftText } from './boardViewModel';
import { useT } from '../../i18n/useT';

export function AttendeeBoard(props: {
  doc: Y.Doc;
  awareness: Awareness;
  sessionId: string;
  participantId: string;
  name: string;
  /** Where votes left are drawn (a bar that stays in view); in the board's head when null. */
  statusSlot?: HTMLElement | null;
  fallback: ReactNode;
  /** While a breakout runs: the attendee's group board (its id, title and the keys they hold),
   * shown instead of the room's board; "done" is then the group's. */
  group?: { boardId: string; title: string; keys: ReadonlyMap<string, Uint8Array> } | null;
}) {
  const { doc, sessionId, participantId, name, group } = props;
  const { current } = useRoomBoards(doc);
  const keys = group?.keys;
  const t = useT();
  const viewer = useMemo(
    () => ({ ...attendeeViewer(sessionId, participantId, name), ...(keys && { boardKeys: keys }) }),
    [sessionId, participantId, name, keys],
  );
  const blockId = group?.boardId ?? current?.boardBlockId ?? null;
  const readyBlockId = group?.boardId ?? current?.block.id ?? null;
  /** A group member reads the group's notes before the reveal. */
  const groupReads = !!group && !!keys?.has(group.boardId);
  const model = useBoardModel(doc, blockId, viewer);
  const readiness = useReadiness(doc, readyBlockId, viewer, props.awareness);
  const [error, setError] = useState<string | null>(null);
  const actions = useMemo(
    () => (blockId ? boardActions(doc, blockId, viewer, setError, readyBlockId ?? blockId) : null),
    [doc, blockId, viewer, readyBlockId],
  );
  const { picking, pick, choose, cancel } = useNotePick(actions);
  const view = model?.view ?? null;
  const votes = model?.votes ?? null;
  // On primitives, not the view: a new `ui` would redraw every (memoised) card on each note.
  const phase = view?.phase;
  const voting = view?.voting;
  const maxPerNote = view?.settings.maxPerNote ?? null;
  // Grouping stops while voting: the board holds still, and Vote is the one thing to do.
  const mayGroup =
    (phase === 'revealed' || groupReads) && voting !== 'open' && !!view?.settings.attendeesMayGroup;
  const ui = useMemo<BoardUi | null>(
    () =>
      actions && phase && voting
        ? {
            actions,
            isFacilitator: false,
            phase,
            voting,
            votesLeft: votes?.left ?? 0,
            maxPerNote,
            mayGroup,
            pick,
            picking,
            choose,
          }
        : null,
    [actions, phase, voting, maxPerNote, mayGroup, votes?.left, pick, picking, choose],
  );

  if (!current) return <>{props.fallback}</>;
  // The current block's title and prompt are shown above (CurrentBlock); say whose board this is.
  const title = group
    ? group.title
    : current.block.id === current.boardBlockId
      ? t('board.title')
      : t('board.titleFrom', { block: current.boardBlock.title });
  if (!model || !view || !ui || !actions)
    return (
      <section className="card board" aria-labelledby="board-heading">
        <h2 id="board-heading">{title}</h2>
        <p className="muted">{t('board.gettingReady')}</p>
      </section>
    );

  const done = readiness?.self ?? false;
  const votesLeft = view.voting === 'open' && votes && (
    <p className="votes-left" role="status" aria-live="polite">
      <strong>{votesLeftText(votes.left)}</strong>{' '}
      {t('board.ofDots', { dots: votes.dotsPerPerson })}
    </p>
  );
  return (
    <section className="board" aria-labelledby="board-heading">
      <div className="board-head">
        <div>
          <h2 id="board-heading">{title}</h2>
          <p role="status" className="board-phase">
            {view.voting === 'open'
              ? t('board.phase.votingOpen')
              : view.voting === 'closed'
                ? t('board.phase.votingClosed')
                : view.phase === 'writing' && groupReads
                  ? t('board.phase.groupWriting')
                  : view.phase === 'writing'
                    ? t('board.phase.writing')
                    : t('board.phase.revealed')}
          </p>
        </div>
        <div className="board-you">
          {votesLeft && !props.statusSlot && votesLeft}
          {done ? (
            <p className="done-state">
              <span aria-hidden="true">✓ </span>
              {t('board.youAreDone')}{' '}
              <button type="button" onClick={() => actions.setDone(false)}>
                {t('board.notDoneYet')}
              </button>
            </p>
          ) : (
            <button type="button" className="primary" onClick={() => actions.setDone(true)}>
              {group ? t('board.weAreDone') : t('board.imDone')}
            </button>
          )}
        </div>
      </div>
      {votesLeft && props.statusSlot && createPortal(votesLeft, props.statusSlot)}
      {view.voting === 'idle' && (
        <BoardComposer
          columns={view.settings.columns}
          privateWriting={view.phase === 'writing' && !groupReads}
          anonymous={view.settings.anonymous}
          onAdd={actions.add}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {picking && <PickBanner pick={picking} notes={view.notes} onCancel={cancel} />}
      {view.voting === 'closed' && model.ranked && (
        <VoteResults ranked={model.ranked} view={view} />
      )}
      <BoardColumns columns={model.columns} votes={votes} ui={ui} />
    </section>
  );
}
