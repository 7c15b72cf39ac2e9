import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '#shared/model/doc';
import { docSchemaVersion, migrateDoc, MigrationError, MIGRATIONS } from '#shared/model/migrations';
import type { Migration } from '#shared/model/migrations';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { getAgenda } from '#shared/model/agenda/read';
import { initSession } from '#shared/model/session/commands';
import { listParticipants, readMeta } from '#shared/model/session/read';
import { listActions, listMeasures } from '#shared/model/registers/read';
import { actionHistories, readSeriesLink } from '#shared/model/series/read';

/** Frozen: generated once from a doc written before schemaVersion existed; never regenerated. */
const V0_FIXTURE = new URL('../../../fixtures/sessions/v0-session.bin', import.meta.url);
/** Frozen: written by schema 1's own commands (makeV1Session.mjs beside it); never regenerated. */
const V1_FIXTURE = new URL('../../../fixtures/sessions/v1-session.bin', import.meta.url);
/** Frozen: written by schema 2's own commands (makeV2Session.mjs beside it); never regenerated. */
const V2_FIXTURE = new URL('../../../fixtures/sessions/v2-session.bin', import.meta.url);

function loadFixture(url = V0_FIXTURE): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(fs.readFileSync(url)));
  return doc;
}

/** The loose notes of a schema-1 doc, read raw (their model is gone since schema 2). */
const looseNotes = (doc: Y.Doc) =>
  [...doc.getMap<Y.Map<unknown>>('notes').entries()].map(([id, m]) => ({
    id,
    ...(m.toJSON() as { text: string }),
  }));

