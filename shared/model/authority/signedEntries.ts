// The one signing scheme for named one-per-voter entries (board votes, poll answers): the entry
// carries its participant's public key `k` and a signature `g` over a claim naming the entry's
// key and value. A reader counts the entry only when `k` hashes to the participant id in the
// key and the signature holds, so a copy under another key, or a forged value, counts for nobody.
import {
  decodePublicKey,
  encodePublicKey,
  participantIdOf,
  participantKeys,
  signText,
  verifyText,
} from './signing';
import { ValidationError } from '../limits';

/** The claim's scope: `vote` for board votes, `toolkit` for poll answers (and upvotes). */
export type EntryScope = 'vote' | 'toolkit';

/** What a named participant signs for an entry: its scope, key and value. */
export const entryClaim = (scope: EntryScope, key: string, value: string): string =>
  `offsite/${scope}/${key}/${value}`;

/** Signs an entry's value with the participant's key; throws if the key is not theirs. */
export function signEntry(
  scope: EntryScope,
  key: string,
  value: string,
  voter: { participantId: string; authorKey?: Uint8Array },
): { k: string; g: string } {
  if (!voter.authorKey) throw new ValidationError('Your private key is missing; reload the page.');
  const keys = participantKeys(voter.authorKey);
  if (participantIdOf(keys.publicKey) !== voter.participantId)
    throw new ValidationError('Your key does not match your name here; reload the page.');
  return {
    k: encodePublicKey(keys.publicKey),
    g: signText(keys.secretKey, entryClaim(scope, key, value)),
  };
}

/** True when the entry's key `k` is `participantId`'s and its signature `g` covers key and value. */
export function signedBy(
  participantId: string,
  scope: EntryScope,
  key: string,
  value: string,
  raw: Record<string, unknown>,
): boolean {
  const pk = decodePublicKey(raw.k);
  if (!pk || participantIdOf(pk) !== participantId) return false;
  return verifyText(pk, entryClaim(scope, key, value), raw.g);
}
