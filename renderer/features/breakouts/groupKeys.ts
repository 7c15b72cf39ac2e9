// The group boards' notes keys a viewer holds: an attendee opens the copy sealed to them (their
// group's board only); the facilitator derives every group board's key from their secret.
import type * as Y from 'yjs';
import { deriveBlockKeyPair } from '../../../shared/model/board/boardCrypto';
import type { BoardViewer } from '../../../shared/model/board/boardDoc';
import { groupBoardId, type Breakout } from '../../../shared/model/breakouts/read';
import { openSightKeys } from '../../../shared/model/breakouts/sight';

export function attendeeGroupKeys(
  doc: Y.Doc,
  viewer: BoardViewer,
): ReadonlyMap<string, Uint8Array> {
  return viewer.authorKey ? openSightKeys(doc, viewer.participantId, viewer.authorKey) : new Map();
}

export function facilitatorGroupKeys(
  viewer: BoardViewer,
  breakout: Breakout,
): ReadonlyMap<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  if (!viewer.facilitatorSecret) return out;
  for (const g of breakout.plan.groups) {
    const id = groupBoardId(breakout.blockId, g.id);
    out.set(id, deriveBlockKeyPair(viewer.facilitatorSecret, id, 'notes').secretKey);
  }
  return out;
}
