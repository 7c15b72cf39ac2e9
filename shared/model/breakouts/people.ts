// Who takes part in a breakout: the named participants the roster admits, each with the value of
// the attribute they chose. Read by the attendee's page, the console's split and the host.
import type * as Y from 'yjs';
import { sessionDoc } from '../doc';
import { listParticipants } from '../session/read';
import { isAdmitted, rosterEmpty } from '../roster/read';
import type { Person } from './split';

/** Who takes part now: named participants the roster admits, with their attribute value. */
export function breakoutPeople(doc: Y.Doc): Person[] {
  const open = rosterEmpty(doc);
  return listParticipants(doc)
    .filter((p) => open || isAdmitted(doc, p.id))
    .map((p) => ({ id: p.id, attribute: attributeOf(doc, p.id) }));
}

/** The attribute value a participant chose ('' when none). */
export function attributeOf(doc: Y.Doc, participantId: string): string {
  const v = sessionDoc(doc).participants.get(participantId)?.get?.('attribute');
  return typeof v === 'string' ? v : '';
}
