// The cockpit's inbox badges: the waiting questions, parking-lot items and suggestions (inbox.ts),
// and which the facilitator has seen. A panel counts as seen while its heading is in view
// (IntersectionObserver): in the board view's drawer or scrolled to in the cockpit.
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { useDoc } from '../../stores/docStore';
import { useRegisters } from '../../stores/registersStore';
import { INBOX_PANELS, markSeen, unseenCount, waitingIds, type InboxPanel } from './inbox';

/** The heading each panel carries (its component's id), watched to know the panel is in view. */
export const PANEL_HEADINGS: Record<InboxPanel, string> = {
  questions: 'console-questions-heading',
  parking: 'console-parking-heading',
  registers: 'suggestions-heading',
};

type PerPanel<T> = Record<InboxPanel, T>;
const NONE_SEEN: PerPanel<ReadonlySet<string>> = {
  questions: new Set(),
  parking: new Set(),
  registers: new Set(),
};
const NONE_VISIBLE: PerPanel<boolean> = { questions: false, parking: false, registers: false };

export function useInbox(doc: Y.Doc, layoutKey: unknown): PerPanel<number> {
  const questions = useDoc(doc, (s) => s.questions);
  const parkingLot = useDoc(doc, (s) => s.parkingLot);
  const { suggestions } = useRegisters(doc);
  const waiting = useMemo(
    () => waitingIds({ questions, parkingLot, suggestions }),
    [questions, parkingLot, suggestions],
  );
  const [seen, setSeen] = useState(NONE_SEEN);
  const [visible, setVisible] = useState(NONE_VISIBLE);

  // Which headings are on screen; looked up again when the layout changes (layoutKey).
  useEffect(() => {
    const io = new IntersectionObserver((entries) => {
      setVisible((v) => {
        const next = { ...v };
        for (const e of entries) {
          const panel = INBOX_PANELS.find((p) => PANEL_HEADINGS[p] === e.target.id);
          if (panel) next[panel] = e.isIntersecting;
        }
        return next;
      });
    });
    const els = INBOX_PANELS.map((p) => document.getElementById(PANEL_HEADINGS[p]));
    els.forEach((el) => el && io.observe(el));
    // A panel not in the page now is not in view.
    setVisible((v) => {
      const next = { ...v };
      INBOX_PANELS.forEach((p, i) => {
        if (!els[i]) next[p] = false;
      });
      return next;
    });
    return () => io.disconnect();
  }, [layoutKey]);

  useEffect(() => {
    setSeen((s) => {
      let changed = false;
      const next = { ...s };
      for (const p of INBOX_PANELS)
        if (visible[p]) {
          next[p] = markSeen(s[p], waiting[p]);
          changed ||= next[p] !== s[p];
        }
      return changed ? next : s;
    });
  }, [visible, waiting]);

  return {
    questions: unseenCount(waiting.questions, seen.questions),
    parking: unseenCount(waiting.parking, seen.parking),
    registers: unseenCount(waiting.registers, seen.registers),
  };
}
