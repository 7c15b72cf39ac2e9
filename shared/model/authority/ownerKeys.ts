// Every owner key, built and parsed here and nowhere else. Entries that belong to one participant
// say so in their key:
// - `participants`:  `<participantId>`;
// - a board's "done" flags: `<blockId>/<participantId>`;
// - one-per-voter entries: `<subject>/p.<participantId>` (named, signed by its participant) or
//   `<subject>/a.<pseudonym>` (anonymous, through the host only), with an entry id after it for
//   board votes (`<blockId>/<voter>/<entryId>`; upvotes and poll answers have none).
// The host holds each participant to one pseudonym per subject (authority/hubAuthority.ts).
import { votePseudonym } from '../board/boardCrypto';
import { invalid } from '../refusals';

/** What a key's parser says of it: a participant id, anonymous, or not a valid key at all. */
export type KeyOwner = { participant: string } | { anonymous: true } | null;

/** The owner the facilitator's own writes are recorded under (client bindings, coAuthors). */
export const FACILITATOR_OWNER = 'facilitator';

const decode = (text: string): string | null => {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
};

/** `participants`: the key is the participant id. */
export const participantKeyOwner = (key: string): KeyOwner => (key ? { participant: key } : null);

/** A "done" flag's key: `<blockId>/<participantId>`. */
export const readyKey = (blockId: string, participantId: string): string =>
  `${blockId}/${encodeURIComponent(participantId)}`;

/** The participant named in a "done" flag's key. */
export const readyKeyOwner = (key: string): KeyOwner => {
  const parts = key.split('/');
  if (parts.length !== 2 || !parts[1]) return null;
  const participant = decode(parts[1]);
  return participant === null ? null : { participant };
};

/** A voter key's parts: the subject (a block, question or poll), the voter, the entry id. */
export interface VoterKeyParts {
  subject: string;
  /** `p.<participantId>` or `a.<pseudonym>`. */
  voter: string;
  entry?: string;
}

/** Splits `<subject>/<voter>` (`segments` 2) or `<subject>/<voter>/<entry>` (3); null if not. */
export function splitVoterKey(key: string, segments: 2 | 3): VoterKeyParts | null {
  const parts = key.split('/');
  if (parts.length !== segments || parts.some((p) => !p)) return null;
  return { subject: parts[0]!, voter: parts[1]!, ...(segments === 3 ? { entry: parts[2]! } : {}) };
}

/** The subject and voter of any voter key, whatever follows them (empty when missing). */
export function voterSlot(key: string): { subject: string; voter: string } {
  const [subject = '', voter = ''] = key.split('/');
  return { subject, voter };
}

/** Who a voter part names: the participant of `p.<id>`, anonymous for `a.<pseudonym>`. */
export function voterOwnerOf(voter: string): KeyOwner {
  if (voter.startsWith('a.') && voter.length > 2) return { anonymous: true };
  if (!voter.startsWith('p.') || voter.length <= 2) return null;
  const participant = decode(voter.slice(2));
  return participant === null ? null : { participant };
}

/** Named voters' participant id from their voter part; null for anonymous or malformed ones. */
export function participantOfVoter(voter: string): string | null {
  const owner = voterOwnerOf(voter);
  return owner && 'participant' in owner ? owner.participant : null;
}

/** Who owns a voter's key of `segments` parts. */
export function voterOwner(key: string, segments: 2 | 3): KeyOwner {
  const parts = splitVoterKey(key, segments);
  return parts ? voterOwnerOf(parts.voter) : null;
}

/** Upvotes and poll answers: `<subject>/p.<participant>` or `<subject>/a.<pseudonym>`. */
export const subjectVoterOwner = (key: string): KeyOwner => voterOwner(key, 2);

/** Board votes: `<blockId>/<voter>/<entryId>`. */
export const boardVoteOwner = (key: string): KeyOwner => voterOwner(key, 3);

/**
 * The voter part for a subject: named by participant id, or a pseudonym derived from the author
 * key and `domain` (the block id for board votes, `question:<id>` or `poll:<id>` for the toolkit,
 * so a poll's pseudonym never equals a board's or a question's).
 */
export function voterKey(
  domain: string,
  voter: { participantId: string; authorKey?: Uint8Array },
  anonymous: boolean,
): string {
  if (!anonymous) return `p.${encodeURIComponent(voter.participantId)}`;
  if (!voter.authorKey) throw invalid('key.missing');
  return `a.${votePseudonym(voter.authorKey, domain)}`;
}

/** The voter part of an upvote's or a poll answer's key. */
export const subjectVoterKey = (
  domain: 'question' | 'poll',
  subjectId: string,
  voter: { participantId: string; authorKey?: Uint8Array },
  anonymous: boolean,
): string => voterKey(`${domain}:${subjectId}`, voter, anonymous);

/**
 * A status update of an action (issue 25): `<actionId>/p.<participantId>/<updateId>` when its
 * Responsible participant wrote it, `<actionId>/f/<updateId>` when the facilitator (or the host,
 * migrating) did. Only the participant form has an owner a participant can be.
 */
export const actionUpdateKey = (
  actionId: string,
  writer: { participantId: string } | 'facilitator',
  updateId: string,
): string =>
  `${actionId}/${writer === 'facilitator' ? 'f' : `p.${encodeURIComponent(writer.participantId)}`}/${updateId}`;

/** The parts of an action update's key; null when it is not one. */
export function splitActionUpdateKey(
  key: string,
): { actionId: string; writer: string; updateId: string } | null {
  const parts = key.split('/');
  if (parts.length !== 3 || parts.some((p) => !p)) return null;
  return { actionId: parts[0]!, writer: parts[1]!, updateId: parts[2]! };
}

/** Who owns an action update: the participant of `p.<id>`; `f` is nobody's but the facilitator's. */
export const actionUpdateOwner = (key: string): KeyOwner => {
  const parts = splitActionUpdateKey(key);
  const participant = parts ? participantOfVoter(parts.writer) : null;
  return participant === null ? null : { participant };
};

/** A participant's confirmed name in a series (issue 25): `<name>/<participantId>`, the name
 * URI-encoded and lower-cased, so one name has one key prefix whoever claims it. */
export const commitmentLinkKey = (name: string, participantId: string): string =>
  `${encodeURIComponent(name.trim().toLowerCase())}/${encodeURIComponent(participantId)}`;

/** The name and participant of a link's key; null when it is not one. */
export function splitCommitmentLinkKey(key: string): { name: string; participant: string } | null {
  const parts = key.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const name = decode(parts[0]);
  const participant = decode(parts[1]);
  return name === null || participant === null ? null : { name, participant };
}

export const commitmentLinkOwner = (key: string): KeyOwner => {
  const parts = splitCommitmentLinkKey(key);
  return parts ? { participant: parts.participant } : null;
};
