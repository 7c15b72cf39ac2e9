// The generic register record (records.ts): each kind declared once, the readers of what is
// stored, the write cleaners' limits and messages, and the generic commands for all three kinds.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  actionKind,
  addRecord,
  decisionKind,
  deleteRecord,
  listRecords,
  measureKind,
  readFields,
  recordShape,
  stored,
  updateRecord,
  type RecordKind,
} from '#shared/model/registers/records';
import { addAction, addDecision, addMeasure } from '#shared/model/registers/commands';
import { ValidationError } from '#shared/model/limits';

const kinds = [
  ['decision', decisionKind, 'title', 'The decision title'],
  ['action', actionKind, 'title', 'The action title'],
  ['measure', measureKind, 'name', 'The measure name'],
] as const;

const anyKind = (k: unknown) => k as RecordKind<{ id: string; title: string; name: string }>;

describe('the stored record readers', () => {
  it('rejects a record only when its title (or name) is not text', () => {
    for (const [, kind, required] of kinds) {
      const shape = recordShape(anyKind(kind));
      for (const bad of [undefined, null, 3, true, [], {}, new Y.Text()])
        expect(readFields(shape, { [required]: bad })).toBeNull();
      for (const ok of ['', 'T', '<script>alert(1)</script>'])
        expect(readFields(shape, { [required]: ok })?.[required]).toBe(ok);
    }
  });

  it('reads each mistyped field as its default, as the old checks did', () => {
    const reads = (read: (v: unknown) => unknown, vs: unknown[]) => vs.map((v) => read(v));
    expect(reads(stored.text, [3, null, ['a'], 'ok'])).toEqual(['', '', '', 'ok']);
    expect(reads(stored.textOrNull, ['', 3, null, 'b1'])).toEqual([null, null, null, 'b1']);
    expect(reads(stored.texts, ['a', { 0: 'a' }, ['a', 1, null, 'b']])).toEqual([
      [],
      [],
      ['a', 'b'],
    ]);
    expect(reads(stored.time, [NaN, Infinity, -Infinity, '5', -3, 7])).toEqual([0, 0, 0, 0, -3, 7]);
    expect(reads(stored.flag, ['true', 1, null, true])).toEqual([false, false, false, true]);
    expect(reads(stored.status, ['exploded', 'Done', 3, 'done'])).toEqual([
      'open',
      'open',
      'open',
      'done',
    ]);
    const none = { mode: 'count', count: 0 };
    expect(
      reads(stored.dissent, [
        { mode: 'count', count: -1 },
        { mode: 'count', count: 1.5 },
        { mode: 'count', count: 10_001 },
        { mode: 'names', names: ['x'.repeat(61)] },
        { mode: 'names', names: Array.from({ length: 51 }, () => 'P') },
        { mode: 'names', names: [3] },
        { mode: 'vote' },
        'names',
        { mode: 'count', count: 2, extra: true },
        { mode: 'names', names: [' Ann\u0001 ', ''] },
        { mode: 'names' },
      ]),
    ).toEqual([
      none,
      none,
      none,
      none,
      none,
      none,
      none,
      none,
      { mode: 'count', count: 2 },
      { mode: 'names', names: ['Ann'] },
      { mode: 'names', names: [] },
    ]);
  });
});

