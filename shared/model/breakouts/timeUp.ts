// When the countdown ends a breakout: the timer runs on the plan's agenda block and has reached
// zero, and that zero came after the room split (a block already in overtime when the facilitator
// splits does not recall the groups at once). Pure: the host asks it with its own clock.
import type * as Y from 'yjs';
import { getBlockOrder } from '../agenda/read';
import { readTimer } from '../timer/read';
import { timerDisplay } from '../timer/timerMath';
import type { Breakout } from './read';

/** ms until the countdown reaches zero on this breakout's block (<= 0: it has), or null when the
 * countdown does not run on it or ran out before the split. */
export function msUntilTimeUp(doc: Y.Doc, b: Breakout, hostNow: number): number | null {
  if (b.state !== 'running') return null;
  const d = timerDisplay(readTimer(doc), getBlockOrder(doc), hostNow);
  if (d.state !== 'running' || d.blockId !== (b.plan.agendaBlockId ?? b.blockId)) return null;
  if (hostNow + d.remainingMs < b.plan.startedAt) return null;
  return d.remainingMs;
}
