// A session saved before breakouts (the frozen schema-2 fixture, written by schema 2's own
// commands) opens in this version: the breakouts step is applied, nothing of the session is lost,
// and its block splits into groups like any other.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '#shared/model/doc';
import { docSchemaVersion, migrateDoc } from '#shared/model/migrations';
import { listParticipants } from '#shared/model/session/read';
import { readBoard, type BoardViewer } from '#shared/model/board/index';
import { BREAKOUTS_MIGRATION_NAME } from '#shared/model/breakouts/migration';
import { startBreakout } from '#shared/model/breakouts/commands';
import { membersByGroup } from '#shared/model/breakouts/read';

/** Frozen: written by schema 2's own commands (makeV2BreakoutsSession.ts beside it); never regenerated. */
const V2_FIXTURE = new URL(
  '../../../../fixtures/sessions/v2-breakouts-session.bin',
  import.meta.url,
);

const facilitator: BoardViewer = {
  participantId: 'facilitator',
  isFacilitator: true,
  facilitatorSecret: new Uint8Array(32).fill(7),
};

function loadV2(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(fs.readFileSync(V2_FIXTURE)));
  return doc;
}

describe('the breakouts schema step', () => {
  it('opens the frozen schema-2 fixture: stamped, its people and board intact', () => {
    const doc = loadV2();
    expect(docSchemaVersion(doc)).toBe(2);
    const people = listParticipants(doc);
    const board = readBoard(doc, 'b-ideas', facilitator);
    const result = migrateDoc(doc);
    expect(result.from).toBe(2);
    expect(result.to).toBe(SCHEMA_VERSION);
    expect(result.applied.at(-1)).toContain(BREAKOUTS_MIGRATION_NAME);
    expect(docSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(listParticipants(doc)).toEqual(people);
    expect(people.map((p) => p.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    expect(readBoard(doc, 'b-ideas', facilitator)).toEqual(board);
    expect(board?.notes.map((n) => n.text)).toEqual([
      'Idea from Ada Lovelace',
      'Idea from Grace Hopper',
      'Idea from Alan Turing',
    ]);
  });

  it('splits the migrated session: 3 people into 2 groups, and refuses 5 groups', () => {
    const doc = loadV2();
    migrateDoc(doc);
    expect(() =>
      startBreakout(doc, { blockId: 'b-ideas', count: 5, rule: 'random', facilitator }),
    ).toThrow('3 people cannot make 5 groups: choose at most 3, or let people choose their group.');
    expect(doc.getMap('breakouts').size).toBe(0); // nothing written
    const b = startBreakout(doc, { blockId: 'b-ideas', count: 2, rule: 'random', facilitator });
    const sizes = [...membersByGroup(b).values()].map((m) => m.length).sort();
    expect(sizes).toEqual([1, 2]);
    // The block's columns carry over to each group's board.
    expect(readBoard(doc, 'b-ideas~g1', facilitator)?.settings.columns).toEqual(
      readBoard(doc, 'b-ideas', facilitator)?.settings.columns,
    );
  });
});
