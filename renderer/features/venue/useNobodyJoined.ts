// True once the projector's join screen has been up two minutes and no attendee has joined since:
// the moment to offer the troubleshooting card unasked (nobodyJoinedWatch.ts decides).
import { useEffect, useState } from 'react';
import { NobodyJoinedWatch } from './nobodyJoinedWatch';

export function useNobodyJoined(joinScreenUp: boolean, attendees: number): boolean {
  const [watch] = useState(() => new NobodyJoinedWatch(Date.now));
  const [, setTick] = useState(0);
  watch.update(joinScreenUp, attendees);
  const dueAt = watch.dueAt();
  useEffect(() => {
    if (dueAt === null) return;
    const wait = dueAt - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setTick((n) => n + 1), wait);
    return () => clearTimeout(timer);
  }, [dueAt]);
  return watch.stuck();
}
