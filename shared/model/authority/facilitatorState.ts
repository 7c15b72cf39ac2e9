// What the facilitator's state allows, for the judge: an answer only while its poll is open, a
// board vote (cast or taken back) only while that block's voting is open. The commands check the
// same before writing; this is the check an attendee with devtools cannot skip, on the hub and on
// the mesh alike. Reads only the facilitator-only maps, which come from the hub alone.
import type * as Y from 'yjs';
import { POLLS, POLL_ANSWERS } from '../polls/names';
import { BOARD_MAPS } from '../board/names';
import { voterSlot } from './ownerKeys';
import { commitmentRefusal } from './commitmentRules';

/** Why an attendee may not write or delete this entry now; null when the facilitator's state
 * allows it (and for every type it does not govern). */
export function closedBecause(
  doc: Y.Doc,
  root: string | null,
  entryKey: string | null,
): string | null {
  if (entryKey === null) return null;
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
