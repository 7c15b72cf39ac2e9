// The facilitator as a board viewer, built one way for the console, the exports in the renderer
// and the host's export routes. With the facilitator key it holds the session's facilitator
// secret (derived, never stored) and so reads secret votes; without, only what the doc reveals.
import type { BoardViewer } from './boardDoc';
import { deriveFacilitatorSecret } from './facilitatorSecret';

export const FACILITATOR_VIEWER_ID = 'facilitator';

export function facilitatorViewer(
  key: { sessionId: string; facilitatorKey: string } | null,
  more: Pick<BoardViewer, 'name' | 'authorKey'> = {},
): BoardViewer {
  return {
    participantId: FACILITATOR_VIEWER_ID,
    isFacilitator: true,
    ...(key
      ? { facilitatorSecret: deriveFacilitatorSecret(key.facilitatorKey, key.sessionId) }
      : {}),
    ...more,
  };
}
