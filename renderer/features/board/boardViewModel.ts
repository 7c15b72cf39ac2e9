// What the board components draw, computed from the domain's views: columns holding lone notes
// and groups, placeholders for hidden notes, the ranked results with bars. Pure: no DOM.
import type {
  BoardGroup,
  BoardNoteView,
  BoardView,
  RankedResult,
  Readiness,
} from '../../../shared/model/board';
import type { BoardItem, ColumnView } from '../../../shared/model/board/columns';

/** The first items of a column holding at most `max` notes, and how many notes are left out. */
export function capColumn(
  col: ColumnView,
  max: number,
): ColumnView & { shown: BoardItem[]; more: number } {
  const shown: BoardItem[] = [];
  let count = 0;
  for (const item of col.items) {
    const n = item.kind === 'note' ? 1 : item.notes.length;
    if (count + n > max && shown.length > 0) break;
    shown.push(item);
    count += n;
  }
  return { ...col, shown, more: col.visible - count };
}

export function votesLeftText(left: number): string {
  if (left === 0) return 'No votes left';
  return `${left} ${left === 1 ? 'vote' : 'votes'} left`;
}

export function readinessText(r: Pick<Readiness, 'done' | 'total'>): string {
  return `${r.done} of ${r.total} done`;
}

/** A short one-line label for a note (results, menus). */
export function shortText(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The label of a group: its name, or its first notes when it has none. */
export function groupLabel(group: BoardGroup, notes: BoardNoteView[]): string {
  if (group.name) return group.name;
  const first = notes[0];
  return first ? `Group: ${shortText(first.text, 40)} (+${notes.length - 1})` : 'Group';
}

export interface ResultRow {
  targetId: string;
  kind: 'note' | 'group';
  label: string;
  count: number;
  rank: number;
  tied: boolean;
  /** "1st", "=2nd" (a tie), ... */
  rankLabel: string;
  /** Bar length as a share of the top count (0..1). */
  share: number;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Ranked results ready to draw; targets that vanished (deleted notes) are left out. */
export function resultRows(ranked: RankedResult[], view: BoardView): ResultRow[] {
  const notes = new Map(view.notes.map((n) => [n.id, n]));
  const groups = new Map(view.groups.map((g) => [g.id, g]));
  const top = ranked[0]?.count ?? 0;
  const rows: ResultRow[] = [];
  for (const r of ranked) {
    let label: string | null = null;
    if (r.kind === 'group') {
      const g = groups.get(r.targetId);
      if (g)
        label = groupLabel(
          g,
          g.noteIds.map((id) => notes.get(id)).filter((n): n is BoardNoteView => !!n),
        );
    } else {
      const n = notes.get(r.targetId);
      if (n) label = shortText(n.text, 120);
    }
    if (label === null) continue;
    rows.push({
      targetId: r.targetId,
      kind: r.kind,
      label,
      count: r.count,
      rank: r.rank,
      tied: r.tied,
      rankLabel: `${r.tied ? '=' : ''}${ordinal(r.rank)}`,
      share: top > 0 ? r.count / top : 0,
    });
  }
  return rows;
}
