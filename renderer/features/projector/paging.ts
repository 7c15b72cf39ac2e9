// The projector's paging math, pure (no DOM): a column's rows, measured, split into pages that
// each fit the column's height. A row is a lone item (a note, a register line) or one note of a
// group; a group's frame (its name, border and padding) is paid on every page it appears on, so a
// group longer than a page goes on with its name on the next. A row taller than a whole page gets
// a page of its own.

export interface PageRow {
  /** The row's own height. */
  height: number;
  /** The group it belongs to (its rows are consecutive), or null for a lone item. */
  group: string | null;
  /** What the group's frame adds around its rows (0 for a lone item). */
  frame: number;
}

export interface PageSpacing {
  /** Between the column's items (a lone item, a group's box). */
  gap: number;
  /** Between the rows inside a group. */
  innerGap: number;
}

/** The rows of each page, as indexes into `rows`; at least one page (empty when no rows). */
export function paginate(
  rows: readonly PageRow[],
  capacity: number,
  spacing: PageSpacing = { gap: 0, innerGap: 0 },
): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  let group: string | null = null;
  rows.forEach((row, i) => {
    let page = pages[pages.length - 1]!;
    const cost = (first: boolean, sameGroup: boolean) =>
      sameGroup
        ? spacing.innerGap + row.height
        : (first ? 0 : spacing.gap) + (row.group === null ? 0 : row.frame) + row.height;
    const continues = row.group !== null && row.group === group && page.length > 0;
    let c = cost(page.length === 0, continues);
    if (page.length > 0 && used + c > capacity + 0.5) {
      page = [];
      pages.push(page);
      used = 0;
      c = cost(true, false);
    }
    page.push(i);
    used += c;
    group = row.group;
  });
  return pages;
}

/** The pages of several columns shown side by side: as many as the longest column needs. */
export function pageCount(columns: readonly number[][][]): number {
  return Math.max(1, ...columns.map((pages) => pages.length));
}
