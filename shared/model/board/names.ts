// The board's top-level types and what each declares (gathered by the schema registry): the
// facilitator's control map, the notes, group names, vote entries and "done" flags of every block.
import { boardVoteOwner, readyKeyOwner } from '../authority/ownerKeys';
import { facilitatorType, type TypeSpec } from '../typeSpec';

/**
 * Top-level maps. Keys are flat composites (`blockId/...`) rather than nested maps created on
 * demand, because two replicas creating the same nested map concurrently keep only one of them.
 */
export const BOARD_MAPS = {
  /** Facilitator-only: `${blockId}/settings|phase|notesKey|voting|votesKey` -> plain values. */
  control: 'boardControl',
  /** noteId -> Y.Map of one note's fields (see BoardNoteFields). */
  notes: 'boardNotes',
  /** groupId -> { blockId, name } */
  groups: 'boardGroups',
  /** `${blockId}/${voterKey}/${entryId}` -> VoteEntryData; one entry per vote, never a counter. */
  votes: 'boardVotes',
  /** `${blockId}/${participantId}` -> true while that participant says "I'm done". */
  ready: 'boardReady',
} as const;

export const BOARD_TYPES: readonly TypeSpec[] = [
  facilitatorType(
    BOARD_MAPS.control,
    'board settings (signed public keys), phases, voting, revealed secret keys',
    ['board'],
    { undo: 'column edits' },
  ),
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
    undo: 'all',
    projections: ['board'],
    description: 'board notes: sealed while private, plain once revealed',
  },
  {
    name: BOARD_MAPS.groups,
    kind: 'map',
    writer: 'shared',
    maxFieldChars: 200,
    undo: 'all',
    projections: ['board'],
    description: 'group names',
  },
  {
    name: BOARD_MAPS.votes,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: boardVoteOwner,
    anonymousEntries: true,
    maxFieldChars: 1000,
    projections: ['board'],
    description: 'one signed entry per dot',
  },
  {
    name: BOARD_MAPS.ready,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: readyKeyOwner,
    // A signed flag: the participant's public key and signature (about 140 characters).
    maxFieldChars: 300,
    projections: ['board', 'readiness'],
    description: '"I\'m done" per block and participant, signed by them',
  },
];
