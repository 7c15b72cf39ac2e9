// The phone's chosen tab: the person's pick, until the situation changes (roomTabs.ts). A change
// does not pull the page away from a half-written text: the badge says what is new instead.
import { useEffect, useRef, useState } from 'react';
import type { RoomTab } from './roomTabs';

/** A text field with something typed in it has the focus. */
function typing(): boolean {
  const el = document.activeElement;
  return (
    (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) &&
    el.type !== 'radio' &&
    el.type !== 'checkbox' &&
    el.value.trim() !== ''
  );
}

export function useRoomTab(suggested: RoomTab, situation: string): [RoomTab, (t: RoomTab) => void] {
  const [tab, setTab] = useState<RoomTab>(suggested);
  const seen = useRef(situation);
  useEffect(() => {
    if (seen.current === situation) return;
    seen.current = situation;
    if (typing()) return;
    setTab(suggested);
    window.scrollTo(0, 0);
  }, [situation, suggested]);
  const pick = (t: RoomTab) => {
    setTab(t);
    window.scrollTo(0, 0);
  };
  return [tab, pick];
}
