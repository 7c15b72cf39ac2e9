// The facilitator's board: pick a board, set it up, reveal, open and close voting, see who is
// done, and edit, delete, group or merge any note. Boards of the agenda are set up on sight.
import './board.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useReadiness } from './useReadiness';
import { setUpMissingBoards } from '../../../shared/model/board';
import { listParticipants } from '../../../shared/model/session/read';
import { useRoomBoards } from './useRoomBoards';
import { useBoardModel } from './useBoardModel';
import { facilitatorViewer } from './boardKeys';
import { facilitatorBoardActions } from './facilitatorBoardActions';
import type { BoardUi } from './boardUi';
import { BoardColumns } from './BoardColumns';
import { BoardSettingsForm } from './BoardSettingsForm';
import { PickBanner } from './PickBanner';
import { useNotePick } from './useNotePick';
import { VoteResults } from './VoteResults';
import { PromoteGroupMenu } from './PromoteGroupMenu';
import { PromoteFromBoard } from '../registers/PromoteFromBoard';
import { readinessText } from './boardViewModel';
import { BoardComposer } from './BoardComposer';
import { ColumnsEditor } from './ColumnsEditor';
import { readSessionDetails } from '../../../shared/model/session/details';
import { useBoardShortcuts } from '../timer/useBoardShortcuts';
import { ariaKeys } from '../timer/shortcuts';
import { useT } from '../../i18n/useT';

