// The schema registry (DESIGN.md §5): every top-level type of a session's Y.Doc, its Yjs kind
// and who may write it. The hub's guard, every client's mesh filter and the readers derive their
// rules from this one list; a top-level type missing from it is refused, never waved through.
import { AGENDA_BLOCKS, AGENDA_DAYS, AGENDA_DAY_ORDER, LEDGER, TIMER } from './agenda/names';
import { BOARD_MAPS } from './board/boardDoc';
import { PARKING_LOT, PARKING_OUTCOMES } from './parkingLot/names';
import { POLL_ANSWERS, POLLS } from './polls/names';
import { QUESTION_MARKS, QUESTION_VOTES, QUESTIONS } from './questions/names';
import { subjectVoterOwner, voterOwner } from './authority/ownerKeys';

/**
 * Who may write a top-level type:
 * - `host`: only the host's own replica (migrations, client bindings); never accepted from a peer.
 * - `facilitator`: only a verified facilitator window (over the hub; never over the mesh).
 * - `owner`: each entry (a key of the top-level map) belongs to one participant, who alone may
 *   change or delete it; the facilitator may change any entry.
 * - `shared`: any participant may write entries (group names on boards that allow grouping).
 */
export type WriterRule = 'host' | 'facilitator' | 'owner' | 'shared';

/**
 * How the owner of an entry is known:
 * - `key`: the participant id is part of the entry's key (`keyOwner` parses it);
 * - `creator`: whoever created the entry (the Yjs client that wrote the entry's own item).
 */
export type OwnerBy = 'key' | 'creator';

/** What `keyOwner` says of a key: a participant id, anonymous, or not a valid key at all. */
export type KeyOwner = { participant: string } | { anonymous: true } | null;

export interface TypeSpec {
  readonly name: string;
  readonly kind: 'map' | 'array';
  readonly writer: WriterRule;
  readonly ownerBy?: OwnerBy;
  readonly keyOwner?: (key: string) => KeyOwner;
  /** Fields of an owned entry that any participant may also set (grouping others' notes). */
  readonly sharedFields?: readonly string[];
  /** Fields of an owned entry that only the facilitator writes or deletes (a merge's
   * `coAuthors`); the entry's owner may still delete the whole entry. */
  readonly facilitatorFields?: readonly string[];
  /** Fields whose value must be the writer's own participant id. */
  readonly selfFields?: readonly string[];
  /** Keys (of a map) that only the host writes, even where the facilitator writes the rest. */
  readonly hostOnlyKeys?: readonly string[];
  /** Entries may be written anonymously (no participant id anywhere); such writes reach the
   * room only through the host (DESIGN.md §5). */
  readonly anonymousEntries?: boolean;
  /** Longest string value a participant may write into one field of an entry. */
  readonly maxFieldChars: number;
  readonly description: string;
}

/** The participant named as the last path segment: `${blockId}/${participantId}`. */
const lastSegmentOwner = (key: string): KeyOwner => {
  const parts = key.split('/');
  if (parts.length !== 2 || !parts[1]) return null;
  try {
    return { participant: decodeURIComponent(parts[1]) };
  } catch {
    return null;
  }
};

/** A vote entry: `${blockId}/p.${participantId}/${entryId}` or `${blockId}/a.${pseudonym}/…`. */
const voteOwner = (key: string): KeyOwner => voterOwner(key, 3);

