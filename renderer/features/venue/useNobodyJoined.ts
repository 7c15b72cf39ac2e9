// True once the console has been open two minutes and no attendee has joined yet: the moment to
// offer the troubleshooting card unasked.
import { useEffect, useRef, useState } from 'react';

export const NOBODY_JOINED_MS = 2 * 60_000;

export function useNobodyJoined(attendees: number, waitMs = NOBODY_JOINED_MS): boolean {
  const someoneCame = useRef(false);
  const [stuck, setStuck] = useState(false);
  if (attendees > 0) someoneCame.current = true;
  useEffect(() => {
    const timer = setTimeout(() => setStuck(!someoneCame.current), waitMs);
    return () => clearTimeout(timer);
  }, [waitMs]);
  return stuck && !someoneCame.current;
}
