// Derives the countdown from the timer facts and the host clock. It is read when the facts change
// and, while the timer runs, at the moment its text would next change (the next whole second of
// remaining time): never every animation frame. A page that asks for a frame 60 times a second
// to change a text once a second keeps a phone's CPU and screen pipeline busy for the whole
// session (measured in Chromium: 0.24 s of main-thread work per 5 s for an idle console with the
// loop, 0.06 s without). React re-renders only when the visible text, cue or state changes; each
// read is handed to `onFrame` (the countdown writes its exact remaining ms and the moment it was
// read to data attributes, so a reader can carry the value forward to now).
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  msUntilTextChanges,
  timerDisplay,
  type TimerDisplay,
} from '../../../shared/model/timer/countdown';
import { agendaStore } from '../../stores/agendaStore';
import { hostNow } from '../../sync/hostClock';

function sameVisible(a: TimerDisplay, b: TimerDisplay): boolean {
  return (
    a.text === b.text && a.cue.cue === b.cue.cue && a.state === b.state && a.blockId === b.blockId
  );
}

/** While stopped the display does not move with time; a re-read now and then catches a clock
 * re-sync or a tab that slept. */
const STOPPED_REREAD_MS = 5000;

export function useTimerDisplay(doc: Y.Doc, onFrame?: (d: TimerDisplay) => void): TimerDisplay {
  const compute = () => {
    const { timer, order } = agendaStore(doc).getState();
    return timerDisplay(timer, order, hostNow());
  };
  const [display, setDisplay] = useState<TimerDisplay>(compute);
  const frameRef = useRef(onFrame);
  frameRef.current = onFrame;

  useEffect(() => {
    let last: TimerDisplay | null = null;
    let next: ReturnType<typeof setTimeout> | null = null;
    const read = () => {
      if (next) clearTimeout(next);
      const { timer, order } = agendaStore(doc).getState();
      const d = timerDisplay(timer, order, hostNow());
      frameRef.current?.(d);
      if (last === null || !sameVisible(last, d)) {
        last = d;
        setDisplay(d);
      }
      next = setTimeout(
        read,
        d.state === 'running' && d.blockId !== null
          ? msUntilTextChanges(d.remainingMs)
          : STOPPED_REREAD_MS,
      );
    };
    read();
    const unsubscribe = agendaStore(doc).subscribe(read);
    // A page shown again reads at once (its timers may have been held back while hidden).
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      if (next) clearTimeout(next);
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [doc]);
  return display;
}

/** Host time, re-read every `everyMs` (for displays that change by the minute, like projections). */
export function useHostNow(everyMs = 1000): number {
  const [now, setNow] = useState(hostNow);
  useEffect(() => {
    const id = setInterval(() => setNow(hostNow()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
