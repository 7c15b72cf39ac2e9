// The one signing scheme for attendee-owned entries (board votes, poll answers, "done" flags,
// the author of a question, parked item or board note, a participant's name): the entry carries its participant's public key `k`
// and a signature `g` over a claim naming the entry's key and value. A reader counts the entry only when `k` hashes to the participant id in the
// key and the signature holds, so a copy under another key, or a forged value, counts for nobody.
import {
  decodePublicKey,
  encodePublicKey,
  participantIdOf,
  participantKeys,
  signText,
  verifyText,
} from './signing';
import { invalid } from '../refusals';

/** The claim's scope: `vote` for board votes, `toolkit` for poll answers (and upvotes), `ready`
 * for "done" flags, `author` for who wrote a question, a parked item or a board note, `name` for
 * a participant's own name. */
export type EntryScope = 'vote' | 'toolkit' | 'ready' | 'author' | 'name';

/** Checks already made (a reader re-counts on every change; tweetnacl takes milliseconds). */
const checked = new Map<string, boolean>();
const CHECKED_MAX = 20_000;

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
  if (!voter.authorKey) throw invalid('key.missing');
  const keys = participantKeys(voter.authorKey);
  if (participantIdOf(keys.publicKey) !== voter.participantId) throw invalid('key.mismatch');
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
  if (typeof raw.k !== 'string' || typeof raw.g !== 'string') return false;
  const memo = `${participantId}\n${entryClaim(scope, key, value)}\n${raw.k}\n${raw.g}`;
  const known = checked.get(memo);
  if (known !== undefined) return known;
  const pk = decodePublicKey(raw.k);
  const ok =
    !!pk &&
    participantIdOf(pk) === participantId &&
    verifyText(pk, entryClaim(scope, key, value), raw.g);
  if (checked.size >= CHECKED_MAX) checked.clear();
  checked.set(memo, ok);
  return ok;
}
