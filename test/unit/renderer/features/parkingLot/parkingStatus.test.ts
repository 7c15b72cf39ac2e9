// A parking lot item's outcome in words (renderer/features/parkingLot/parkingStatus.ts), for
// items moved on through the parking lot's commands on a real doc.
import { describe, expect, it } from 'vitest';
import { parkingStatus } from '#renderer/features/parkingLot/parkingStatus';
import {
  addParkingItem,
  closeParkingItem,
  moveToBoard,
  parkToAction,
  parkToDecision,
} from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { setupBoard } from '../../../../../shared/model/board';
import { facilitator } from '#kit/seeds/boardReplicas';
import { sessionDoc } from '../../stores/storeTestKit';

describe('parkingStatus', () => {
  it('says what became of each item', () => {
    const doc = sessionDoc();
    const add = (id: string) =>
      addParkingItem(doc, { id, text: id, authorId: 'p1', authorName: 'Ada', now: 1 });
    for (const id of ['open', 'moved', 'decided', 'acted', 'closed']) add(id);
    const fac = facilitator();
    setupBoard(doc, { blockId: 'b', facilitator: fac });
    moveToBoard(doc, { itemId: 'moved', blockId: 'b', facilitator: fac });
    parkToDecision(doc, { itemId: 'decided' });
    parkToAction(doc, { itemId: 'acted' });
    closeParkingItem(doc, { itemId: 'closed' });
    const title = (id: string) => (id === 'b' ? 'Ideas' : '?');
    const said = Object.fromEntries(
      listParkingItems(doc).map((i) => [i.id, parkingStatus(i, title)]),
    );
    expect(said).toEqual({
      open: 'Open',
      moved: 'Moved to Ideas',
      decided: 'Now a decision',
      acted: 'Now an action',
      closed: 'Closed',
    });
  });
});
