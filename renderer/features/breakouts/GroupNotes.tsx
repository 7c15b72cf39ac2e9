// One group board's notes as a compact list (the console's groups side by side, the report-out
// and its lifting): read with the viewer's keys, in the board's vote order once voting closed.
import type * as Y from 'yjs';
import type { ReactNode } from 'react';
import { useBoardModel } from '../board/useBoardModel';
import { useT } from '../../i18n/useT';
import { countedNotes } from './groupVotes';
import type { BoardViewer } from '../../../shared/model/board/boardDoc';
import type { BoardNoteView } from '../../../shared/model/board/readBoard';

export function GroupNotes(props: {
  doc: Y.Doc;
  boardId: string;
  viewer: BoardViewer;
  /** Buttons under each note (lifting), or none. */
  actions?: (note: BoardNoteView) => ReactNode;
  label: string;
}) {
  const t = useT();
  const model = useBoardModel(props.doc, props.boardId, props.viewer);
  const view = model?.view;
  if (!view) return <p className="muted">{t('breakouts.notes.settingUp')}</p>;
  const notes = countedNotes(view.notes, model.ranked, view.voting === 'closed');
  return (
    <>
      <p className="muted">
        {t('breakouts.notes.count', { n: notes.length, sealed: view.hidden.total })}
      </p>
      <ul className="breakout-notes" aria-label={props.label}>
        {notes.map(({ note: n, votes }) => (
          <li key={n.id}>
            {n.text}
            {votes > 0 && (
              <span className="breakout-votes"> {t('breakouts.notes.votes', { n: votes })}</span>
            )}
            {props.actions && <div className="breakout-note-actions">{props.actions(n)}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
