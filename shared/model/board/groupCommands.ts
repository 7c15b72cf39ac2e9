// Grouping notes on a board: drop one note (or several) onto another to form a group, name it,
// take a note out, dissolve it. A note's group is a field on the note; names live beside them.
import * as Y from 'yjs';
import { LOCAL_ORIGIN, transact } from '../doc';
import { cleanText, ValidationError } from '../limits';
import { boardMaps, GROUP_NAME_MAX_CHARS, type BoardViewer } from './boardDoc';
import { BoardPermissionError, getNoteMap, requireControl } from './boardWrite';

export interface BoardGroup {
  id: string;
  name: string;
  /** Oldest first. A group shows only while it holds at least two notes. */
  noteIds: string[];
}

function requireMayGroup(doc: Y.Doc, blockId: string, actor: BoardViewer): void {
  const control = requireControl(doc, blockId);
  if (control.phase !== 'revealed') throw new ValidationError('Reveal the notes before grouping.');
  if (!actor.isFacilitator && !control.settings.attendeesMayGroup)
    throw new BoardPermissionError('The facilitator does the grouping on this board.');
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
  if (moved.some((m) => m.get('blockId') !== blockId))
    throw new ValidationError('Only notes on the same board can be grouped.');
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

export function readGroups(doc: Y.Doc, blockId: string): BoardGroup[] {
  const maps = boardMaps(doc);
  const members = new Map<string, { id: string; at: number }[]>();
  maps.notes.forEach((m, id) => {
    if (!(m instanceof Y.Map) || m.get('blockId') !== blockId) return;
    const g = m.get('groupId');
    if (typeof g !== 'string') return;
    const at = m.get('createdAt');
    const list = members.get(g) ?? [];
    list.push({ id, at: typeof at === 'number' ? at : 0 });
    members.set(g, list);
  });
  const byAge = (a: { id: string; at: number }, b: { id: string; at: number }) =>
    a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const out: (BoardGroup & { at: number })[] = [];
  for (const [id, list] of members) {
    if (list.length < 2) continue;
    list.sort(byAge);
    const raw = maps.groups.get(id);
    const name =
      typeof raw === 'object' &&
      raw !== null &&
      typeof (raw as { name?: unknown }).name === 'string'
        ? (raw as { name: string }).name
        : '';
    out.push({ id, name, noteIds: list.map((n) => n.id), at: list[0]!.at });
  }
  out.sort(byAge);
  return out.map(({ id, name, noteIds }) => ({ id, name, noteIds }));
}