const SPECS: readonly TypeSpec[] = [
  {
    name: 'meta',
    kind: 'map',
    writer: 'facilitator',
    hostOnlyKeys: ['schemaVersion'],
    maxFieldChars: 0,
    description: 'title, createdAt, template, session details; schemaVersion by the host only',
  },
  {
    name: 'clients',
    kind: 'map',
    writer: 'host',
    maxFieldChars: 0,
    description: 'Yjs client id -> the participant (or "facilitator") whose connection declared it',
  },
  {
    name: 'participants',
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: (key) => (key ? { participant: key } : null),
    maxFieldChars: 200,
    description: 'participantId -> { id, name, joinedAt, key }',
  },
  {
    // Schema 1's loose notes; the v1→v2 migration (run by the host) folds them into the parking
    // lot and deletes them. Nobody writes them since.
    name: 'notes',
    kind: 'map',
    writer: 'host',
    maxFieldChars: 0,
    description: 'schema 1 loose notes, folded into parkingLot by v1→v2',
  },
  {
    name: PARKING_LOT,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'creator',
    selfFields: ['authorId'],
    maxFieldChars: 4000,
    description: 'the parking lot: named items, their authors’ (the facilitator may edit any)',
  },
  {
    name: PARKING_OUTCOMES,
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'what became of a parking lot item: moved to a board, decision, action, closed',
  },
  {
    name: QUESTIONS,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'creator',
    selfFields: ['authorId'],
    anonymousEntries: true,
    maxFieldChars: 1000,
    description: 'questions from the room, anonymous (one-off client id) or named',
  },
  {
    name: QUESTION_VOTES,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    // Upvotes are anonymous only: `${questionId}/a.${pseudonym}`, one pseudonym per participant
    // and question, held by the host; a `p.` key is valid for the judge but no reader counts it.
    keyOwner: subjectVoterOwner,
    anonymousEntries: true,
    maxFieldChars: 0,
    description: 'one upvote per participant and question',
  },
  {
    name: QUESTION_MARKS,
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'answered questions and the one pinned to the projector',
  },
  {
    name: POLLS,
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'polls: question, kind, options, state, results shown, decision',
  },
  {
    name: POLL_ANSWERS,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: subjectVoterOwner,
    anonymousEntries: true,
    maxFieldChars: 1000,
    description: 'one answer per participant and poll: a pseudonym, or named and signed',
  },
  { name: AGENDA_DAYS, kind: 'map', writer: 'facilitator', maxFieldChars: 0, description: 'days' },
  {
    name: AGENDA_DAY_ORDER,
    kind: 'array',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'day order',
  },
  {
    name: AGENDA_BLOCKS,
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'agenda blocks',
  },
  { name: TIMER, kind: 'map', writer: 'facilitator', maxFieldChars: 0, description: 'the timer' },
  { name: LEDGER, kind: 'map', writer: 'facilitator', maxFieldChars: 0, description: 'ledger' },
  {
    name: BOARD_MAPS.control,
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'board settings (signed public keys), phases, voting, revealed secret keys',
  },
  {
    name: BOARD_MAPS.notes,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'creator',
    sharedFields: ['groupId'],
    selfFields: ['authorId'],
    facilitatorFields: ['coAuthors'],
    anonymousEntries: true,
    // A sealed 1,000-character note is about 2,800 base64 characters.
    maxFieldChars: 6000,
    description: 'board notes: sealed while private, plain once revealed',
  },
  {
    name: BOARD_MAPS.groups,
    kind: 'map',
    writer: 'shared',
    maxFieldChars: 200,
    description: 'group names',
  },
  {
    name: BOARD_MAPS.votes,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: voteOwner,
    anonymousEntries: true,
    maxFieldChars: 1000,
    description: 'one signed entry per dot',
  },
  {
    name: BOARD_MAPS.ready,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: lastSegmentOwner,
    maxFieldChars: 0,
    description: '"I\'m done" per block and participant',
  },
  {
    name: 'decisions',
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'decision register',
  },
  { name: 'actions', kind: 'map', writer: 'facilitator', maxFieldChars: 0, description: 'RACI' },
  {
    name: 'measures',
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'success measures',
  },
  {
    name: 'projectorView',
    kind: 'map',
    writer: 'facilitator',
    maxFieldChars: 0,
    description: 'what the projector shows (the room, the join screen, hold)',
  },
  {
    name: 'suggestions',
    kind: 'map',
    writer: 'owner',
    ownerBy: 'creator',
    selfFields: ['authorId'],
    maxFieldChars: 4000,
    description: 'attendees’ suggestions for decisions and actions',
  },
];

export const SCHEMA: ReadonlyMap<string, TypeSpec> = new Map(SPECS.map((s) => [s.name, s]));

export function typeSpec(name: string): TypeSpec | undefined {
  return SCHEMA.get(name);
}

/** Top-level types only the facilitator (or the host) writes. */
export const FACILITATOR_ONLY_TYPES: readonly string[] = SPECS.filter(
  (s) => s.writer === 'facilitator' || s.writer === 'host',
).map((s) => s.name);

/** The host's client-binding map (see `clients` above). */
export const CLIENTS_MAP = 'clients';
export const FACILITATOR_OWNER = 'facilitator';
