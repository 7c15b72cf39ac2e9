// How many lines a clamped note hides (renderer/features/board/noteClamp.ts): what its
// "+N more lines" button says.
import { describe, expect, it } from 'vitest';
import { hiddenLines } from '#renderer/features/board/noteClamp';

describe('hiddenLines', () => {
  it('is 0 when the text fits (a pixel of rounding included)', () => {
    expect(hiddenLines(100, 100, 20)).toBe(0);
    expect(hiddenLines(101, 100, 20)).toBe(0);
  });

  it('counts the lines below the clamp', () => {
    expect(hiddenLines(220, 120, 20)).toBe(5);
    expect(hiddenLines(130, 120, 20)).toBe(1);
  });

  it('says at least one line when something is cut, and 0 without a line height', () => {
    expect(hiddenLines(104, 100, 20)).toBe(1);
    expect(hiddenLines(300, 100, Number.NaN)).toBe(0);
  });
});
