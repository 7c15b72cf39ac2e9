// The cockpit's inbox badges (renderer/features/session/inbox.ts): what waits for the facilitator,
// how much of it is unseen, and that looking at a panel clears its badge without redrawing when
// nothing is new.
import { describe, expect, it } from 'vitest';
import { badgeText, markSeen, unseenCount, waitingIds } from '#renderer/features/session/inbox';
import type { Question } from '#shared/model/questions/read';
import type { ParkingItem } from '#shared/model/parkingLot/read';
import type { Suggestion } from '#shared/model/registers/suggestions';

const question = (id: string, answered = false) =>
  ({ id, text: id, createdAt: 1, answeredAt: answered ? 2 : null }) as unknown as Question;
const parked = (id: string, closed = false) =>
  ({
    id,
    text: id,
    authorId: 'a',
    authorName: 'A',
    createdAt: 1,
    blockId: null,
    outcome: closed ? { kind: 'closed' } : null,
  }) as unknown as ParkingItem;
const suggestion = (id: string, status: Suggestion['status'] = 'open') =>
  ({ id, kind: 'action', text: id, status }) as unknown as Suggestion;

describe('waitingIds', () => {
  it('keeps what still waits: open questions, open parking items, open suggestions', () => {
    expect(
      waitingIds({
        questions: [question('q1'), question('q2', true)],
        parkingLot: [parked('p1', true), parked('p2')],
        suggestions: [suggestion('s1'), suggestion('s2', 'dismissed')],
      }),
    ).toEqual({ questions: ['q1'], parking: ['p2'], registers: ['s1'] });
  });
});

describe('unseen counting', () => {
  it('counts what arrived since the panel was last in view', () => {
    let seen: ReadonlySet<string> = new Set();
    expect(unseenCount(['q1', 'q2'], seen)).toBe(2);
    seen = markSeen(seen, ['q1', 'q2']);
    expect(unseenCount(['q1', 'q2'], seen)).toBe(0);
    expect(unseenCount(['q1', 'q2', 'q3'], seen)).toBe(1);
  });

  it('forgets nothing when an item is answered and comes back', () => {
    const seen = markSeen(new Set(), ['q1']);
    expect(unseenCount([], seen)).toBe(0);
    // Marked not answered again: it was seen, no badge.
    expect(unseenCount(['q1'], seen)).toBe(0);
  });

  it('keeps the same set when nothing is new (no redraw while a panel stays in view)', () => {
    const seen = markSeen(new Set(), ['a', 'b']);
    expect(markSeen(seen, ['a'])).toBe(seen);
    expect(markSeen(seen, ['a', 'c'])).not.toBe(seen);
  });

  it('says "N new", or nothing', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3 new');
  });
});
