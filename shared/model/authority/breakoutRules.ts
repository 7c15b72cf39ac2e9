// What a breakout allows, for the judge: a group's board (`<blockId>~<groupId>`: its notes, note
// groups, votes and "done" flags) takes writes only from that group's members, and only while the
// breakout runs; an attendee's pick of a group only under self-selection, while they are in no
// group yet (the host seats a pick only while its group has room). Membership itself is facilitator state (its declaration says
// so). Reads the facilitator's maps only, which come from the hub alone; on the hub and on the mesh
// alike. Board ids without a `~` cost one indexOf.
import * as Y from 'yjs';
import { BOARD_MAPS } from '../board/names';
import { BREAKOUT_MAPS } from '../breakouts/names';
import {
  breakoutKey,
  memberKey,
  parseGroupBoardId,
  parsePlan,
  revealedKey,
} from '../breakouts/read';
import { readyKeyOwner } from './ownerKeys';
import { docStruct, type Place } from './places';

/** The plain value an item holds (first of its content), or undefined. */
const valueOf = (item: Y.Item | null): unknown => {
  const c = item?.content;
  return c instanceof Y.ContentAny || c instanceof Y.ContentJSON ? c.arr[0] : undefined;
};

/** The board id a note's entry (in the doc) is on, or null. */
function noteBoardInDoc(doc: Y.Doc, entryId: Y.ID | null): string | null {
  const entry = entryId ? docStruct(doc, entryId) : null;
  if (!(entry instanceof Y.Item) || !(entry.content instanceof Y.ContentType)) return null;
  const type = entry.content.type;
  const blockId = type instanceof Y.Map ? (type as Y.Map<unknown>).get('blockId') : undefined;
  return typeof blockId === 'string' ? blockId : null;
}

/** The board ids an item of the board's maps touches (its old and new one, for a note). */
function boardsTouched(doc: Y.Doc, place: Place, item: Y.Item | null): string[] {
  const key = place.entryKey;
  switch (place.root) {
    case BOARD_MAPS.notes: {
      const out: string[] = [];
      if (place.depth >= 1) {
        const current = noteBoardInDoc(doc, place.entryId);
        if (current) out.push(current);
        const v = valueOf(item);
        if (place.depth === 1 && place.field === 'blockId' && typeof v === 'string') out.push(v);
      } else if (item?.content instanceof Y.ContentType) {
        const current = noteBoardInDoc(doc, item.id);
        if (current) out.push(current);
      }
      return out;
    }
    case BOARD_MAPS.groups: {
      const v = valueOf(item) as { blockId?: unknown } | undefined;
      return typeof v?.blockId === 'string' ? [v.blockId] : [];
    }
    case BOARD_MAPS.votes:
    case BOARD_MAPS.ready:
      return key ? [key.slice(0, Math.max(0, key.indexOf('/')))] : [];
    default:
      return [];
  }
}

/**
 * Why an attendee (`person`: the participant behind the writer, null when unknown, as on the
 * mesh for an unbound client) may not write (or delete) `item` under the breakout rules; null
 * when they may. The facilitator is never asked.
 */
export function breakoutRefusal(
  doc: Y.Doc,
  place: Place,
  item: Y.Item | null,
  person: string | null,
  deleting = false,
): string | null {
  if (place.root === BREAKOUT_MAPS.picks) return deleting ? null : pickRefusal(doc, place, item);
  for (const boardId of boardsTouched(doc, place, item)) {
    const group = parseGroupBoardId(boardId);
    if (!group) continue;
    const control = doc.getMap<unknown>(BREAKOUT_MAPS.control);
    if (control.get(breakoutKey(group.blockId, 'state')) !== 'running')
      return `the breakout on ${group.blockId} is not running`;
    if (person === null) return `${boardId} takes writes only from its group's members`;
    const members = doc.getMap<unknown>(BREAKOUT_MAPS.members);
    if (members.get(memberKey(group.blockId, person)) !== group.groupId)
      return `${person} is not in group ${group.groupId}`;
  }
  return null;
}

/**
 * Whether a group board's members read each other's notes now (so they may group them before the
 * board's reveal): its breakout runs, and the plan is shared or the facilitator revealed the
 * group's notes to it. False for any other board id.
 */
export function groupBoardReads(doc: Y.Doc, boardId: string): boolean {
  const group = parseGroupBoardId(boardId);
  if (!group) return false;
  const control = doc.getMap<unknown>(BREAKOUT_MAPS.control);
  if (control.get(breakoutKey(group.blockId, 'state')) !== 'running') return false;
  const plan = parsePlan(control.get(breakoutKey(group.blockId, 'plan')));
  if (!plan?.groups.some((g) => g.id === group.groupId)) return false;
  return plan.shared || control.get(revealedKey(group.blockId, group.groupId)) === true;
}

/** A pick: only under self-selection, while the breakout runs, by someone in no group yet, for a
 * group that exists. A pick into a full group is taken as a wish the host never seats over the
 * cap (placement.ts): two people racing for a group's last seat both pick it while it looks open,
 * and refusing the loser's pick would hang every later write of theirs (a client's structs are
 * one chain). */
function pickRefusal(doc: Y.Doc, place: Place, item: Y.Item | null): string | null {
  if (place.depth !== 0 || !place.entryKey) return 'a pick is one value';
  const owner = readyKeyOwner(place.entryKey);
  if (!owner || !('participant' in owner)) return `${place.entryKey} is not a valid pick key`;
  const blockId = place.entryKey.slice(0, place.entryKey.indexOf('/'));
  const control = doc.getMap<unknown>(BREAKOUT_MAPS.control);
  const plan = parsePlan(control.get(breakoutKey(blockId, 'plan')));
  if (!plan || plan.rule !== 'self' || control.get(breakoutKey(blockId, 'state')) !== 'running')
    return `people do not choose their group on ${blockId}`;
  const members = doc.getMap<unknown>(BREAKOUT_MAPS.members);
  if (members.has(memberKey(blockId, owner.participant)))
    return `${owner.participant} is in a group already; only the facilitator moves people`;
  const groupId = valueOf(item);
  if (typeof groupId !== 'string' || !plan.groups.some((g) => g.id === groupId))
    return `no group ${String(groupId)} on ${blockId}`;
  return null;
}
