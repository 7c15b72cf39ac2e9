// The registry only gathers what the areas declare: every top-level type once, and the lists
// other modules used to keep by hand (undo's scope, the projections' watch and ignore lists)
// computed from the declarations.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  namesWatchedBy,
  PARTLY_UNDONE_TYPES,
  SCHEMA,
  typesWatchedBy,
  UNDO_TYPES,
} from '#shared/model/schema';
import { BOARD_MAPS } from '#shared/model/board/names';
import { AGENDA_TYPES } from '#shared/model/agenda/names';
import { TIMER_TYPES } from '#shared/model/timer/names';
import { REGISTER_TYPES } from '#shared/model/registers/names';
import { SESSION_TYPES } from '#shared/model/session/names';
import { PARKING_LOT_TYPES } from '#shared/model/parkingLot/names';
import { QUESTION_TYPES } from '#shared/model/questions/names';
import { POLL_TYPES } from '#shared/model/polls/names';
import { BOARD_TYPES } from '#shared/model/board/names';
import { ROSTER_TYPES } from '#shared/model/roster/names';
import { SERIES_TYPES } from '#shared/model/series/names';
import { BREAKOUT_MAPS, BREAKOUT_TYPES } from '#shared/model/breakouts/names';

describe('the schema registry', () => {
  it('gathers every area’s declarations, each name once', () => {
    const declared = [
      ...SESSION_TYPES,
      ...ROSTER_TYPES,
      ...AGENDA_TYPES,
      ...TIMER_TYPES,
      ...REGISTER_TYPES,
      ...BOARD_TYPES,
      ...PARKING_LOT_TYPES,
      ...QUESTION_TYPES,
      ...POLL_TYPES,
      ...SERIES_TYPES,
      ...BREAKOUT_TYPES,
    ].map((s) => s.name);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...SCHEMA.keys()].sort()).toEqual([...declared].sort());
    for (const spec of SCHEMA.values()) {
      if (spec.writer === 'owner') expect(spec.ownerBy, spec.name).toBeDefined();
      if (spec.ownerBy === 'key') expect(spec.keyOwner, spec.name).toBeDefined();
    }
  });

  it('derives undo’s scope: board notes and groups, the registers and parking lot outcomes; column edits only', () => {
    expect([...UNDO_TYPES].sort()).toEqual(
      [
        BOARD_MAPS.notes,
        BOARD_MAPS.groups,
        'decisions',
        'actions',
        'measures',
        // A measure's recorded value is undone like the measure (issue 25).
        'measureValues',
        'suggestions',
        // A decision or action made from a parking lot item is undone with the item's outcome.
        'parkingLotOutcomes',
        'blockOutcomes',
        // A status update is taken back with undo, like the record it is about.
        'actionUpdates',
      ].sort(),
    );
    expect(PARTLY_UNDONE_TYPES).toEqual([BOARD_MAPS.control]);
  });

  it('derives the projections’ lists from what each reader reads', () => {
    const doc = new Y.Doc();
    expect(namesWatchedBy('doc').sort()).toEqual(
      [
        'meta',
        'participants',
        'roster',
        'admission',
        'signedSince',
        'parkingLot',
        'parkingLotOutcomes',
        'questions',
        'questionVotes',
        'questionMarks',
        'polls',
        'pollAnswers',
        // Earlier sessions' health checks, read beside this one's (issue 25).
        'healthHistory',
      ].sort(),
    );
    // A note's shown author is its writer's participant entry, marked once the roster removes them.
    expect(namesWatchedBy('board').sort()).toEqual(
      [...Object.values(BOARD_MAPS), 'participants', 'roster', 'signedSince'].sort(),
    );
    // "N of M done" counts the admitted only.
    expect(namesWatchedBy('readiness').sort()).toEqual([BOARD_MAPS.ready, 'roster'].sort());
    expect(namesWatchedBy('breakouts').sort()).toEqual(Object.values(BREAKOUT_MAPS).sort());
    expect(namesWatchedBy('registers').sort()).toEqual(
      [
        'actions',
        'blockOutcomes',
        'decisions',
        'measures',
        'measureValues',
        'suggestions',
        'actionUpdates',
        'commitmentLinks',
        'carriedDecisions',
      ].sort(),
    );
    expect(namesWatchedBy('agenda').sort()).toEqual(
      ['agendaBlocks', 'agendaDayOrder', 'agendaDays', 'ledger', 'timer'].sort(),
    );
    // The agenda's day order is an array: handed out as one, never as a map.
    expect(typesWatchedBy(doc, 'agenda')).toContain(doc.getArray('agendaDayOrder'));
  });
});
