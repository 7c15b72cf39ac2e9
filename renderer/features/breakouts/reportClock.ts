// The report-out's clock per group: seconds left until the group's time is up (host clock), read
// twice a second while a group has a timer; null without one.
import { useEffect, useState } from 'react';
import { hostNow } from '../../sync/hostClock';

export function useSecondsLeft(endsAt: number | null): number | null {
  const [now, setNow] = useState(() => hostNow());
  useEffect(() => {
    if (endsAt === null) return;
    const id = setInterval(() => setNow(hostNow()), 500);
    return () => clearInterval(id);
  }, [endsAt]);
  return endsAt === null ? null : Math.max(0, Math.ceil((endsAt - now) / 1000));
}

export const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
