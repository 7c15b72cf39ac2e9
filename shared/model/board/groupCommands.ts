// Grouping notes on a board: drop one note (or several) onto another to form a group, name it,
// take a note out, dissolve it. A note's group is a field on the note; names live beside them.
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { cleanText } from '../limits';
import { boardMaps, GROUP_NAME_MAX_CHARS, type BoardViewer } from './boardDoc';
import { denied, getNoteMap, requireControl } from './boardWrite';
import { isBlockNote } from './blockNotes';
import { invalid } from '../refusals';

export interface BoardGroup {
  id: string;
  name: string;
  /** Oldest first. A group shows only while it holds at least two notes. */
  noteIds: string[];
}

function requireMayGroup(doc: Y.Doc, blockId: string, actor: BoardViewer): void {
  const control = requireControl(doc, blockId);
  // A breakout group's members hold their board's key and group before the reveal.
  if (control.phase !== 'revealed' && !actor.boardKeys?.has(blockId))
    throw invalid('group.revealFirst');
  if (!actor.isFacilitator && !control.settings.attendeesMayGroup)
    throw denied('group.byFacilitator');
}

/**
 * Drops notes onto a target note. A target without a group gets the group `g-<targetId>`, so
 * two people dropping onto the same lone note at once end up in one group, not two.
 */
export function groupNotes(
  doc: Y.Doc,
  args: { noteIds: string[]; ontoId: string; actor: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): string {
  const onto = getNoteMap(doc, args.ontoId);
  const blockId = String(onto.get('blockId'));
  const moved = args.noteIds.filter((id) => id !== args.ontoId).map((id) => getNoteMap(doc, id));
  if (moved.some((m) => m.get('blockId') !== blockId)) throw invalid('group.sameBoard');
  requireMayGroup(doc, blockId, args.actor);
  const existing = onto.get('groupId');
  const groupId = typeof existing === 'string' ? existing : `g-${args.ontoId}`;
  transact(doc, origin, () => {
    if (existing !== groupId) onto.set('groupId', groupId);
    for (const m of moved) if (m.get('groupId') !== groupId) m.set('groupId', groupId);
  });
  return groupId;
}

export function nameGroup(
  doc: Y.Doc,
  args: { blockId: string; groupId: string; name: string; actor: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireMayGroup(doc, args.blockId, args.actor);
  const name = cleanText(args.name, 'A group name', GROUP_NAME_MAX_CHARS, true);
  transact(doc, origin, () =>
    boardMaps(doc).groups.set(args.groupId, { blockId: args.blockId, name }),
  );
}

/** Takes one note out of its group. */
export function ungroupNote(
  doc: Y.Doc,
  args: { noteId: string; actor: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const m = getNoteMap(doc, args.noteId);
  requireMayGroup(doc, String(m.get('blockId')), args.actor);
  if (m.has('groupId')) transact(doc, origin, () => m.delete('groupId'));
}

/** Ungroups every note of a group and forgets its name. */
export function dissolveGroup(
  doc: Y.Doc,
  args: { blockId: string; groupId: string; actor: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireMayGroup(doc, args.blockId, args.actor);
  const maps = boardMaps(doc);
  transact(doc, origin, () => {
    maps.notes.forEach((m) => {
      if (
        m instanceof Y.Map &&
        m.get('blockId') === args.blockId &&
        m.get('groupId') === args.groupId
      )
        m.delete('groupId');
    });
    maps.groups.delete(args.groupId);
  });
}

/** A note's place in the grouping: its group field and its age. */
export interface GroupMember {
  id: string;
  groupId: string | null;
  createdAt: number;
}

/** Oldest first, ties by id: the same order on every replica. */
export const byAge = (a: { id: string; createdAt: number }, b: { id: string; createdAt: number }) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The groups of one block's notes (hidden ones count too): every group field shared by at least
 * two notes, named from the groups map, oldest first. The one grouping rule, used by readGroups
 * and the renderer's incremental board reader.
 */
export function groupsOf(doc: Y.Doc, members: Iterable<GroupMember>): BoardGroup[] {
  const byGroup = new Map<string, GroupMember[]>();
  for (const m of members) {
    if (m.groupId === null) continue;
    const list = byGroup.get(m.groupId) ?? [];
    list.push(m);
    byGroup.set(m.groupId, list);
  }
  const names = boardMaps(doc).groups;
  const out: (BoardGroup & { createdAt: number })[] = [];
  for (const [id, list] of byGroup) {
    if (list.length < 2) continue;
    list.sort(byAge);
    const raw = names.get(id);
    const name =
      typeof raw === 'object' &&
      raw !== null &&
      typeof (raw as { name?: unknown }).name === 'string'
        ? (raw as { name: string }).name
        : '';
    out.push({ id, name, noteIds: list.map((n) => n.id), createdAt: list[0]!.createdAt });
  }
  out.sort(byAge);
  return out.map(({ id, name, noteIds }) => ({ id, name, noteIds }));
}

/** A note map's group field and age, tolerant of mistyped fields from older or hostile peers. */
export function groupMemberOf(id: string, m: Y.Map<unknown>): GroupMember {
  const g = m.get('groupId');
  const at = m.get('createdAt');
  return {
    id,
    groupId: typeof g === 'string' ? g : null,
    createdAt: typeof at === 'number' && Number.isFinite(at) ? at : 0,
  };
}

export function readGroups(doc: Y.Doc, blockId: string): BoardGroup[] {
  const members: GroupMember[] = [];
  boardMaps(doc).notes.forEach((m, id) => {
    if (isBlockNote(id, m, blockId)) members.push(groupMemberOf(id, m));
  });
  return groupsOf(doc, members);
}
