// The registers' readers validate with zod (records.ts) and must read whatever a peer stored
// exactly as the hand-written readers they replaced did: those are kept here as the reference,
// and forged records (wrong types, huge strings, missing fields, markup) are read by both.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  listActions,
  listDecisions,
  listMeasures,
  readAction,
  readDecision,
  readMeasure,
  readRegisters,
} from '#shared/model/registers/read';
import { ACTION_STATUSES, registerMaps, type Dissent } from '#shared/model/registers/names';
import { vDissent } from '#shared/model/registers/records';
import { listSuggestions } from '#shared/model/registers/suggestions';

// ---- the readers before zod: their checks verbatim, each record's fields as a table ----
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const numOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const dateOrNull = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
const strs = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
function readDissent(v: unknown): Dissent {
  try {
    return vDissent(v);
  } catch {
    return { mode: 'count', count: 0 };
  }
}
const source = { sourceBlockId: strOrNull, sourceNoteIds: strs, sourceGroupId: strOrNull };
const same = (v: unknown) => v;
type Checks = Record<string, (v: unknown) => unknown>;
const OLD = {
  decisions: {
    title: str,
    context: str,
    optionsConsidered: strs,
    decision: str,
    rationale: str,
    dissent: readDissent,
    ...source,
    decidedAt: num,
    committed: (v: unknown) => v === true,
  },
  actions: {
    title: str,
    responsible: str,
    accountable: str,
    consulted: strs,
    informed: strs,
    due: strOrNull,
    successMeasure: str,
    status: (v: unknown) => ((ACTION_STATUSES as readonly unknown[]).includes(v) ? v : 'open'),
    ...source,
    createdAt: num,
    carriedFrom: strOrNull,
  },
  measures: {
    name: str,
    baseline: str,
    target: str,
    byWhen: str,
    owner: str,
    decisionIds: strs,
    actionIds: strs,
    createdAt: num,
    // Issue 25's fields, read with defaults when absent or forged.
    unit: str,
    baselineValue: numOrNull,
    baselineDate: dateOrNull,
    targetValue: numOrNull,
    targetDate: dateOrNull,
  },
  suggestions: {
    kind: same,
    text: same,
    authorId: str,
    authorName: str,
    sourceBlockId: (v: unknown) => (typeof v === 'string' ? v : null),
    createdAt: (v: unknown) => (typeof v === 'number' ? v : 0),
    status: (v: unknown) => (v === 'accepted' || v === 'dismissed' ? v : 'open'),
    acceptedAsId: (v: unknown) => (typeof v === 'string' ? v : null),
  },
} satisfies Record<string, Checks>;
/** Whether the old reader kept the record at all. */
const KEPT = {
  decisions: (m: Y.Map<unknown>) => typeof m.get('title') === 'string',
  actions: (m: Y.Map<unknown>) => typeof m.get('title') === 'string',
  measures: (m: Y.Map<unknown>) => typeof m.get('name') === 'string',
  suggestions: (m: Y.Map<unknown>) =>
    (m.get('kind') === 'decision' || m.get('kind') === 'action') &&
    typeof m.get('text') === 'string',
};
type Kind = keyof typeof OLD;
const legacy = (kind: Kind) => (id: string, m: Y.Map<unknown>) =>
  KEPT[kind](m)
    ? {
        id,
        ...Object.fromEntries(
          Object.entries(OLD[kind] as Checks).map(([k, check]) => [k, check(m.get(k))]),
        ),
      }
    : null;

const HUGE = 'x'.repeat(30 * 1024 * 1024);
const SCRIPT = '<script>alert(1)</script>';
/** What a forged field may hold (a fresh Y.Array each time: a Y type can live in one place). */
const forged = (): unknown[] => [
  undefined,
  null,
  '',
  'plain',
  SCRIPT,
  ' \u0001 padded ',
  0,
  -1,
  2.5,
  NaN,
  Infinity,
  true,
  false,
  {},
  [],
  ['a', 3, null, SCRIPT],
  { mode: 'count', count: 3 },
  { mode: 'count', count: -1 },
  { mode: 'count', count: 1.5 },
  { mode: 'count', count: '2' },
  { mode: 'names', names: [' Ann ', '\u0002', '', 'Bo'] },
  { mode: 'names', names: ['x'.repeat(61)] },
  { mode: 'names', names: Array.from({ length: 51 }, (_, i) => `P${i}`) },
  { mode: 'names', names: 'Ann' },
  { mode: 'names' },
  { mode: 'nobody' },
  'open',
  'in progress',
  'done',
  'exploded',
  'accepted',
  'dismissed',
  'decision',
  'action',
  '2026-12-31',
  new Y.Array(),
  new Y.Map(),
];

const FIELDS = Object.fromEntries(
  Object.entries(OLD).map(([kind, checks]) => [kind, Object.keys(checks)]),
) as Record<Kind, string[]>;