export function ConsoleBoard(props: {
  doc: Y.Doc;
  awareness: Awareness;
  sessionId: string;
  facilitatorKey: string;
  /** The board view: the ranked results fold away behind one line (S opens them). */
  compact?: boolean;
}) {
  const t = useT();
  const { doc, sessionId, facilitatorKey, compact = false } = props;
  const { current, all } = useRoomBoards(doc);
  // The facilitator's own notes carry the name from the session details (else "Facilitator").
  const facilitatorName = readSessionDetails(doc).facilitatorName;
  const viewer = useMemo(
    () => ({
      ...facilitatorViewer(sessionId, facilitatorKey),
      ...(facilitatorName ? { name: facilitatorName } : {}),
    }),
    [sessionId, facilitatorKey, facilitatorName],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const blockId =
    (chosen && all.some((b) => b.boardBlockId === chosen) ? chosen : null) ??
    current?.boardBlockId ??
    all[0]?.boardBlockId ??
    null;

  // Every board of the agenda gets its keys and default settings once, from its block's columns.
  useEffect(() => {
    setUpMissingBoards(
      doc,
      all.map((b) => ({ blockId: b.boardBlockId, columns: b.boardBlock.columns })),
      viewer,
    );
  }, [doc, all, viewer]);

  // "Done" belongs to the block the room is on when this is its board, else to the board's block.
  const readyBlockId = blockId && blockId === current?.boardBlockId ? current.block.id : blockId;
  const model = useBoardModel(doc, blockId, viewer);
  const readiness = useReadiness(doc, readyBlockId, viewer, props.awareness);
  const [error, setError] = useState<string | null>(null);
  const actions = useMemo(
    () =>
      blockId
        ? facilitatorBoardActions(doc, blockId, viewer, setError, readyBlockId ?? blockId)
        : null,
    [doc, blockId, viewer, readyBlockId],
  );
  const { picking, pick, choose, cancel } = useNotePick(actions);
  const view = model?.view ?? null;
  // On primitives, not the view: a new `ui` would redraw every (memoised) card on each note.
  const phase = view?.phase;
  const voting = view?.voting;
  const maxPerNote = view?.settings.maxPerNote ?? null;
  const ui = useMemo<BoardUi | null>(
    () =>
      actions && blockId && phase && voting
        ? {
            actions,
            isFacilitator: true,
            phase,
            voting,
            votesLeft: 0,
            maxPerNote,
            mayGroup: phase === 'revealed',
            pick,
            picking,
            choose,
            promote: { doc, blockId, NoteButtons: PromoteFromBoard, GroupMenu: PromoteGroupMenu },
          }
        : null,
    [actions, phase, voting, maxPerNote, doc, blockId, pick, picking, choose],
  );
  const names = useMemo(() => {
    const m = new Map(listParticipants(doc).map((p) => [p.id, p.name]));
    return (ids: string[]) => ids.map((id) => m.get(id) ?? t('board.someone'));
    // Recomputed whenever readiness changes, which is when the names are needed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, readiness, t]);

  // The board's keys (shortcuts.ts): reveal, open or close voting, go to the results.
  const resultsRef = useRef<HTMLElement>(null);
  useBoardShortcuts({
    reveal: () => {
      if (phase === 'writing') actions?.reveal();
    },
    voting: () => {
      if (voting === 'open') actions?.closeVoting();
      else actions?.openVoting();
    },
    results: () => {
      const el = resultsRef.current;
      if (!el) return setError(t('board.resultsAfterVoting'));
      if (el instanceof HTMLDetailsElement) el.open = true;
      el.scrollIntoView({ block: 'nearest' });
      (el.querySelector('summary') ?? el).focus();
    },
  });

  if (all.length === 0) return null;
  const board = all.find((b) => b.boardBlockId === blockId);

  return (
    <section className="card board console-board" aria-labelledby="console-board-heading">
      <div className="board-head">
        <h2 id="console-board-heading">{t('board.title')}</h2>
        {all.length > 1 && (
          <label>
            {t('board.ofBlock')}
            <select value={blockId ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {all.map((b) => (
                <option key={b.boardBlockId} value={b.boardBlockId}>
                  {b.boardBlock.title}
                  {b.boardBlockId === current?.boardBlockId ? t('board.roomIsHere') : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {board && blockId !== current?.boardBlockId && (
        <p className="callout">{t('board.roomElsewhere')}</p>
      )}
      {!view || !ui || !actions ? (
        <p className="muted">{t('board.settingUp')}</p>
      ) : (
        <>
          <div className="board-controls" role="group" aria-label={t('board.controls')}>
            <button
              type="button"
              className="primary"
              onClick={actions.reveal}
              aria-keyshortcuts={ariaKeys('reveal')}
              disabled={view.phase === 'revealed'}
            >
              {t('board.reveal')}
            </button>
            <button
              type="button"
              onClick={actions.openVoting}
              aria-keyshortcuts={ariaKeys('voting')}
              disabled={view.phase !== 'revealed' || view.voting === 'open'}
            >
              {t('board.openVoting')}
            </button>
            <button
              type="button"
              onClick={actions.closeVoting}
              aria-keyshortcuts={ariaKeys('voting')}
              disabled={view.voting !== 'open'}
            >
              {t('board.closeVoting')}
            </button>
            <span role="status" className="board-phase">
              {t('board.status', {
                phase: view.phase,
                voting: view.voting,
                n: view.notes.length + view.hidden.total,
              })}
            </span>
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {readiness && (
            <div className="readiness">
              <p role="status" className="readiness-count">
                {/* Nobody online and nobody done: there is no count to give. */}
                <strong>
                  {readiness.total > 0 ? readinessText(readiness) : t('board.nobodyOnline')}
                </strong>
              </p>
              <details>
                <summary>{t('board.whoIsDone')}</summary>
                {readiness.who && readiness.who.length > 0 ? (
                  <ul aria-label={t('board.whoIsDone')}>
                    {names(readiness.who).map((n, i) => (
                      <li key={i}>{n}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t('board.nobodyYet')}</p>
                )}
              </details>
            </div>
          )}
          <details className="board-composer-box">
            <summary>{t('board.writeNote')}</summary>
            <BoardComposer
              columns={view.settings.columns}
              privateWriting={view.phase === 'writing'}
              anonymous={view.settings.anonymous}
              onAdd={actions.add}
            />
          </details>
          <details className="board-settings-box">
            <summary>{t('board.settings')}</summary>
            <BoardSettingsForm
              settings={view.settings}
              voting={view.voting}
              onSave={actions.updateSettings}
            />
            <ColumnsEditor
              key={view.settings.columns.map((c) => `${c.id}:${c.title}`).join('|')}
              columns={view.settings.columns}
              onSave={actions.setColumns}
            />
          </details>
          {picking && <PickBanner pick={picking} notes={view.notes} onCancel={cancel} />}
          {view.voting === 'closed' &&
            model?.ranked &&
            (compact ? (
              <details
                ref={(el) => {
                  resultsRef.current = el;
                }}
                className="results-anchor results-box"
              >
                <summary>{t('board.resultsRanked', { n: model.ranked.length })}</summary>
                <VoteResults ranked={model.ranked} view={view} />
              </details>
            ) : (
              <div
                ref={(el) => {
                  resultsRef.current = el;
                }}
                tabIndex={-1}
                className="results-anchor"
              >
                <VoteResults ranked={model.ranked} view={view} />
              </div>
            ))}
          <BoardColumns columns={model?.columns ?? []} votes={model?.votes ?? null} ui={ui} />
        </>
      )}
    </section>
  );
}
