// Who wrote a question or a parked item, checkable by anyone: a named entry carries its author's
// public key `k` and a signature `g` over the entry (its type and id) and its `authorId`
// (signedEntries.ts, scope `author`). The hub already holds every attendee to their own
// `authorId`, and the mesh takes structs only of clients the host bound; but a peer can write
// under another's bound client id at clocks a receiver has not seen, so a reader shows an entry an
// attendee's client created only when its author signed it. Entries of the facilitator's, the
// host's (migrations) or older clients came through the hub, which the mesh cannot speak for.
import type * as Y from 'yjs';
import { boundWriter } from './judgeUpdate';
import { entryClaim, signEntry, signedBy } from './signedEntries';

const entryKey = (root: string, entryId: string) => `${root}/${entryId}`;

/** The text an author signs for an entry (for signers other than tweetnacl: the test kit's). */
export const authorClaim = (root: string, entryId: string, authorId: string): string =>
  entryClaim('author', entryKey(root, entryId), authorId);

/** The `k` and `g` fields a named entry carries; throws when the key is not the author's. */
export function signAuthor(
  root: string,
  entryId: string,
  author: { participantId: string; authorKey?: Uint8Array },
): { k: string; g: string } {
  return signEntry('author', entryKey(root, entryId), author.participantId, author);
}

/** May a reader show this entry of `root`? */
export function authorVouched(
  doc: Y.Doc,
  root: string,
  entryId: string,
  m: Y.Map<unknown>,
): boolean {
  const authorId = m.get('authorId');
  if (typeof authorId !== 'string' || !authorId) return true; // claims nobody
  const creator = m._item ? boundWriter(doc, m._item.id.client) : null;
  if (creator?.kind !== 'participant') return true;
  return signedBy(authorId, 'author', entryKey(root, entryId), authorId, {
    k: m.get('k'),
    g: m.get('g'),
  });
}
