// Derives the countdown from the timer facts and the host clock, once per frame.
// React re-renders only when the visible text, cue or state changes; the exact remaining ms is
// handed to `onFrame` every frame (the countdown writes it to a data attribute for tests and benches).
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { timerDisplay, type TimerDisplay } from '../../../shared/model/timer/timerMath';
import { agendaStore } from '../../stores/agendaStore';
import { hostNow } from '../../sync/hostClock';

function sameVisible(a: TimerDisplay, b: TimerDisplay): boolean {
  return (
    a.text === b.text && a.cue.cue === b.cue.cue && a.state === b.state && a.blockId === b.blockId
  );
}

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
    let raf = 0;
    const tick = () => {
      const { timer, order } = agendaStore(doc).getState();
      const d = timerDisplay(timer, order, hostNow());
      frameRef.current?.(d);
      if (last === null || !sameVisible(last, d)) {
        last = d;
        setDisplay(d);
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    // Hidden pages get no animation frames; keep the derived state fresh for when they return.
    const interval = setInterval(() => {
      if (document.visibilityState !== 'visible') tick();
    }, 1000);
    return () => {
      cancelAnimationFrame(raf);
      clearInterval(interval);
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
