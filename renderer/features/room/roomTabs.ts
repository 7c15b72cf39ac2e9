// Which part of the room a phone shows: one at a time, the one the moment asks for first (an
// open poll, else the block's board or its details), the others a tap away. Pure: no DOM.
import type * as Y from 'yjs';
import { listPolls } from '../../../shared/model/polls/read';
import { getBlockOrder } from '../../../shared/model/agenda/read';
import { readTimer } from '../../../shared/model/timer/read';
import { currentBlockId } from '../../../shared/model/timer/timerFacts';

export type RoomTab = 'now' | 'polls' | 'questions' | 'parking' | 'decisions';

export const ROOM_TABS: readonly RoomTab[] = ['now', 'polls', 'questions', 'parking', 'decisions'];

/** What the moment asks for: the newest open poll, else the block (its board or its details). */
export function suggestedTab(openPollIds: readonly string[]): RoomTab {
  return openPollIds.length > 0 ? 'polls' : 'now';
}

/**
 * What changes the suggestion: the block the room is on and the set of open polls. A person's
 * own pick holds until this changes (a new block, a poll opening), then the suggestion wins.
 */
export function situationKey(blockId: string | null, openPollIds: readonly string[]): string {
  return `${blockId ?? ''}|${[...openPollIds].sort().join(',')}`;
}

/**
 * The room's situation and suggestion read from the doc itself, not from the stores (they catch
 * up a frame later): the moment the room's state arrives, the page must judge the room's
 * situation, not the empty page's of the frame before.
 */
export function roomSituation(doc: Y.Doc): { key: string; suggested: RoomTab } {
  const open = listPolls(doc)
    .filter((p) => p.state === 'open')
    .map((p) => p.id);
  return {
    key: situationKey(currentBlockId(readTimer(doc), getBlockOrder(doc)), open),
    suggested: suggestedTab(open),
  };
}
