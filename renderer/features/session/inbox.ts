// What arrives from the room for the facilitator (questions, parking-lot items, suggestions) and
// which of it they have not seen yet: a panel's badge counts the waiting items that arrived while
// it was out of sight. Pure: the cockpit keeps the seen ids and says when a panel is in view.
import type { Question } from '../../../shared/model/questions/read';
import type { ParkingItem } from '../../../shared/model/parkingLot/read';
import type { Suggestion } from '../../../shared/model/registers/suggestions';
import { t } from '../../i18n/t';

export const INBOX_PANELS = ['questions', 'parking', 'registers'] as const;
export type InboxPanel = (typeof INBOX_PANELS)[number];

/** The ids of what waits for the facilitator in each panel (answered, closed or resolved do not). */
export function waitingIds(room: {
  questions: readonly Question[];
  parkingLot: readonly ParkingItem[];
  suggestions: readonly Suggestion[];
}): Record<InboxPanel, string[]> {
  return {
    questions: room.questions.filter((q) => q.answeredAt === null).map((q) => q.id),
    parking: room.parkingLot.filter((p) => p.outcome === null).map((p) => p.id),
    registers: room.suggestions.filter((s) => s.status === 'open').map((s) => s.id),
  };
}

/** How many waiting items the facilitator has not seen. */
export function unseenCount(waiting: readonly string[], seen: ReadonlySet<string>): number {
  let n = 0;
  for (const id of waiting) if (!seen.has(id)) n++;
  return n;
}

/** The seen set once the panel has been in view with these items; the same object when none is
 * new (so a panel in view does not redraw the cockpit on every update). */
export function markSeen(
  seen: ReadonlySet<string>,
  waiting: readonly string[],
): ReadonlySet<string> {
  if (waiting.every((id) => seen.has(id))) return seen;
  return new Set([...seen, ...waiting]);
}

/** A badge's words: "2 new", or nothing. */
export function badgeText(unseen: number): string {
  return unseen > 0 ? t('session.unseen', { n: unseen }) : '';
}
