// The schema registry: every top-level type of a session's Y.Doc, gathered from the areas that
// declare them (each area's names.ts). The hub's judge, every client's mesh judge, undo and the
// renderer's projections derive their lists from it; a top-level type missing from it is
// refused, never waved through.
import type * as Y from 'yjs';
import { AGENDA_TYPES } from './agenda/names';
import { BOARD_TYPES } from './board/names';
import { BREAKOUT_TYPES } from './breakouts/names';
import { PARKING_LOT_TYPES } from './parkingLot/names';
import { POLL_TYPES } from './polls/names';
import { QUESTION_TYPES } from './questions/names';
import { REGISTER_TYPES } from './registers/names';
import { ROSTER_TYPES } from './roster/names';
import { SERIES_TYPES } from './series/names';
import { SESSION_TYPES } from './session/names';
import { TIMER_TYPES } from './timer/names';
import type { Projection, TypeSpec } from './typeSpec';

const SPECS: readonly TypeSpec[] = [
  ...SESSION_TYPES,
  ...ROSTER_TYPES,
  ...PARKING_LOT_TYPES,
  ...QUESTION_TYPES,
  ...POLL_TYPES,
  ...AGENDA_TYPES,
  ...TIMER_TYPES,
  ...BOARD_TYPES,
  ...REGISTER_TYPES,
  ...SERIES_TYPES,
  ...BREAKOUT_TYPES,
];

export const SCHEMA: ReadonlyMap<string, TypeSpec> = new Map(SPECS.map((s) => [s.name, s]));

export function typeSpec(name: string): TypeSpec | undefined {
  return SCHEMA.get(name);
}

/** The names of the types a projection re-reads on. */
export const namesWatchedBy = (projection: Projection): string[] =>
  SPECS.filter((s) => s.projections.includes(projection)).map((s) => s.name);

/** The doc's top-level types a projection re-reads on. */
export const typesWatchedBy = (
  doc: Y.Doc,
  projection: Projection,
): (Y.Map<unknown> | Y.Array<unknown>)[] =>
  SPECS.filter((s) => s.projections.includes(projection)).map((s) =>
    s.kind === 'map' ? doc.getMap(s.name) : doc.getArray(s.name),
  );

/** The top-level types every local write of which undo tracks. */
export const UNDO_TYPES: readonly string[] = SPECS.filter((s) => s.undo === 'all').map(
  (s) => s.name,
);

/** The top-level types undo tracks only for some writes (`capturable` in undo.ts says which). */
export const PARTLY_UNDONE_TYPES: readonly string[] = SPECS.filter(
  (s) => s.undo === 'column edits',
).map((s) => s.name);
