// Keys and signatures shared by the toolkit's one-per-participant entries (question upvotes and
// poll answers): `${subjectId}/p.${participantId}` for a named entry, signed by its participant,
// or `${subjectId}/a.${pseudonym}` for an anonymous one, which reaches the room through the host
// only; the host holds each participant to one pseudonym per subject (hubAuthority.ts).
import { votePseudonym } from '../board/boardCrypto';
import {
  decodePublicKey,
  encodePublicKey,
  participantIdOf,
  participantKeys,
  signText,
  verifyText,
} from './signing';
import type { KeyOwner } from '../schema';
import { ValidationError } from '../limits';

/** `${subjectId}/p.<participant>` or `${subjectId}/a.<pseudonym>`: who owns such a key. */
export const subjectVoterOwner = (key: string): KeyOwner => voterOwner(key, 2);

/**
 * Who owns a voter's key: `<subject>/p.<participant>` or `<subject>/a.<pseudonym>` (the toolkit's
 * upvotes and answers, `segments` 2) or the same with an entry id after it (board votes, 3).
 * Every segment must be non-empty; the voter is always the second.
 */
export function voterOwner(key: string, segments: 2 | 3): KeyOwner {
  const parts = key.split('/');
  if (parts.length !== segments || parts.some((p) => !p)) return null;
  const voter = parts[1]!;
  if (voter.startsWith('a.') && voter.length > 2) return { anonymous: true };
  if (!voter.startsWith('p.') || voter.length <= 2) return null;
  try {
    return { participant: decodeURIComponent(voter.slice(2)) };
  } catch {
    return null;
  }
}

/** The voter part of a key: named by participant id, or a pseudonym for this subject only. */
export function subjectVoterKey(
  domain: 'question' | 'poll',
  subjectId: string,
  voter: { participantId: string; authorKey?: Uint8Array },
  anonymous: boolean,
): string {
  if (!anonymous) return `p.${encodeURIComponent(voter.participantId)}`;
  if (!voter.authorKey) throw new ValidationError('Your private key is missing; reload the page.');
  // A domain of its own, so a poll's pseudonym never equals a board's or a question's.
  return `a.${votePseudonym(voter.authorKey, `${domain}:${subjectId}`)}`;
}

/** What a named participant signs for an entry: its key and its value. */
const entryClaim = (key: string, value: string) => `offsite/toolkit/${key}/${value}`;

/** Signs a named entry's value with the participant's key; throws if the key is not theirs. */
export function signEntry(
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
    g: signText(keys.secretKey, entryClaim(key, value)),
  };
}

/** A named entry counts only when the key it carries is its participant's and the signature holds. */
export function entrySignedByOwner(
  key: string,
  value: string,
  raw: Record<string, unknown>,
): boolean {
  const owner = subjectVoterOwner(key);
  if (!owner) return false;
  if ('anonymous' in owner) return true; // anonymous entries come only through the host
  const pk = decodePublicKey(raw.k);
  if (!pk || participantIdOf(pk) !== owner.participant) return false;
  return verifyText(pk, entryClaim(key, value), raw.g);
}
