// boardColumns(view), kept up to date from the reader's change record instead of rebuilt: a note
// arriving on a 3,000-note board moves one item into one column (a search and a splice). Items
// and columns that did not change keep their objects, so memoised columns and cards skip them.
// Tested against boardColumns after random sequences of writes. Pure: no DOM.
import type { BoardColumn } from './boardDoc';
import type { BoardGroup } from './groupCommands';
import type { BoardNoteView, BoardView } from './readBoard';
import { boardColumns, type BoardItem, type ColumnView } from './columns';
import type { BoardChange } from './boardEntry';
import { insertAged, removeAged, type Aged } from './byAgeList';

/** Where an item sits: its column and its lead note (a group sits at its oldest note). */
const leadOf = (item: BoardItem): Aged => (item.kind === 'note' ? item.note : item.notes[0]!);

interface Placed {
  column: number;
  item: BoardItem;
  /** Notes it counts in its column's `visible`. */
  count: number;
}

export class IncrementalColumns {
  private columns: ColumnView[] = [];
  private defs: BoardColumn[] | null = null;
  private hidden: BoardView['hidden'] | null = null;
  /** Visible notes by id, and the groups of the last view. */
  private readonly notes = new Map<string, BoardNoteView>();
  private groups = new Map<string, BoardGroup>();
  private groupList: BoardGroup[] | null = null;
  /** Placed items: lone notes under `n:<id>`, groups under `g:<id>`. */
  private readonly placed = new Map<string, Placed>();

  /** The columns of `view`, equal to boardColumns(view); `change` is what the reader says
   * changed since the view this was last given (null: unknown, rebuild). */
  update(view: BoardView, change: BoardChange | null): ColumnView[] {
    if (!change || change.all || view.settings.columns !== this.defs) return this.rebuild(view);
    if (view.groups !== this.groupList) {
      this.groups = new Map(view.groups.map((g) => [g.id, g]));
      this.groupList = view.groups;
    }
    const copied = new Map<number, { items: BoardItem[]; visible: number }>();
    const edit = (i: number) => {
      let c = copied.get(i);
      if (!c)
        copied.set(
          i,
          (c = { items: this.columns[i]!.items.slice(), visible: this.columns[i]!.visible }),
        );
      return c;
    };
    const remove = (key: string) => {
      const p = this.placed.get(key);
      if (!p) return;
      const c = edit(p.column);
      removeAged(c.items, p.item, leadOf);
      c.visible -= p.count;
      this.placed.delete(key);
    };
    const add = (key: string, item: BoardItem, count: number) => {
      const column = this.home(leadOf(item) as BoardNoteView);
      const c = edit(column);
      insertAged(c.items, item, leadOf);
      c.visible += count;
      this.placed.set(key, { column, item, count });
    };

    // Every removal before any insertion: a note leaving a group has its group's lead key.
    const groups = new Set(change.groups);
    for (const [id, out] of change.notes) {
      const old = this.notes.get(id);
      if (old?.groupId) groups.add(old.groupId);
      if (out?.groupId) groups.add(out.groupId);
      if (out) this.notes.set(id, out);
      else this.notes.delete(id);
      remove(`n:${id}`);
    }
    for (const gid of groups) remove(`g:${gid}`);
    for (const [id, out] of change.notes)
      if (out && out.groupId === null) add(`n:${id}`, { kind: 'note', id, note: out }, 1);
    for (const gid of groups) {
      const item = this.groupItem(gid);
      if (item) add(`g:${gid}`, item, item.notes.length);
    }

    const hiddenChanged = view.hidden !== this.hidden;
    this.hidden = view.hidden;
    if (copied.size === 0 && !hiddenChanged) return this.columns;
    const hidden = hiddenChanged ? this.hiddenPerColumn(view) : null;
    this.columns = this.columns.map((col, i) => {
      const c = copied.get(i);
      const h = hidden ? hidden[i]! : col.hidden;
      return c || h !== col.hidden
        ? { ...col, items: c?.items ?? col.items, visible: c?.visible ?? col.visible, hidden: h }
        : col;
    });
    return this.columns;
  }

  private groupItem(gid: string): Extract<BoardItem, { kind: 'group' }> | null {
    const g = this.groups.get(gid);
    const lead = g && this.notes.get(g.noteIds[0] ?? '');
    if (!g || !lead) return null;
    const notes: BoardNoteView[] = [];
    for (const id of g.noteIds) {
      const n = this.notes.get(id);
      if (n) notes.push(n);
    }
    return { kind: 'group', id: gid, group: g, notes };
  }

  /** The column a lead note's item goes in (boardColumns' `home`). */
  private home(note: BoardNoteView): number {
    const i = this.columns.findIndex((c) => c.id === note.column);
    return i < 0 ? 0 : i;
  }

  private hiddenPerColumn(view: BoardView): number[] {
    const out = this.columns.map((c) => view.hidden.byColumn[c.id] ?? 0);
    for (const [colId, n] of Object.entries(view.hidden.byColumn))
      if (!this.columns.some((c) => c.id === colId)) out[0]! += n;
    return out;
  }

  private rebuild(view: BoardView): ColumnView[] {
    this.columns = boardColumns(view);
    this.defs = view.settings.columns;
    this.hidden = view.hidden;
    this.groupList = view.groups;
    this.groups = new Map(view.groups.map((g) => [g.id, g]));
    this.notes.clear();
    for (const n of view.notes) this.notes.set(n.id, n);
    this.placed.clear();
    this.columns.forEach((col, column) => {
      for (const item of col.items)
        this.placed.set(item.kind === 'note' ? `n:${item.id}` : `g:${item.id}`, {
          column,
          item,
          count: item.kind === 'note' ? 1 : item.notes.length,
        });
    });
    return this.columns;
  }
}
