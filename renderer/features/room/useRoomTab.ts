// The phone's chosen tab: the person's pick, until the situation changes (roomTabs.ts). A change
// does not pull the page away from a half-written text: the badge says what is new instead.
// The room's state arriving is not a change: until the page has loaded what the room holds, the
// situation is unknown, and a tab tapped meanwhile holds when it arrives (a tap on "Parking lot"
// while a slow Wi-Fi still brought the agenda was once undone by the agenda's arrival).
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

/**
 * `situation` is null until the room's state has loaded. The first known situation sets the
 * suggested tab only if the person has not picked one yet; later changes set it (and scroll to
 * the top) unless they are typing.
 */
export function useRoomTab(
  suggested: RoomTab,
  situation: string | null,
): [RoomTab, (t: RoomTab) => void] {
  const [tab, setTab] = useState<RoomTab>(suggested);
  const seen = useRef(situation);
  const pickedBeforeLoad = useRef(false);
  useEffect(() => {
    if (situation === null || seen.current === situation) return;
    const first = seen.current === null;
    seen.current = situation;
    if (first) {
      if (!pickedBeforeLoad.current) setTab(suggested);
      return;
    }
    if (typing()) return;
    setTab(suggested);
    window.scrollTo(0, 0);
  }, [situation, suggested]);
  const pick = (t: RoomTab) => {
    if (seen.current === null) pickedBeforeLoad.current = true;
    setTab(t);
    window.scrollTo(0, 0);
  };
  return [tab, pick];
}