describe('migrations', () => {
  it('form one chain from version 0 to SCHEMA_VERSION', () => {
    let v = 0;
    for (const m of MIGRATIONS) {
      expect(m.from).toBe(v);
      v = m.to;
    }
    expect(v).toBe(SCHEMA_VERSION);
  });

  it('v0→v1: stamps schemaVersion on the frozen v0 fixture and keeps its content', () => {
    const doc = loadFixture();
    expect(docSchemaVersion(doc)).toBe(0);
    const before = { notes: looseNotes(doc), people: listParticipants(doc) };
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));

    const result = migrateDoc(doc, { target: 1 });
    expect(result).toEqual({ from: 0, to: 1, applied: ['v0→v1: stamp schemaVersion'] });
    expect(origins).toEqual(['migration']); // one transaction
    expect(readMeta(doc)).toEqual({
      title: 'Strategy offsite (v0)',
      createdAt: 1700000000000,
      schemaVersion: 1,
      language: 'en',
    });
    expect(looseNotes(doc)).toEqual(before.notes);
    expect(before.notes.map((n) => n.text)).toEqual([
      'Imagine 10x growth',
      'Debate vigorously, then commit',
    ]);
    expect(listParticipants(doc)).toEqual(before.people);
  });

  it('v1→v2: folds the frozen v1 fixture’s loose notes into the parking lot', () => {
    const doc = loadFixture(V1_FIXTURE);
    expect(docSchemaVersion(doc)).toBe(1);
    const people = listParticipants(doc);
    expect(looseNotes(doc)).toHaveLength(3);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));

    const result = migrateDoc(doc, { target: 2 });
    expect(result).toEqual({
      from: 1,
      to: 2,
      applied: ['v1→v2: fold loose notes into the parking lot'],
    });
    expect(origins).toEqual(['migration']);
    expect(docSchemaVersion(doc)).toBe(2);
    expect(listParkingItems(doc)).toEqual([
      {
        id: 'n1',
        text: 'Hiring plan for 2027?',
        authorId: 'p-ada',
        authorName: 'Ada Lovelace',
        createdAt: 1795683720000,
        blockId: null,
        outcome: null,
      },
      {
        id: 'n2',
        text: 'Who owns the *pricing* page?\nAsk after lunch 🍕',
        authorId: 'p-ada',
        authorName: 'Ada Lovelace',
        createdAt: 1795683780000,
        blockId: 'b-vision',
        outcome: null,
      },
      {
        id: 'n3',
        text: 'Debate vigorously, then commit',
        authorId: 'p-grace',
        authorName: 'Grace Hopper',
        createdAt: 1795683840000,
        blockId: null,
        outcome: null,
      },
    ]);
    expect(doc.getMap('notes').size).toBe(0);
    expect(listParticipants(doc)).toEqual(people);
    expect(getAgenda(doc).days[0]!.blocks.map((b) => b.id)).toEqual(['b-vision']);
  });

  it('v0 → v3 in one go: the v0 fixture’s notes end in the parking lot', () => {
    const doc = loadFixture();
    expect(migrateDoc(doc, { target: 3 }).applied).toHaveLength(3);
    expect(listParkingItems(doc).map((i) => i.text)).toEqual([
      'Imagine 10x growth',
      'Debate vigorously, then commit',
    ]);
  });

  it('v2→v3: starts the status history of the frozen v2 fixture’s actions, keeping the rest', () => {
    const doc = loadFixture(V2_FIXTURE);
    expect(docSchemaVersion(doc)).toBe(2);
    const before = {
      actions: listActions(doc),
      measures: listMeasures(doc),
      lot: listParkingItems(doc),
      people: listParticipants(doc),
    };
    expect(before.actions.map((a) => [a.id, a.status])).toEqual([
      ['a-open', 'open'],
      ['a-progress', 'in progress'],
      ['a-done', 'done'],
      ['a-dropped', 'dropped'],
    ]);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));

    expect(migrateDoc(doc, { target: 3 })).toEqual({
      from: 2,
      to: 3,
      applied: ['v2→v3: start each action’s status history'],
    });
    expect(origins).toEqual(['migration']);
    expect(docSchemaVersion(doc)).toBe(3);
    const histories = actionHistories(doc);
    expect(histories.get('a-open')).toBeUndefined();
    expect(
      ['a-progress', 'a-done', 'a-dropped'].map((id) => {
        const [u, ...more] = histories.get(id)!;
        expect(more).toEqual([]);
        return [id, u!.status, u!.date, u!.byName, u!.byParticipant, u!.session];
      }),
    ).toEqual([
      ['a-progress', 'in progress', '2026-09-14', 'Facilitator', null, 1],
      ['a-done', 'done', '2026-09-14', 'Facilitator', null, 1],
      ['a-dropped', 'dropped', '2026-09-14', 'Facilitator', null, 1],
    ]);
    // Nothing else moved: the actions read as before (carried from nowhere), the rest too.
    expect(listActions(doc)).toEqual(before.actions);
    expect(before.actions.every((a) => a.carriedFrom === null)).toBe(true);
    expect(listMeasures(doc)).toEqual(before.measures);
    expect(listParkingItems(doc)).toEqual(before.lot);
    expect(listParticipants(doc)).toEqual(before.people);
    expect(readSeriesLink(doc)).toBeNull();
    // Migrating again changes nothing.
    expect(migrateDoc(doc, { target: 3 }).applied).toEqual([]);
  });

  it('leaves a current doc alone', () => {
    const doc = new Y.Doc();
    initSession(doc, { title: 'New', now: 1 });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(migrateDoc(doc)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
    expect(transactions).toBe(0);
  });

  it('refuses a doc from a newer version with a clear error', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    expect(() => migrateDoc(doc)).toThrow(MigrationError);
    expect(() => migrateDoc(doc)).toThrow(/newer version of Offsite.*Update Offsite/);
  });

  it('runs several steps in order and stops at a gap', () => {
    const steps: Migration[] = [
      { name: 'a', from: 0, to: 1, up: (d) => d.getMap('meta').set('a', true) },
      {
        name: 'b',
        from: 1,
        to: 2,
        up: (d) => d.getMap('meta').set('b', d.getMap('meta').get('a')),
      },
    ];
    const doc = new Y.Doc();
    expect(migrateDoc(doc, { migrations: steps, target: 2 }).applied).toEqual(['a', 'b']);
    expect(doc.getMap('meta').toJSON()).toEqual({ a: true, b: true, schemaVersion: 2 });
    expect(() => migrateDoc(new Y.Doc(), { migrations: steps, target: 3 })).toThrow(
      /No migration from schema 2/,
    );
  });
});
