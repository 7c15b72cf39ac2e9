// The facilitator's parking lot: every item the room parked, and for each open one: move it to a
// board, make it a decision or an action (through its form in the registers), or close it.
import './parkingLot.css';
import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  closeParkingItem,
  moveToBoard,
  reopenParkingItem,
} from '../../../shared/model/parkingLot/commands';
import { decisionDraftFromParking } from '../../../shared/model/registers/fromRoom';
import { draftFromParking } from '../../../shared/model/registers/actionDrafts';
import { useActionDraft } from '../registers/draftStore';
import { type ParkingItem } from '../../../shared/model/parkingLot/read';
import { ValidationError } from '../../../shared/model/limits';
import { useDoc } from '../../stores/docStore';
import { useRoomBoards } from '../board/useRoomBoards';
import { facilitatorViewer } from '../board/boardKeys';
import { ParkingLotList } from './ParkingLotList';
import { useBlockTitle } from './useBlockTitle';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

function ItemActions(props: {
  item: ParkingItem;
  boards: { id: string; title: string }[];
  run(what: () => void): void;
  move(itemId: string, blockId: string): void;
  doc: Y.Doc;
}) {
  const t = useT();
  const { item, boards, run, doc } = props;
  const [target, setTarget] = useState('');
  // Decision and Action open their form in the registers, prefilled; saving settles the item.
  const openAction = useActionDraft((s) => s.open);
  const openDecision = useActionDraft((s) => s.openDecision);
  const short = item.text.length > 40 ? `${item.text.slice(0, 39)}…` : item.text;
  if (item.outcome)
    return item.outcome.kind === 'closed' ? (
      <div className="parking-actions">
        <button
          type="button"
          aria-label={t('parkingLot.reopenLabel', { text: short })}
          onClick={() => run(() => reopenParkingItem(doc, item.id))}
        >
          {t('parkingLot.reopen')}
        </button>
      </div>
    ) : null;
  const chosen = target || boards[0]?.id || '';
  return (
    <div className="parking-actions">
      {boards.length > 0 && (
        <>
          <select
            aria-label={t('parkingLot.boardFor', { text: short })}
            value={chosen}
            onChange={(e) => setTarget(e.target.value)}
          >
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            aria-label={t('parkingLot.moveLabel', { text: short })}
            onClick={() => props.move(item.id, chosen)}
          >
            {t('parkingLot.move')}
          </button>
        </>
      )}
      <button
        type="button"
        aria-label={t('parkingLot.decisionLabel', { text: short })}
        onClick={() => openDecision(decisionDraftFromParking(doc, item))}
      >
        {t('parkingLot.decision')}
      </button>
      <button
        type="button"
        aria-label={t('parkingLot.actionLabel', { text: short })}
        onClick={() => openAction(draftFromParking(doc, item))}
      >
        {t('parkingLot.action')}
      </button>
      <button
        type="button"
        aria-label={t('parkingLot.closeLabel', { text: short })}
        onClick={() => run(() => closeParkingItem(doc, { itemId: item.id }))}
      >
        {t('parkingLot.close')}
      </button>
    </div>
  );
}

export function ConsoleParkingLot(props: {
  doc: Y.Doc;
  sessionId: string;
  facilitatorKey: string;
}) {
  const t = useT();
  const { doc } = props;
  const items = useDoc(doc, (s) => s.parkingLot);
  const blockTitle = useBlockTitle(doc);
  const { all } = useRoomBoards(doc);
  const boards = all.map((b) => ({ id: b.boardBlockId, title: b.boardBlock.title }));
  const viewer = useMemo(
    () => facilitatorViewer(props.sessionId, props.facilitatorKey),
    [props.sessionId, props.facilitatorKey],
  );
  const [error, setError] = useState<string | null>(null);
  const run = (what: () => void) => {
    try {
      what();
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(explain(err));
      else throw err;
    }
  };
  const open = items.filter((i) => !i.outcome).length;
  return (
    <section className="card parking-lot" aria-labelledby="console-parking-heading">
      <h2 id="console-parking-heading">
        {t('parkingLot.heading')}{' '}
        <span className="count">{t('parkingLot.openCount', { n: open })}</span>
      </h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ParkingLotList
        items={items}
        blockTitle={blockTitle}
        actions={(item) => (
          <ItemActions
            item={item}
            boards={boards}
            run={run}
            doc={doc}
            move={(itemId, blockId) =>
              run(() => moveToBoard(doc, { itemId, blockId, facilitator: viewer }))
            }
          />
        )}
      />
    </section>
  );
}
