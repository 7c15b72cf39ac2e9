import { describe, expect, it } from 'vitest';
import { pageCount, paginate, type PageRow } from '#renderer/features/projector/paging';
import { pageIndex } from '#shared/model/session/projectorView';

const lone = (height: number): PageRow => ({ height, group: null, frame: 0 });
const inGroup = (group: string, height: number, frame = 30): PageRow => ({ height, group, frame });

describe('paginate', () => {
  it('fills a page, then starts the next, keeping every row exactly once and in order', () => {
    const rows = Array.from({ length: 10 }, () => lone(40));
    const pages = paginate(rows, 130, { gap: 5, innerGap: 0 });
    // 40 + 45 + 45 = 130 fits; a fourth would need 175.
    expect(pages).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
    expect(pages.flat()).toEqual(rows.map((_r, i) => i));
  });

  it('never leaves a page empty, even for a row taller than a page', () => {
    expect(paginate([lone(10), lone(500), lone(10)], 100)).toEqual([[0], [1], [2]]);
  });

  it('has one empty page for no rows', () => {
    expect(paginate([], 100)).toEqual([[]]);
  });

  it('pays a group frame on each page the group appears on and inner gaps inside it', () => {
    const rows = [lone(20), inGroup('g', 20), inGroup('g', 20), inGroup('g', 20), lone(20)];
    const spacing = { gap: 10, innerGap: 2 };
    // Page 1: 20 + (10 + 30 + 20) + (2 + 20) = 102 <= 105; the group's third note (2 + 20) not.
    // Page 2: the frame again (30 + 20), then the lone row (10 + 20) = 80.
    expect(paginate(rows, 105, spacing)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it('does not open a group at the bottom when its frame and first note do not fit', () => {
    const rows = [lone(60), inGroup('g', 20, 30), inGroup('g', 20, 30)];
    expect(paginate(rows, 100)).toEqual([[0], [1, 2]]);
  });

  it('tells two groups apart when they follow each other', () => {
    const rows = [inGroup('a', 10, 10), inGroup('b', 10, 10)];
    // Each pays its own frame: 20 + 20 = 40 > 35.
    expect(paginate(rows, 35)).toEqual([[0], [1]]);
    expect(paginate(rows, 40)).toEqual([[0, 1]]);
  });

  it('counts the pages of columns side by side by the longest', () => {
    expect(pageCount([[[0, 1]], [[0], [1], [2]], [[]]])).toBe(3);
    expect(pageCount([])).toBe(1);
  });
});

describe('pageIndex', () => {
  it('wraps the counter both ways', () => {
    expect([0, 1, 2, 3, 4].map((c) => pageIndex(c, 3))).toEqual([0, 1, 2, 0, 1]);
    expect([-1, -2, -3, -4].map((c) => pageIndex(c, 3))).toEqual([2, 1, 0, 2]);
    expect(pageIndex(7, 1)).toBe(0);
    expect(pageIndex(7, 0)).toBe(0);
  });
});
