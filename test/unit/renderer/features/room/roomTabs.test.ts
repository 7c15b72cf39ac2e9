// Which part a phone leads with (renderer/features/room/roomTabs.ts): an open poll, else the
// block; and what counts as a new situation (a new block, a poll opening or closing), whatever
// order the polls are listed in.
import { describe, expect, it } from 'vitest';
import { situationKey, suggestedTab } from '#renderer/features/room/roomTabs';

describe('suggestedTab', () => {
  it('leads with an open poll, else the block', () => {
    expect(suggestedTab(['p1'])).toBe('polls');
    expect(suggestedTab([])).toBe('now');
  });
});

describe('situationKey', () => {
  it('changes with the block and with the set of open polls, not their order', () => {
    expect(situationKey('b1', ['p1', 'p2'])).toBe(situationKey('b1', ['p2', 'p1']));
    expect(situationKey('b1', [])).not.toBe(situationKey('b2', []));
    expect(situationKey('b1', [])).not.toBe(situationKey('b1', ['p1']));
    expect(situationKey('b1', ['p1'])).not.toBe(situationKey('b1', ['p1', 'p2']));
    expect(situationKey(null, [])).not.toBe(situationKey('b1', []));
  });
});