describe('the write cleaners keep their limits and messages', () => {
  it('refuse what they refused before', () => {
    const doc = new Y.Doc();
    const bad: [() => unknown, RegExp][] = [
      [
        () => addDecision(doc, { title: 'x'.repeat(201) }),
        /The decision title is 201 characters; the limit is 200/,
      ],
      [
        () => addDecision(doc, { title: 'T', context: 'x'.repeat(4001) }),
        /The context is 4,001 characters/,
      ],
      [
        () => addDecision(doc, { title: 'T', optionsConsidered: Array(21).fill('o') }),
        /Options considered has more than 20 entries/,
      ],
      [
        () => addDecision(doc, { title: 'T', optionsConsidered: ['x'.repeat(301)] }),
        /An option is 301 characters/,
      ],
      [
        () => addDecision(doc, { title: 'T', dissent: { mode: 'count', count: 1.5 } }),
        /The dissent count must be a whole number/,
      ],
      [
        () => addDecision(doc, { title: 'T', dissent: { mode: 'x' } as never }),
        /Dissent must be a count or a list of names/,
      ],
      [
        () => addDecision(doc, { title: 'T', decidedAt: -1 }),
        /A time must be a number of milliseconds/,
      ],
      [
        () => addDecision(doc, { title: 'T', committed: 'yes' as never }),
        /Committed must be yes or no/,
      ],
      [
        () => addAction(doc, { title: 'T', responsible: 'x'.repeat(61) }),
        /Responsible is 61 characters; the limit is 60/,
      ],
      [
        () => addAction(doc, { title: 'T', consulted: Array(51).fill('P') }),
        /Consulted has more than 50 entries/,
      ],
      [
        () => addAction(doc, { title: 'T', informed: [3 as never] }),
        /A name in Informed must be text/,
      ],
      [
        () => addAction(doc, { title: 'T', successMeasure: 'x'.repeat(201) }),
        /The success measure is 201/,
      ],
      [
        () => addAction(doc, { title: 'T', due: '2026-13-01' }),
        /The due date must be a date like 2026-12-31/,
      ],
      [
        () => addAction(doc, { title: 'T', status: 'later' as never }),
        /The status must be one of: open, in progress, done, dropped/,
      ],
      [() => addAction(doc, { title: 'T', sourceNoteIds: ['a/b'] }), /A source note is not an id/],
      [() => addMeasure(doc, { name: 'M', byWhen: 'x'.repeat(201) }), /By when is 201 characters/],
      [
        () => addMeasure(doc, { name: 'M', actionIds: Array(201).fill('a') }),
        /A linked action has more than 200 entries/,
      ],
      [() => addMeasure(doc, { name: '  ' }), /The measure name is empty/],
    ];
    for (const [write, message] of bad) expect(write).toThrow(message);
    expect(listRecords(decisionKind, doc)).toEqual([]);
  });
});

describe('the generic commands, for every kind', () => {
  it('add a record with its defaults, read back the same', () => {
    for (const [what, kind, required] of kinds) {
      const doc = new Y.Doc();
      const r = addRecord(anyKind(kind), doc, { id: 'r1', [required]: '  T ', now: 9 });
      const expected: Record<string, unknown> = { id: 'r1' };
      for (const [k, f] of Object.entries(kind.fields)) expected[k] = f.initial(9);
      expected[required] = 'T';
      expect(r, what).toEqual(expected);
      expect(listRecords(anyKind(kind), doc)).toEqual([r]);
    }
  });

  it('check the id and the title first and refuse a second record with the same id', () => {
    for (const [what, kind, required, title] of kinds) {
      const doc = new Y.Doc();
      const k = anyKind(kind);
      expect(() => addRecord(k, doc, { id: '../x', [required]: 'T' })).toThrow(
        `The ${what} id is not an id.`,
      );
      // An absent title is found after the fields that were given.
      expect(() => addRecord(k, doc, {})).toThrow(`${title} must be text.`);
      expect(() => addRecord(k, doc, { sourceBlockId: '../x', decisionIds: '1' } as never)).toThrow(
        what === 'measure' ? /must be a list/ : /not an id/,
      );
      addRecord(k, doc, { id: 'a', [required]: 'T' });
      expect(() => addRecord(k, doc, { id: 'a', [required]: 'T' })).toThrow(
        `That ${what} already exists.`,
      );
      expect(() => updateRecord(k, doc, { id: 'b', [required]: 'U' })).toThrow(
        `There is no such ${what}.`,
      );
      expect(() => deleteRecord(k, doc, { id: 'b' })).toThrow(ValidationError);
    }
  });

  it('update only the fields given; a set-once time stays; delete removes', () => {
    for (const [what, kind, required] of kinds) {
      const doc = new Y.Doc();
      const k = anyKind(kind);
      addRecord(k, doc, { id: 'a', [required]: 'A', now: 5 });
      const before = listRecords(k, doc)[0];
      const after = updateRecord(k, doc, { id: 'a', [required]: ' B ', createdAt: 99 } as never);
      expect(after, what).toEqual({ ...before, [required]: 'B' });
      deleteRecord(k, doc, { id: 'a' });
      expect(listRecords(k, doc)).toEqual([]);
    }
  });

  it('list by time, ties by id', () => {
    const doc = new Y.Doc();
    for (const [id, now] of [
      ['b', 2],
      ['c', 1],
      ['a', 2],
    ] as const)
      addRecord(measureKind, doc, { id, name: id, now });
    expect(listRecords(measureKind, doc).map((m) => m.id)).toEqual(['c', 'a', 'b']);
  });
});
