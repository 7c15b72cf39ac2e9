// Breakouts' top-level types and what each declares (gathered by the schema registry): the
// facilitator's plan and state of each block's breakout, who is in which group (facilitator
// state: written by the facilitator, or by the host placing people within the facilitator's
// plan), attendees' own picks when they choose a group, and each member's sealed copy of their
// group's notes key. Each group works on a board of its own, `<blockId>~<groupId>`, kept in the
// board's maps like any block's board.
import { readyKeyOwner } from '../authority/ownerKeys';
import { facilitatorType, type TypeSpec } from '../typeSpec';

export const BREAKOUT_MAPS = {
  /** Facilitator-only: `<blockId>/plan|state|broadcast|report` and `<blockId>/lifted/<noteId>`. */
  control: 'breakouts',
  /** Facilitator (or host) only: `<blockId>/<participantId>` -> groupId. */
  members: 'breakoutMembers',
  /** Each attendee's own: `<blockId>/<participantId>` -> the group they ask to join. */
  picks: 'breakoutPicks',
  /** Facilitator (or host) only: `<groupBoardId>/<participantId>` -> the group board's notes
   * secret key, sealed to that member's box key (their participant entry's `boxKey`), beside
   * that box key: `{ sealed, box }`. */
  sight: 'breakoutSight',
} as const;

export const BREAKOUT_TYPES: readonly TypeSpec[] = [
  facilitatorType(
    BREAKOUT_MAPS.control,
    "each block's breakout: its plan (groups, rule), state, broadcast, report-out and lifted notes",
    ['breakouts'],
  ),
  facilitatorType(
    BREAKOUT_MAPS.members,
    'who is in which group: the facilitator, or the host within the facilitator\u2019s plan',
    ['breakouts'],
  ),
  {
    name: BREAKOUT_MAPS.picks,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: readyKeyOwner,
    maxFieldChars: 64,
    projections: ['breakouts'],
    description: 'the group an attendee asks to join (self-selection); the host places them',
  },
  facilitatorType(
    BREAKOUT_MAPS.sight,
    "each member's sealed copy of their group board's notes key",
    ['breakouts'],
  ),
];
