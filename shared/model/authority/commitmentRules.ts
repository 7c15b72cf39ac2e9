// Who may write an action's status (issue 25), for the judge on the hub and the mesh alike: an
// attendee only into the history of an action whose Responsible is the name they confirmed here
// (the facilitator is never asked), and a name only while nobody else has confirmed it. The
// commands check the same before writing (series/commands.ts); this is the check an attendee with
// devtools cannot skip.
import type * as Y from 'yjs';
import { ACTION_UPDATES, COMMITMENT_LINKS } from '../series/names';
import { linkedName, listCommitmentLinks, sameName } from '../series/read';
import { registerMaps } from '../registers/names';
import { readAction } from '../registers/read';
import { participantOfVoter, splitActionUpdateKey, splitCommitmentLinkKey } from './ownerKeys';

/** Why an attendee may not write (or delete) this entry of the series' types; null when they may
 * (and for every other type). */
export function commitmentRefusal(
  doc: Y.Doc,
  root: string | null,
  entryKey: string,
): string | null {
  if (root === ACTION_UPDATES) {
    const parts = splitActionUpdateKey(entryKey);
    const participant = parts ? participantOfVoter(parts.writer) : null;
    if (!parts || participant === null) return `${entryKey} is not an attendee's action update`;
    const m = registerMaps(doc).actions.get(parts.actionId);
    const action = m ? readAction(parts.actionId, m) : null;
    if (!action) return `there is no action ${parts.actionId}`;
    const name = linkedName(doc, participant);
    if (name === null || !sameName(name, action.responsible))
      return `action ${parts.actionId}'s status is written by its Responsible or the facilitator`;
    return null;
  }
  if (root === COMMITMENT_LINKS) {
    const parts = splitCommitmentLinkKey(entryKey);
    if (!parts) return `${entryKey} is not a name link`;
    const taken = listCommitmentLinks(doc).some(
      (l) => l.participantId !== parts.participant && sameName(l.name, parts.name),
    );
    return taken ? `the name ${parts.name} is already someone else's here` : null;
  }
  return null;
}
