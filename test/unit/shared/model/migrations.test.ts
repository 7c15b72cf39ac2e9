import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../../../shared/model/doc';
import {
  docSchemaVersion,
  migrateDoc,
  MigrationError,
  MIGRATIONS,
} from '../../../../shared/model/migrations';
import type { Migration } from '../../../../shared/model/migrations';
import { listNotes } from '../../../../shared/model/noteCommands';
import { initSession, listParticipants, readMeta } from '../../../../shared/model/sessionCommands';

/** Frozen: generated once from a doc written before schemaVersion existed; never regenerated. */
const V0_FIXTURE = new URL('../../../fixtures/sessions/v0-session.bin', import.meta.url);

function loadFixture(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(fs.readFileSync(V0_FIXTURE)));
  return doc;
}

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
    const before = { notes: listNotes(doc), people: listParticipants(doc) };
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));

    const result = migrateDoc(doc);
    expect(result).toEqual({ from: 0, to: 1, applied: ['v0→v1: stamp schemaVersion'] });
    expect(origins).toEqual(['migration']); // one transaction
    expect(readMeta(doc)).toEqual({
      title: 'Strategy offsite (v0)',
      createdAt: 1700000000000,
      schemaVersion: 1,
    });
    expect(listNotes(doc)).toEqual(before.notes);
    expect(before.notes.map((n) => n.text)).toEqual([
      'Imagine 10x growth',
      'Debate vigorously, then commit',
    ]);
    expect(listParticipants(doc)).toEqual(before.people);
  });

  it('leaves a current doc alone', () => {
    const doc = new Y.Doc();
    initSession(doc, { title: 'New', now: 1 });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(migrateDoc(doc)).toEqual({ from: 1, to: 1, applied: [] });
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
