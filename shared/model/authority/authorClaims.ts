// Who wrote a question, a parked item or a board note, and what a participant calls themself,
// checkable by anyone: a named entry carries its author's public key `k` and a signature `g` over
// the entry (its type and id) and its `authorId`, a participant entry over its name
// (signedEntries.ts, scopes `author` and `name`). The hub already holds every attendee to their
// own `authorId` and participant entry, and the mesh takes structs only of clients the host bound;
// but a peer can write under another's bound client id at clocks a receiver has not seen, so a
// reader believes what an attendee's client wrote only when its author signed it. Entries of the
// facilitator's, the host's (migrations) or older clients came through the hub, which the mesh
// cannot speak for.
import type * as Y from 'yjs';
import { boundWriter } from './judgeUpdate';
import { entryClaim, signEntry, signedBy } from './signedEntries';
import { writtenBefore } from './signedSince';
import { deliveredByHub } from './hubDelivered';

const entryKey = (root: string, entryId: string) => `${root}/${entryId}`;

/** The text an author signs for an entry (for signers other than tweetnacl: the test kit's). */
export const authorClaim = (root: string, entryId: string, authorId: string): string =>
  entryClaim('author', entryKey(root, entryId), authorId);

/** The text a participant signs for their name. */
export const nameClaim = (participantId: string, name: string): string =>
  entryClaim('name', participantId, name);

/** The `k` and `g` fields a named entry carries; throws when the key is not the author's. */
export function signAuthor(
  root: string,
  entryId: string,
  author: { participantId: string; authorKey?: Uint8Array },
): { k: string; g: string } {
  return signEntry('author', entryKey(root, entryId), author.participantId, author);
}

/** The `k` and `g` fields of a participant entry, over their name. */
export function signName(
  name: string,
  who: { participantId: string; authorKey?: Uint8Array },
): { k: string; g: string } {
  return signEntry('name', who.participantId, name, who);
}

/** Must this struct be signed: written by a client the host bound to a participant (an
 * attendee's page), since signing began (signedSince.ts), and brought by the mesh rather than
 * the hub (hubDelivered.ts)? */
const byAttendee = (doc: Y.Doc | null, id: Y.ID | undefined): boolean =>
  !!doc &&
  id !== undefined &&
  boundWriter(doc, id.client)?.kind === 'participant' &&
  !writtenBefore(doc, id) &&
  !deliveredByHub(doc, id);

/** May a reader show this entry of `root`? */
export function authorVouched(
  doc: Y.Doc | null,
  root: string,
  entryId: string,
  m: Y.Map<unknown>,
): boolean {
  const authorId = m.get('authorId');
  if (typeof authorId !== 'string' || !authorId) return true; // claims nobody
  if (!byAttendee(doc, m._item?.id)) return true;
  return signedBy(authorId, 'author', entryKey(root, entryId), authorId, {
    k: m.get('k'),
    g: m.get('g'),
  });
}

/** May a reader believe a participant entry's name? Only when its writer (an attendee's client)
 * signed it as the participant's, or the facilitator or host wrote it. */
export function nameVouched(participantId: string, m: Y.Map<unknown>, name: string): boolean {
  const field = m._map.get('name');
  if (!byAttendee(m.doc, field?.id)) return true;
  return signedBy(participantId, 'name', participantId, name, { k: m.get('k'), g: m.get('g') });
}
