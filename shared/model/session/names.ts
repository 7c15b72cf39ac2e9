// The session's own top-level types and what each declares (gathered by the schema registry):
// its metadata, the host's client bindings, who takes part, schema 1's loose notes, and what the
// projector shows.
import { participantKeyOwner } from '../authority/ownerKeys';
import { facilitatorType, type TypeSpec } from '../typeSpec';

export const META = 'meta';
/** The host's client-binding map: Yjs client id -> the participant (or "facilitator"). */
export const CLIENTS_MAP = 'clients';
export const PARTICIPANTS = 'participants';
/** Schema 1's loose notes, folded into the parking lot by the v1→v2 migration. */
export const LEGACY_NOTES = 'notes';
export const PROJECTOR_VIEW_MAP = 'projectorView';

export const SESSION_TYPES: readonly TypeSpec[] = [
  facilitatorType(
    META,
    'title, createdAt, template, session details, language (exports, projector); schemaVersion and series by the host only',
    ['doc'],
    { hostOnlyKeys: ['schemaVersion', 'series'] },
  ),
  {
    name: CLIENTS_MAP,
    kind: 'map',
    writer: 'host',
    maxFieldChars: 0,
    projections: ['presence'],
    description: 'Yjs client id -> the participant (or "facilitator") whose connection declared it',
  },
  {
    name: PARTICIPANTS,
    kind: 'map',
    writer: 'owner',
    ownerBy: 'key',
    keyOwner: participantKeyOwner,
    lobby: true,
    maxFieldChars: 200,
    // A note's shown author is its writer's participant entry.
    projections: ['doc', 'board'],
    description:
      'participantId -> { id, name, joinedAt, k, g }: the name signed by its participant',
  },
  {
    // The v1→v2 migration (run by the host) folds them into the parking lot and deletes them.
    // Nobody writes them since.
    name: LEGACY_NOTES,
    kind: 'map',
    writer: 'host',
    maxFieldChars: 0,
    projections: [],
    description: 'schema 1 loose notes, folded into parkingLot by v1→v2',
  },
  facilitatorType(
    PROJECTOR_VIEW_MAP,
    'what the projector shows (the room, the join screen, hold), its page and focus',
    ['projectorScreen'],
  ),
];
