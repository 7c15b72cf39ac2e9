// What a top-level type of a session's Y.Doc declares about itself: its Yjs kind, who may write
// it (and each of its fields), how an entry's owner is known, whether undo tracks it and which of
// the renderer's projections re-read when it changes. Each area declares its own types in its
// `names.ts`; the registry (schema.ts) only gathers them.
import type { KeyOwner } from './authority/ownerKeys';

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

/**
 * The renderer's mirrors of the doc that re-read when a type changes: `doc` (the session's
 * general store), `agenda`, `registers`, `board` (a block's board), `readiness` (who is done),
 * `projectorScreen` (what the projector shows), `presence` (who is online, as the host vouches),
 * `breakouts` (each block's groups, members and report-out).
 */
export type Projection =
  | 'doc'
  | 'agenda'
  | 'registers'
  | 'board'
  | 'readiness'
  | 'projectorScreen'
  | 'presence'
  | 'breakouts';

export interface TypeSpec {
  readonly name: string;
  readonly kind: 'map' | 'array';
  readonly writer: WriterRule;
  readonly ownerBy?: OwnerBy;
  /** For `ownerBy: 'key'`: who owns a key (one of the parsers in authority/ownerKeys.ts). */
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
   * room only through the host. */
  readonly anonymousEntries?: boolean;
  /** A participant the facilitator has not admitted (waiting in the lobby, or removed) may still
   * write their own entries here (their name); everything else of theirs is refused. */
  readonly lobby?: boolean;
  /** Longest string value a participant may write into one field of an entry. */
  readonly maxFieldChars: number;
  /** What undo tracks of it: every local write, or only column edits (the board's control). */
  readonly undo?: 'all' | 'column edits';
  /** The projections that re-read when it changes. */
  readonly projections: readonly Projection[];
  /** `all`: a follow-up session of the series (series/followUp.ts) starts with a copy of every
   * entry, whatever its fields (the measures and what records their values over time). */
  readonly carry?: 'all';
  readonly description: string;
}

/** A map (or, with `more.kind`, an array) only the facilitator writes: no participant's fields. */
export const facilitatorType = (
  name: string,
  description: string,
  projections: readonly Projection[],
  more: Partial<Pick<TypeSpec, 'kind' | 'undo' | 'hostOnlyKeys' | 'carry'>> = {},
): TypeSpec => ({
  name,
  kind: 'map',
  writer: 'facilitator',
  maxFieldChars: 0,
  projections,
  description,
  ...more,
});
