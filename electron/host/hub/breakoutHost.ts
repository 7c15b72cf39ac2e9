// The host's side of breakouts on one replica: after a change of who takes part (a join, a name,
// an attribute, a box key, the roster, a pick, the facilitator's plan or moves), it settles every
// running breakout within the facilitator's plan (shared/model/breakouts/placement.ts) in one
// transaction of its own, which goes out to the room like any update.
import type * as Y from 'yjs';
import { BREAKOUT_HOST_ORIGIN } from '../../../shared/model/origins';
import { BREAKOUT_MAPS } from '../../../shared/model/breakouts/names';
import { PARTICIPANTS } from '../../../shared/model/session/names';
import { ROSTER } from '../../../shared/model/roster/names';
import { settleBreakouts } from '../../../shared/model/breakouts/placement';
import { deriveFacilitatorSecret } from '../../../shared/model/board/facilitatorSecret';

const WATCHED = [
  PARTICIPANTS,
  ROSTER,
  BREAKOUT_MAPS.control,
  BREAKOUT_MAPS.members,
  BREAKOUT_MAPS.picks,
] as const;

export function watchBreakouts(
  doc: Y.Doc,
  facilitatorKey: string,
  sessionId: string,
  log: (message: string) => void,
): () => void {
  const secret = deriveFacilitatorSecret(facilitatorKey, sessionId);
  const watched = new Set<unknown>(WATCHED.map((n) => doc.getMap(n)));
  let queued = false;
  const settle = () => {
    queued = false;
    try {
      doc.transact(() => settleBreakouts(doc, secret), BREAKOUT_HOST_ORIGIN);
    } catch (e) {
      log(`session ${sessionId}: breakout placement failed: ${String(e)}`);
    }
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (queued || tr.origin === BREAKOUT_HOST_ORIGIN) return;
    for (const type of tr.changed.keys())
      if (watched.has(type)) {
        queued = true;
        queueMicrotask(settle);
        return;
      }
  };
  doc.on('afterTransaction', onTransaction);
  // A breakout running when the session was last closed: settle what changed meanwhile.
  settle();
  return () => doc.off('afterTransaction', onTransaction);
}
