// The projector during a breakout: while groups work, which groups there are and how many are in
// each (never their notes); in the report-out, the group the facilitator steps to: its name, its
// members, its notes (revealed at the recall) and its time left when the plan gives each group
// a timer. Otherwise the room's board (`fallback`).
import './breakouts.css';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { useRoomBoards } from '../board/useRoomBoards';
import { useBoardModel } from '../board/useBoardModel';
import { PROJECTOR_VIEWER } from '../board/boardKeys';
import { useBreakouts } from './useBreakouts';
import { useT } from '../../i18n/useT';
import { countedNotes } from './groupVotes';
import { mmss, useSecondsLeft } from './reportClock';
import { groupBoardId, membersByGroup } from '../../../shared/model/breakouts/read';

export function ProjectorBreakout(props: { doc: Y.Doc; fallback: ReactNode }) {
  const { doc } = props;
  const t = useT();
  const { byBlock, names } = useBreakouts(doc);
  const { current } = useRoomBoards(doc);
  const b = current ? byBlock[current.boardBlockId] : undefined;
  const reported = b?.report.groupId ?? null;
  const boardId = b && reported ? groupBoardId(b.blockId, reported) : null;
  const model = useBoardModel(doc, boardId, PROJECTOR_VIEWER);
  const left = useSecondsLeft(b?.report.endsAt ?? null);
  if (!b) return <>{props.fallback}</>;
  const groups = membersByGroup(b);
  if (b.state === 'running')
    return (
      <section
        className="projector-board projector-breakout"
        aria-label={t('breakouts.projector.groups')}
      >
        <div className="projector-breakout-head">
          <h2>{t('breakouts.projector.inGroups', { n: b.plan.groups.length })}</h2>
          {b.broadcast && <p className="breakout-broadcast">{b.broadcast.text}</p>}
        </div>
        <ul className="projector-breakout-notes">
          {b.plan.groups.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong>
              <br />
              {t('breakouts.projector.people', { n: (groups.get(g.id) ?? []).length })}
            </li>
          ))}
        </ul>
      </section>
    );
  const group = reported ? b.plan.groups.find((g) => g.id === reported) : undefined;
  if (!group) return <>{props.fallback}</>;
  const view = model?.view;
  const notes = view ? countedNotes(view.notes, model.ranked, view.voting === 'closed') : [];
  const index = b.plan.groups.indexOf(group);
  return (
    <section
      className="projector-board projector-breakout"
      aria-label={t('breakouts.projector.report', { name: group.name })}
    >
      <div className="projector-breakout-head">
        <div>
          <h2>{t('breakouts.projector.reports', { name: group.name })}</h2>
          <p>
            {(groups.get(group.id) ?? [])
              .map((p) => names[p] ?? t('breakouts.someone'))
              .join(', ') || t('breakouts.projector.nobody')}
          </p>
        </div>
        <p>
          {t('breakouts.projector.position', { at: index + 1, n: b.plan.groups.length })}
          {left !== null && (
            <>
              {' · '}
              <strong data-testid="report-time">{mmss(left)}</strong>{' '}
              {t('breakouts.projector.left')}
            </>
          )}
        </p>
      </div>
      <ul
        className="projector-breakout-notes"
        aria-label={t('breakouts.group.notes', { name: group.name })}
      >
        {notes.map(({ note: n, votes }) => (
          <li key={n.id}>
            {n.text}
            {votes > 0 && (
              <span className="breakout-votes"> {t('breakouts.notes.votes', { n: votes })}</span>
            )}
          </li>
        ))}
      </ul>
      {notes.length === 0 && <p className="projector-prompt">{t('breakouts.projector.noNotes')}</p>}
    </section>
  );
}
