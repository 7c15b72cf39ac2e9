// Named schema migrations of a session's Y.Doc, keyed by meta.schemaVersion.
// Each step is tested against a frozen fixture of the version before it (test/fixtures/sessions).
import * as Y from 'yjs';
import { sessionDoc, transact, SCHEMA_VERSION } from './doc';
import { writeItem } from './parkingLot/commands';
import { startStatusHistories } from './series/migrateV3';
import { MIGRATION_ORIGIN } from './origins';
import { addBreakouts, BREAKOUTS_MIGRATION_NAME } from './breakouts/migration';

export interface Migration {
  /** Shown in logs and tests, e.g. "v0→v1: stamp schemaVersion". */
  name: string;
  from: number;
  to: number;
  /** Rewrites the doc from `from` to `to`; runs inside a transaction. The framework stamps
   * `meta.schemaVersion = to` afterwards, so a step only changes the data itself. */
  up(doc: Y.Doc): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Docs written before versioning carry no schemaVersion; their layout (meta, participants,
    // notes) is otherwise what version 1 expects, so the stamp is the whole migration.
    name: 'v0→v1: stamp schemaVersion',
    from: 0,
    to: 1,
    up: () => {},
  },
  {
    // Schema 1 kept a second note model beside the board: named "loose notes" in `notes`, tied to
    // no board. Schema 2 replaces them with the parking lot; each note becomes an open item with
    // its id, text, author, time and the block it was written on, and leaves `notes`.
    name: 'v1→v2: fold loose notes into the parking lot',
    from: 1,
    to: 2,
    up: foldLooseNotes,
  },
  {
    // Schema 3 (issue 25) gives each action a status history (actionUpdates) and each session a
    // place in a series (meta.series, written by the host when it makes a follow-up; a session
    // without one stands alone). An action whose status is not "open" gets its history's first
    // entry: that status, by the facilitator, dated the day the action was made.
    name: 'v2→v3: start each action’s status history',
    from: 2,
    to: 3,
    up: startStatusHistories,
  },
  { name: `v3→v4: ${BREAKOUTS_MIGRATION_NAME}`, from: 3, to: 4, up: addBreakouts },
];

function foldLooseNotes(doc: Y.Doc): void {
  const notes = doc.getMap<unknown>('notes');
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  for (const [id, m] of [...notes.entries()]) {
    // Unreadable entries (no text) are dropped with the rest of `notes`: no reader showed them.
    if (m instanceof Y.Map && typeof m.get('text') === 'string' && m.get('text')) {
      const createdAt = m.get('createdAt');
      writeItem(doc, {
        id,
        text: m.get('text') as string,
        authorId: str(m.get('authorId')),
        authorName: str(m.get('authorName')),
        createdAt: typeof createdAt === 'number' ? createdAt : 0,
        blockId: str(m.get('blockId')) || null,
      });
    }
    notes.delete(id);
  }
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** The doc's schema version; a doc without one is version 0 (written before versioning). */
export function docSchemaVersion(doc: Y.Doc): number {
  const v = sessionDoc(doc).meta.get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

export interface MigrationResult {
  from: number;
  to: number;
  /** Names of the migrations applied, in order (empty when the doc was current). */
  applied: string[];
}

/**
 * Brings `doc` up to `target` (SCHEMA_VERSION by default) in one transaction. Throws
 * MigrationError for a doc newer than this build reads, or when no path of steps exists.
 */
export function migrateDoc(
  doc: Y.Doc,
  options: { migrations?: readonly Migration[]; target?: number; origin?: unknown } = {},
): MigrationResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = options.target ?? SCHEMA_VERSION;
  const from = docSchemaVersion(doc);
  if (from > target)
    throw new MigrationError(
      `This session was saved by a newer version of Offsite (schema ${from}; this version ` +
        `reads up to ${target}). Update Offsite to open it.`,
    );
  const plan: Migration[] = [];
  for (let v = from; v < target;) {
    const step = migrations.find((m) => m.from === v && m.to > v && m.to <= target);
    if (!step) throw new MigrationError(`No migration from schema ${v} towards ${target}.`);
    plan.push(step);
    v = step.to;
  }
  if (plan.length > 0) {
    const { meta } = sessionDoc(doc);
    transact(doc, options.origin ?? MIGRATION_ORIGIN, () => {
      for (const step of plan) {
        step.up(doc);
        meta.set('schemaVersion', step.to);
      }
    });
  }
  return { from, to: target, applied: plan.map((m) => m.name) };
}
