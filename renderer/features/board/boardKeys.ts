// The keys a board viewer holds. Attendees: a personal author key kept in this browser (it opens
// their own sealed notes and votes, and recognises their anonymous notes); it never enters the
// doc. The facilitator: the board secret derived from the facilitator key and the session id.
// Imported module by module, not through the board's index: the join page (in the entry chunk)
// loads the author key, and the index would bring every board command (and Yjs) with it.
import { createAuthorKey, decodeKey, encodeKey } from '../../../shared/model/board/boardCrypto';
import { facilitatorViewer as sharedFacilitatorViewer } from '../../../shared/model/board/facilitatorViewer';
import type { BoardViewer } from '../../../shared/model/board/boardDoc';

const authorKeyItem = (sessionId: string) => `offsite.authorKey.${sessionId}`;

export function loadAuthorKey(sessionId: string): Uint8Array {
  const stored = localStorage.getItem(authorKeyItem(sessionId));
  if (stored) {
    try {
      const key = decodeKey(stored);
      if (key.length === 32) return key;
    } catch {
      // damaged: make a new one below
    }
  }
  const key = createAuthorKey();
  localStorage.setItem(authorKeyItem(sessionId), encodeKey(key));
  return key;
}

/** This browser becomes the holder of another device's author key (linking a second device). */
export function saveAuthorKey(sessionId: string, key: Uint8Array): void {
  localStorage.setItem(authorKeyItem(sessionId), encodeKey(key));
}

export function attendeeViewer(
  sessionId: string,
  participantId: string,
  name: string,
): BoardViewer {
  return { participantId, name, isFacilitator: false, authorKey: loadAuthorKey(sessionId) };
}

/** The facilitator in this window: the shared viewer plus this browser's author key. */
export function facilitatorViewer(sessionId: string, facilitatorKey: string): BoardViewer {
  return sharedFacilitatorViewer(
    { sessionId, facilitatorKey },
    { name: 'Facilitator', authorKey: loadAuthorKey(sessionId) },
  );
}

/** The projector reads what the room may read: no keys at all. */
export const PROJECTOR_VIEWER: BoardViewer = { participantId: 'projector', isFacilitator: false };
