// What the facilitator's state allows, for the judge: an answer only while its poll is open, a
// board vote (cast or taken back) only while that block's voting is open, grouping (a note's
// group, a group's name) only on a revealed board (or a breakout group's board its members read)
// whose settings let attendees group. The commands check the
// same before writing; this is the check an attendee with devtools cannot skip, on the hub and on
// the mesh alike. Reads only the facilitator-only maps, which come from the hub alone.
import * as Y from 'yjs';
import { POLLS, POLL_ANSWERS } from '../polls/names';
import { BOARD_MAPS } from '../board/names';
import { voterSlot } from './ownerKeys';
import { commitmentRefusal } from './commitmentRules';
import { groupBoardReads } from './breakoutRules';

/** Why an attendee may not write or delete this entry now; null when the facilitator's state
 * allows it (and for every type it does not govern). */
export function closedBecause(
  doc: Y.Doc,
  root: string | null,
  entryKey: string | null,
  field: string | null = null,
): string | null {
  if (entryKey === null) return null;
  if (root === BOARD_MAPS.groups) return groupingClosed(doc, groupNote(entryKey));
  if (root === BOARD_MAPS.notes && field === 'groupId') return groupingClosed(doc, entryKey);
  if (root === POLL_ANSWERS) {
    const pollId = voterSlot(entryKey).subject;
    const poll = doc.getMap<unknown>(POLLS).get(pollId) as { state?: unknown } | undefined;
    return poll?.state === 'open' ? null : `poll ${pollId} is not open`;
  }
  if (root === BOARD_MAPS.votes) {
    const blockId = voterSlot(entryKey).subject;
    const voting = doc.getMap<unknown>(BOARD_MAPS.control).get(`${blockId}/voting`);
    return voting === 'open' ? null : `voting on ${blockId} is not open`;
  }
  return commitmentRefusal(doc, root, entryKey);
}

/** The note a group is named after: groups are `g-<noteId>` (groupCommands.ts: groupNotes). */
const groupNote = (groupId: string): string => (groupId.startsWith('g-') ? groupId.slice(2) : '');

/** Why attendees may not group on the board of this note now, or null. A note the replica does
 * not hold yet (created in the same update) is judged when it is grouped again. */
function groupingClosed(doc: Y.Doc, noteId: string): string | null {
  const note = doc.getMap<unknown>(BOARD_MAPS.notes).get(noteId);
  if (!(note instanceof Y.Map)) return noteId ? null : 'a group is named after a note';
  const blockId = note.get('blockId');
  const control = doc.getMap<unknown>(BOARD_MAPS.control);
  const settings = control.get(`${String(blockId)}/settings`) as
    { attendeesMayGroup?: unknown } | undefined;
  if (settings?.attendeesMayGroup === false) return `the facilitator groups on ${String(blockId)}`;
  // A breakout group's members group before the reveal once they read each other's notes.
  return control.get(`${String(blockId)}/phase`) === 'revealed' ||
    (typeof blockId === 'string' && groupBoardReads(doc, blockId))
    ? null
    : `notes on ${String(blockId)} are not revealed`;
}