/** A tiny deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A doc of forged records: each field of each record set to a random forged value, or left out. */
function forgedDoc(seed: number, perMap: number) {
  const doc = new Y.Doc();
  const maps = registerMaps(doc);
  const rand = rng(seed);
  doc.transact(() => {
    for (const [name, fields] of Object.entries(FIELDS)) {
      const map = maps[name as keyof typeof FIELDS];
      for (let i = 0; i < perMap; i++) {
        const m = new Y.Map<unknown>();
        map.set(`r${i}`, m);
        for (const f of fields) {
          const pool = forged();
          // The title (or kind and text) is usually right, so most records are read.
          const good = f === 'title' || f === 'name' || f === 'text' ? 'Title' : null;
          const v =
            good && rand() < 0.7
              ? good
              : f === 'kind' && rand() < 0.7
                ? 'action'
                : pool[Math.floor(rand() * pool.length)];
          if (v !== undefined) m.set(f, v);
        }
      }
      // Not a record at all.
      map.set('junk', 'text' as never);
    }
  });
  return doc;
}

function legacyList<T>(map: Y.Map<Y.Map<unknown>>, read: (id: string, m: Y.Map<unknown>) => T) {
  const out: NonNullable<T>[] = [];
  map.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const r = read(id, m);
    if (r) out.push(r);
  });
  return out;
}

describe('reading forged records as the hand-written readers did', () => {
  it('every field of every kind, one forged value at a time', () => {
    const doc = new Y.Doc();
    const maps = registerMaps(doc);
    const reads = {
      decisions: [readDecision, legacy('decisions')],
      actions: [readAction, legacy('actions')],
      measures: [readMeasure, legacy('measures')],
    } as const;
    for (const [name, [read, old]] of Object.entries(reads)) {
      const fields = FIELDS[name as keyof typeof reads];
      const required = name === 'measures' ? 'name' : 'title';
      for (const f of fields)
        forged().forEach((v, i) => {
          const m = new Y.Map<unknown>();
          maps[name as keyof typeof reads].set(`${f}-${i}`, m);
          if (f !== required) m.set(required, 'Title');
          if (v !== undefined) m.set(f, v);
          expect(read(`${f}-${i}`, m), `${name}.${f} = ${String(v)}`).toEqual(old(`${f}-${i}`, m));
        });
    }
  });

  it('whole registers of random forged records, in the same order', () => {
    for (const seed of [1, 2, 3]) {
      const doc = forgedDoc(seed, 60);
      const maps = registerMaps(doc);
      const byTime = (t: (x: { id: string }) => number) => (a: { id: string }, b: { id: string }) =>
        t(a) - t(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const r = readRegisters(doc);
      expect(r.decisions).toEqual(
        legacyList(maps.decisions, legacy('decisions')).sort(
          byTime((d) => (d as never)['decidedAt']),
        ),
      );
      expect(r.actions).toEqual(
        legacyList(maps.actions, legacy('actions')).sort(byTime((a) => (a as never)['createdAt'])),
      );
      expect(r.measures).toEqual(
        legacyList(maps.measures, legacy('measures')).sort(
          byTime((m) => (m as never)['createdAt']),
        ),
      );
      expect(r.decisions.length).toBeGreaterThan(0);
      const oldSuggestions = legacyList(maps.suggestions, legacy('suggestions'));
      expect(listSuggestions(doc)).toEqual(
        oldSuggestions.sort(byTime((s) => (s as never)['createdAt'])),
      );
      expect(oldSuggestions.length).toBeGreaterThan(0);
    }
  });

  it('a 30 MB title and markup are read as they are stored (escaping is the views’ job)', () => {
    const doc = new Y.Doc();
    const { decisions, measures } = registerMaps(doc);
    doc.transact(() => {
      const d = new Y.Map<unknown>();
      decisions.set('d', d);
      d.set('title', HUGE);
      d.set('rationale', SCRIPT);
      const m = new Y.Map<unknown>();
      measures.set('m', m);
      m.set('name', SCRIPT);
    });
    const [d] = listDecisions(doc);
    expect(d?.title).toHaveLength(HUGE.length);
    expect(d?.rationale).toBe(SCRIPT);
    expect(listMeasures(doc)[0]?.name).toBe(SCRIPT);
  });

  it('skip a record without its title or name, and default every missing field', () => {
    const doc = new Y.Doc();
    const { decisions, actions, measures } = registerMaps(doc);
    doc.transact(() => {
      decisions.set('no-title', new Y.Map());
      const a = new Y.Map<unknown>();
      actions.set('a', a);
      a.set('title', 'Only a title');
      const m = new Y.Map<unknown>();
      measures.set('m', m);
      m.set('name', 7);
    });
    expect(listDecisions(doc)).toEqual([]);
    expect(listMeasures(doc)).toEqual([]);
    expect(listActions(doc)).toEqual([
      {
        id: 'a',
        title: 'Only a title',
        responsible: '',
        accountable: '',
        consulted: [],
        informed: [],
        due: null,
        successMeasure: '',
        status: 'open',
        sourceBlockId: null,
        sourceNoteIds: [],
        sourceGroupId: null,
        createdAt: 0,
        carriedFrom: null,
      },
    ]);
  });

  it('give every record lists of its own, never one shared default', () => {
    const doc = new Y.Doc();
    const { actions } = registerMaps(doc);
    doc.transact(() => {
      for (const id of ['a', 'b']) {
        const a = new Y.Map<unknown>();
        actions.set(id, a);
        a.set('title', id);
        a.set('consulted', 'not a list');
      }
    });
    const [a, b] = listActions(doc);
    a?.consulted.push('X');
    expect(b?.consulted).toEqual([]);
    expect(listActions(doc)[0]?.consulted).toEqual([]);
  });
});
