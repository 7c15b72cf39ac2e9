// A series of sessions (issue 25): the next offsite follows up the last one, carrying its open
// commitments. This area's top-level types and what each declares (gathered by the schema
// registry): actions' status updates (their history), participants' confirmed names, and the
// decisions of earlier sessions (read-only). The series link itself is `meta.series`, which only
// the host writes (session/names.ts declares it host-only).
import type * as Y from 'yjs';
import { actionUpdateOwner, commitmentLinkOwner } from '../authority/ownerKeys';
import type { TypeSpec } from '../typeSpec';

/** The key of `meta` holding the session's place in its series (a SeriesLink), host-written. */
export const SERIES_META_KEY = 'series';

/** Where a session stands in its series. The first session of a series has number 1. */
export interface SeriesLink {
  seriesId: string;
  /** 1 for the first session, then 2, 3 … */
  number: number;
  /** The title of the session this one follows up (null for the first). */
  previousTitle: string | null;
}

/** actionId/writer/updateId -> Y.Map { status, note, date, at, byName, session }. */
export const ACTION_UPDATES = 'actionUpdates';
/** name/participantId -> Y.Map { name, at }: a participant confirmed that a name is theirs. */
export const COMMITMENT_LINKS = 'commitmentLinks';
/** decisionId -> Y.Map of the decision's fields plus `session` (its title): earlier sessions'
 * decisions, for reference. Written by the host when it makes a follow-up, by nobody after. */
export const CARRIED_DECISIONS = 'carriedDecisions';

/** What a review says of a carried action. */
export const REVIEW_STATUSES = ['done', 'on track', 'at risk', 'slipped', 'dropped'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** Every status an update may record: the action's own four and the review's five. */
export const UPDATE_STATUSES = [
  'open',
  'in progress',
  'done',
  'on track',
  'at risk',
  'slipped',
  'dropped',
] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const UPDATE_NOTE_MAX_CHARS = 200;

/** One entry of an action's status history. */
export interface ActionUpdate {
  /** The entry's key (actionUpdateKey). */
  key: string;
  actionId: string;
  status: UpdateStatus;
  /** One line. */
  note: string;
  /** yyyy-mm-dd: the day the status holds for. */
  date: string;
  /** When it was written (ms). */
  at: number;
  /** Who wrote it, as shown: the Responsible's name or "Facilitator". */
  byName: string;
  /** The participant id that wrote it; null for the facilitator. */
  byParticipant: string | null;
  /** The number in its series of the session it was written in. */
  session: number;
}

export interface CommitmentLink {
  key: string;
  /** The name as the participant confirmed it (as written in the actions). */
  name: string;
  participantId: string;
  at: number;
}

export const SERIES_TYPES: readonly TypeSpec[] = [
  {
    name: ACTION_UPDATES,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: actionUpdateOwner,
    maxFieldChars: 200,
    undo: 'all',
    projections: ['registers'],
    description:
      'each action’s status history; written by its Responsible participant (once their name is ' +
      'linked, authority/commitmentRules.ts) or the facilitator',
  },
  {
    name: COMMITMENT_LINKS,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: commitmentLinkOwner,
    maxFieldChars: 200,
    projections: ['registers'],
    description:
      'a participant’s confirmation that a name in the actions is theirs; first claim wins',
  },
  {
    name: CARRIED_DECISIONS,
    kind: 'map',
    writer: 'host',
    maxFieldChars: 0,
    projections: ['registers'],
    description: 'decisions of earlier sessions of the series, read-only, carried by the host',
  },
];

export const seriesMaps = (doc: Y.Doc) => ({
  updates: doc.getMap<Y.Map<unknown>>(ACTION_UPDATES),
  links: doc.getMap<Y.Map<unknown>>(COMMITMENT_LINKS),
  decisions: doc.getMap<Y.Map<unknown>>(CARRIED_DECISIONS),
});
