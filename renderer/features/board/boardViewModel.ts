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
import { t } from '../../i18n/t';

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
  return t('vote.left', { n: left });
}

export function readinessText(r: Pick<Readiness, 'done' | 'total'>): string {
  return t('board.readiness', { done: r.done, total: r.total });
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
  return first
    ? t('group.labelFromFirst', { text: shortText(first.text, 40), more: notes.length - 1 })
    : t('results.group');
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

/** "1st", "1.", "1er": the rank as the language writes it (an ICU selectordinal). */
function ordinal(n: number): string {
  return t('results.ordinal', { n });
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
