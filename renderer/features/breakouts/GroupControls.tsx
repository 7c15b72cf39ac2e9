// One group's board controls on the console while the breakout runs: reveal the group's notes to
// its members (a private-writing board), then open and close the group's voting.
import type * as Y from 'yjs';
import { useBoardModel } from '../board/useBoardModel';
import { useT } from '../../i18n/useT';
import type { BoardViewer } from '../../../shared/model/board/boardDoc';

export function GroupControls(props: {
  doc: Y.Doc;
  boardId: string;
  viewer: BoardViewer;
  /** The group's members read each other's notes (shared plan, or revealed to them). */
  reads: boolean;
  onReveal: () => void;
  onVoting: (open: boolean) => void;
}) {
  const t = useT();
  const model = useBoardModel(props.doc, props.boardId, props.viewer);
  const voting = model?.view?.voting ?? 'idle';
  return (
    <div className="breakout-group-controls">
      {!props.reads ? (
        <button type="button" onClick={props.onReveal}>
          {t('breakouts.group.reveal')}
        </button>
      ) : voting === 'idle' ? (
        <button type="button" onClick={() => props.onVoting(true)}>
          {t('breakouts.group.openVoting')}
        </button>
      ) : voting === 'open' ? (
        <>
          <span className="badge">{t('breakouts.group.votingOpen')}</span>
          <button type="button" onClick={() => props.onVoting(false)}>
            {t('breakouts.group.closeVoting')}
          </button>
        </>
      ) : (
        <span className="muted">{t('breakouts.group.votingClosed')}</span>
      )}
    </div>
  );
}
