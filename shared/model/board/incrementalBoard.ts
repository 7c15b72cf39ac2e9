// An incremental readBoard: the same view (tested against readBoard), but each read redoes only
// what the changed notes touch, so a note arriving on a 3,000-note board costs a search and a
// splice, not a decrypt-and-scan of every note and a sort (issue 15). Notes are kept in board
// order by insertion, groups are recomputed only when a member, its age or its name changes, and
// the hidden counts and vote targets are kept up to date per note. Unchanged notes, groups,
// settings and hidden counts keep their objects, so memoised components skip them; `lastChange`
// says what changed, for the columns (incrementalColumns.ts). Pure Yjs + crypto: no DOM.
import * as Y from 'yjs';
import { boardMaps, readControl, type BoardControl, type BoardViewer } from './boardDoc';
import { byAge, groupsOf, type BoardGroup, type GroupMember } from './groupCommands';
import { notesKeyOf, type BoardNoteView, type BoardView } from './readBoard';
import { isBlockNote } from './blockNotes';
import { PARTICIPANTS } from '../session/names';
import { rosterMap, SIGNED_SINCE } from '../roster/names';
import { entryKeyIn } from '../topLevelType';
import { insertAged, removeAged, type Aged } from './byAgeList';
import { readEntry, sameGroup, type BoardChange, type Entry } from './boardEntry';

/** More changed notes than this in one read: re-sort the list rather than splice each. */
const SPLICE_MAX = 64;

const self = (n: BoardNoteView): Aged => n;

