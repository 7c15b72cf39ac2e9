// The host's side of breakouts on one replica: after a change of who takes part (a join, a name,
// an attribute, a box key, the roster, a pick, the facilitator's plan or moves), it settles every
// running breakout within the facilitator's plan (shared/model/breakouts/placement.ts) in one
// transaction of its own, which goes out to the room like any update. And when the countdown of
// a breakout's block runs out, it recalls the room (shared/model/breakouts/timeUp.ts), whether
// or not the facilitator's console is open.
import type * as Y from 'yjs';
import { BREAKOUT_HOST_ORIGIN } from '../../../shared/model/origins';
import { BREAKOUT_MAPS } from '../../../shared/model/breakouts/names';
import { PARTICIPANTS } from '../../../shared/model/session/names';
import { ROSTER } from '../../../shared/model/roster/names';
import { AGENDA_BLOCKS, AGENDA_DAYS, AGENDA_DAY_ORDER } from '../../../shared/model/agenda/names';
import { LEDGER, TIMER } from '../../../shared/model/timer/names';
import { settleBreakouts } from '../../../shared/model/breakouts/placement';
import { msUntilTimeUp } from '../../../shared/model/breakouts/timeUp';
import { breakoutBlocks, readBreakout } from '../../../shared/model/breakouts/read';
import { recallBreakout } from '../../../shared/model/breakouts/commands';
import { facilitatorViewer } from '../../../shared/model/board/facilitatorViewer';

const PLACEMENT = [
  PARTICIPANTS,
  ROSTER,
  BREAKOUT_MAPS.control,
  BREAKOUT_MAPS.members,
  BREAKOUT_MAPS.picks,
] as const;
/** What moves a breakout's end: its plan and state, the countdown, the agenda's planned times. */
const CLOCK = [BREAKOUT_MAPS.control, TIMER, LEDGER, AGENDA_BLOCKS, AGENDA_DAYS, AGENDA_DAY_ORDER];

/** Timers fire a little early now and then: check this long after the expected zero. */
const AFTER_ZERO_MS = 20;

export function watchBreakouts(
  doc: Y.Doc,
  facilitatorKey: string,
  sessionId: string,
  log: (message: string) => void,
  now: () => number = Date.now,
): () => void {
  const viewer = facilitatorViewer({ sessionId, facilitatorKey });
  const secret = viewer.facilitatorSecret!;
  const placement = new Set<unknown>(PLACEMENT.map((n) => doc.getMap(n)));
  const clock = new Set<unknown>(
    CLOCK.map((n) => (n === AGENDA_DAY_ORDER ? doc.getArray(n) : doc.getMap(n))),
  );
  let queued = false;
  let timeUp: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const settle = () => {
    queued = false;
    try {
      doc.transact(() => settleBreakouts(doc, secret), BREAKOUT_HOST_ORIGIN);
    } catch (e) {
      log(`session ${sessionId}: breakout placement failed: ${String(e)}`);
    }
  };

  /** Recalls every breakout whose countdown ran out; waits for the next one to. */
  const checkClock = () => {
    if (timeUp) clearTimeout(timeUp);
    timeUp = null;
    if (stopped) return;
    let next = Infinity;
    for (const blockId of breakoutBlocks(doc)) {
      const b = readBreakout(doc, blockId);
      const ms = b ? msUntilTimeUp(doc, b, now()) : null;
      if (ms === null) continue;
      if (ms > 0) {
        next = Math.min(next, ms);
        continue;
      }
      try {
        recallBreakout(doc, { blockId, facilitator: viewer }, BREAKOUT_HOST_ORIGIN);
        log(`session ${sessionId}: the countdown ended the breakout on ${blockId}`);
      } catch (e) {
        log(`session ${sessionId}: breakout recall failed: ${String(e)}`);
      }
    }
    if (next < Infinity) {
      timeUp = setTimeout(checkClock, next + AFTER_ZERO_MS);
      timeUp.unref();
    }
  };

  const onTransaction = (tr: Y.Transaction) => {
    if (tr.origin === BREAKOUT_HOST_ORIGIN) return;
    let place = false;
    let time = false;
    for (const type of tr.changed.keys()) {
      if (placement.has(type)) place = true;
      if (clock.has(type)) time = true;
    }
    if (place && !queued) {
      queued = true;
      queueMicrotask(settle);
    }
    if (time) queueMicrotask(checkClock);
  };
  doc.on('afterTransaction', onTransaction);
  doc.on('destroy', () => stop());
  // A breakout running when the session was last closed: settle what changed meanwhile.
  settle();
  checkClock();
  return stop;

  function stop() {
    stopped = true;
    if (timeUp) clearTimeout(timeUp);
    doc.off('afterTransaction', onTransaction);
  }
}