export class IncrementalBoardReader {
  /** The block's notes (hidden ones too). */
  private readonly entries = new Map<string, Entry>();
  private readonly dirty = new Set<string>();
  private readonly dirtyGroups = new Set<string>();
  private all = true;
  private signature = '';
  private settingsJson = '';
  /** Visible notes in board order: the view's `notes` (copied before a change). */
  private visible: BoardNoteView[] = [];
  /** Every group field's notes on the block, hidden ones too. */
  private readonly members = new Map<string, Set<string>>();
  /** Groups of two notes or more, with the age of their oldest. */
  private readonly groupById = new Map<string, { group: BoardGroup; createdAt: number }>();
  private groups: BoardGroup[] = [];
  private readonly hiddenCounts = new Map<string, number>();
  private view: BoardView | null = null;
  /** What can be voted for on the block as of the last read: voteTargets(doc, blockId) without
   * another scan of every note (hidden ones included, as there). Kept up to date in place (a
   * copy per note would be a scan again); `targetsVersion` counts its changes. */
  readonly targets = new Map<string, 'note' | 'group'>();
  targetsVersion = 0;
  lastChange: BoardChange = { all: true, notes: new Map(), groups: new Set() };
  private readonly notes: Y.Map<Y.Map<unknown>>;
  private readonly groupNames: Y.Map<unknown>;
  private readonly onNotes = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const e of events) {
      if (e.target === this.notes && e instanceof Y.YMapEvent) {
        for (const k of e.keysChanged as Set<string>) this.dirty.add(k);
        continue;
      }
      // A change inside one note's map: find that note's key in the top-level map.
      const key = entryKeyIn(e.target, this.notes);
      if (key) this.dirty.add(key);
      else this.all = true;
    }
  };
  private readonly onNames = (e: Y.YMapEvent<unknown>) => {
    for (const k of e.keysChanged) this.dirtyGroups.add(k);
  };
  private readonly people: Y.Map<unknown>;
  private readonly roster: Y.Map<unknown>;
  /** Which notes need no signature (authority/signedSince.ts): written once, read afresh. */
  private readonly signedSince: Y.Map<unknown>;
  private readonly onSignedSince = () => {
    this.all = true;
  };
  /** A participant renamed, or admitted or removed: their notes' shown author changes. */
  private readonly onPeople = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const who = new Set<string>();
    for (const e of events) {
      if (e.target === this.people || e.target === this.roster) {
        for (const k of (e as Y.YMapEvent<unknown>).keysChanged) who.add(k);
        continue;
      }
      const key = entryKeyIn(e.target, this.people);
      if (key) who.add(key);
    }
    if (who.size === 0) return;
    for (const [id, entry] of this.entries) {
      const author = entry.view?.authorId;
      if (author && who.has(author)) this.dirty.add(id);
    }
  };

  constructor(
    private readonly doc: Y.Doc,
    readonly blockId: string,
    private readonly viewer: BoardViewer,
  ) {
    const maps = boardMaps(doc);
    this.notes = maps.notes;
    this.groupNames = maps.groups;
    this.notes.observeDeep(this.onNotes);
    this.groupNames.observe(this.onNames);
    this.people = doc.getMap<unknown>(PARTICIPANTS);
    this.roster = rosterMap(doc);
    this.people.observeDeep(this.onPeople);
    this.roster.observeDeep(this.onPeople);
    this.signedSince = doc.getMap<unknown>(SIGNED_SINCE);
    this.signedSince.observe(this.onSignedSince);
  }

  destroy(): void {
    this.notes.unobserveDeep(this.onNotes);
    this.groupNames.unobserve(this.onNames);
    this.people.unobserveDeep(this.onPeople);
    this.roster.unobserveDeep(this.onPeople);
    this.signedSince.unobserve(this.onSignedSince);
  }

  read(): BoardView | null {
    const control = readControl(this.doc, this.blockId);
    if (!control) {
      this.all = true; // whatever comes back is read afresh
      this.view = null;
      return null;
    }
    const notesKey = notesKeyOf(control, this.viewer, this.blockId);
    // Anything that changes what a viewer may read of every note invalidates all of them.
    const signature = `${control.phase}|${control.notesSecretKey ?? ''}|${notesKey ? 'k' : ''}`;
    if (signature !== this.signature) {
      this.signature = signature;
      this.all = true;
    }
    const change: BoardChange = { all: this.all, notes: new Map(), groups: new Set() };
    this.lastChange = change;
    let hiddenChanged = this.all;
    let targetsChanged = this.all;
    if (this.all) this.rebuild(control, notesKey);
    else {
      // 1. Entries, group members and hidden counts of the notes that changed.
      const prevOut = new Map<string, BoardNoteView | null>();
      const touchedGroups = new Set(this.dirtyGroups);
      for (const id of this.dirty) {
        const old = this.entries.get(id);
        const m = this.notes.get(id);
        const next = isBlockNote(id, m, this.blockId)
          ? readEntry(id, m, control, this.viewer, notesKey)
          : null;
        if (!old && !next) continue;
        prevOut.set(id, old?.out ?? null);
        if (old?.rawGroupId !== next?.rawGroupId || old?.createdAt !== next?.createdAt) {
          if (old?.rawGroupId) this.leave(old.rawGroupId, id, touchedGroups);
          if (next?.rawGroupId) this.join(next.rawGroupId, id, touchedGroups);
        }
        const wasHidden = !!old && !old.view;
        const isHidden = !!next && !next.view;
        if ((wasHidden || isHidden) && !(wasHidden && isHidden && old.column === next.column)) {
          if (wasHidden) this.countHidden(old.column, -1);
          if (isHidden) this.countHidden(next.column, 1);
          hiddenChanged = true;
        }
        if (next) this.entries.set(id, next);
        else this.entries.delete(id);
        if (!old !== !next) targetsChanged = true;
      }
      // 2. The groups those notes (or a new name) touched; a group that forms or falls apart
      // changes the group of each of its notes.
      for (const gid of touchedGroups) {
        const flipped = this.regroup(gid, change);
        if (flipped) {
          targetsChanged = true;
          for (const id of this.members.get(gid) ?? [])
            if (!prevOut.has(id)) prevOut.set(id, this.entries.get(id)?.out ?? null);
        }
      }
      if (change.groups.size > 0) this.sortGroups();
      if (targetsChanged) this.retarget([...prevOut.keys(), ...touchedGroups]);
      // 3. The notes' views, in board order.
      this.place(prevOut, change);
    }
    this.dirty.clear();
    this.dirtyGroups.clear();
    this.all = false;

    const settingsJson = JSON.stringify(control.settings);
    const prev = this.view;
    if (
      prev &&
      !change.all &&
      change.notes.size === 0 &&
      change.groups.size === 0 &&
      !hiddenChanged &&
      settingsJson === this.settingsJson &&
      prev.phase === control.phase &&
      prev.voting === control.voting
    )
      return prev;
    this.view = {
      blockId: this.blockId,
      phase: control.phase,
      voting: control.voting,
      settings: prev && settingsJson === this.settingsJson ? prev.settings : control.settings,
      notes: this.visible,
      hidden: prev && !hiddenChanged ? prev.hidden : this.hiddenView(),
      groups: this.groups,
    };
    this.settingsJson = settingsJson;
    return this.view;
  }

  /** Everything from scratch: the first read, and whenever what a viewer may read changes. */
  private rebuild(control: BoardControl, notesKey: Uint8Array | null): void {
    this.entries.clear();
    this.members.clear();
    this.groupById.clear();
    this.hiddenCounts.clear();
    const ignore = new Set<string>();
    this.notes.forEach((m, id) => {
      if (!isBlockNote(id, m, this.blockId)) return;
      const e = readEntry(id, m, control, this.viewer, notesKey);
      this.entries.set(id, e);
      if (e.rawGroupId) this.join(e.rawGroupId, id, ignore);
      if (!e.view) this.countHidden(e.column, 1);
    });
    const scratch: BoardChange = { all: true, notes: new Map(), groups: new Set() };
    for (const gid of this.members.keys()) this.regroup(gid, scratch);
    this.sortGroups();
    this.visible = [];
    for (const [id, e] of this.entries) if (e.view) this.visible.push(this.outOf(id, e));
    this.visible.sort(byAge);
    this.targets.clear();
    this.retarget([...this.entries.keys(), ...this.groupById.keys()]);
  }

  private join(gid: string, id: string, touched: Set<string>): void {
    let set = this.members.get(gid);
    if (!set) this.members.set(gid, (set = new Set()));
    set.add(id);
    touched.add(gid);
  }

  private leave(gid: string, id: string, touched: Set<string>): void {
    const set = this.members.get(gid);
    set?.delete(id);
    if (set?.size === 0) this.members.delete(gid);
    touched.add(gid);
  }

  private countHidden(column: string, by: number): void {
    const n = (this.hiddenCounts.get(column) ?? 0) + by;
    if (n > 0) this.hiddenCounts.set(column, n);
    else this.hiddenCounts.delete(column);
  }

  private hiddenView(): BoardView['hidden'] {
    const byColumn: Record<string, number> = {};
    let total = 0;
    for (const [c, n] of this.hiddenCounts) {
      byColumn[c] = n;
      total += n;
    }
    return { total, byColumn };
  }

  /** Recomputes one group (groupsOf, the one grouping rule, over its notes); true when it
   * formed or fell apart. */
  private regroup(gid: string, change: BoardChange): boolean {
    const members: GroupMember[] = [];
    for (const id of this.members.get(gid) ?? [])
      members.push({ id, groupId: gid, createdAt: this.entries.get(id)?.createdAt ?? 0 });
    const group = groupsOf(this.doc, members)[0];
    const was = this.groupById.get(gid);
    if (!group) {
      if (!was) return false;
      this.groupById.delete(gid);
      change.groups.add(gid);
      return true;
    }
    const createdAt = this.entries.get(group.noteIds[0]!)?.createdAt ?? 0;
    const same = !!was && sameGroup(was.group, group);
    if (same && was.createdAt === createdAt) return false;
    this.groupById.set(gid, { group: same ? was.group : group, createdAt });
    change.groups.add(gid);
    return !was;
  }

  private sortGroups(): void {
    const all = [...this.groupById.values()];
    all.sort((a, b) =>
      byAge({ id: a.group.id, createdAt: a.createdAt }, { id: b.group.id, createdAt: b.createdAt }),
    );
    this.groups = all.map((g) => g.group);
  }

  /** voteTargets' rule for the ids given: a group of two or more, else a note of the block. */
  private retarget(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.groupById.has(id)) this.targets.set(id, 'group');
      else if (this.entries.has(id)) this.targets.set(id, 'note');
      else this.targets.delete(id);
    }
    this.targetsVersion++;
  }

  /** The view handed out for a visible note, kept while neither its sight nor its group change. */
  private outOf(id: string, e: Entry): BoardNoteView {
    const view = e.view!;
    const groupId = e.rawGroupId !== null && this.groupById.has(e.rawGroupId) ? e.rawGroupId : null;
    if (!e.out || e.out.groupId !== groupId) e.out = { ...view, groupId };
    return e.out;
  }

  /** Moves the changed notes' views into place in the visible list (a copy: the last view's
   * list is never changed under it). */
  private place(prevOut: Map<string, BoardNoteView | null>, change: BoardChange): void {
    for (const [id, prev] of prevOut) {
      const e = this.entries.get(id);
      const out = e?.view ? this.outOf(id, e) : null;
      if (out !== prev) change.notes.set(id, out);
    }
    if (change.notes.size === 0) return;
    if (change.notes.size > SPLICE_MAX) {
      this.visible = [];
      for (const [id, e] of this.entries) if (e.view) this.visible.push(this.outOf(id, e));
      this.visible.sort(byAge);
      return;
    }
    const list = this.visible.slice();
    for (const id of change.notes.keys()) {
      const prev = prevOut.get(id);
      if (prev) removeAged(list, prev, self);
    }
    for (const out of change.notes.values()) if (out) insertAged(list, out, self);
    this.visible = list;
  }
}
