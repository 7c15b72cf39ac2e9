// The decision, action and measure registers and attendees' suggestions: validation, updates that
// merge, deterministic order, and tolerant reading of what other peers wrote.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, updateAction, deleteAction } from '#shared/model/registers/commands';
import { listActions } from '#shared/model/registers/read';
import { addDecision, deleteDecision, updateDecision } from '#shared/model/registers/commands';
import { listDecisions } from '#shared/model/registers/read';
import { addMeasure, updateMeasure } from '#shared/model/registers/commands';
import { listMeasures } from '#shared/model/registers/read';
import { readRegisters } from '#shared/model/registers/read';
import { registerMaps } from '#shared/model/registers/names';
import { listSuggestions, resolveSuggestion, suggest } from '#shared/model/registers/suggestions';
import { ValidationError } from '#shared/model/limits';

describe('decisions', () => {
  it('are recorded with defaults, trimmed text and a source link', () => {
    const doc = new Y.Doc();
    const d = addDecision(doc, {
      id: 'd1',
      title: '  Focus on Mike  ',
      dissent: { mode: 'names', names: [' Marc ', ''] },
      sourceBlockId: 'b1',
      sourceNoteIds: ['n1'],
      now: 5,
    });
    expect(d).toMatchObject({ title: 'Focus on Mike', decidedAt: 5, committed: false });
    expect(d.dissent).toEqual({ mode: 'names', names: ['Marc'] });
    expect(listDecisions(doc)).toEqual([d]);
  });

  it('reject bad input with a readable error', () => {
    const doc = new Y.Doc();
    expect(() => addDecision(doc, { title: '   ' })).toThrow(ValidationError);
    expect(() => addDecision(doc, { title: 'x'.repeat(201) })).toThrow(/limit is 200/);
    expect(() => addDecision(doc, { title: 'x', dissent: { mode: 'count', count: -1 } })).toThrow(
      /dissent count/,
    );
    expect(() => addDecision(doc, { title: 'x', sourceBlockId: '../etc' })).toThrow(/not an id/);
    expect(() => updateDecision(doc, { id: 'nope', committed: true })).toThrow(/no such decision/);
  });

  it('update only the fields given, so concurrent edits of other fields merge', () => {
    const a = new Y.Doc();
    addDecision(a, { id: 'd1', title: 'T', now: 1 });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateDecision(a, { id: 'd1', committed: true });
    updateDecision(b, { id: 'd1', rationale: 'Because' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(listDecisions(a)[0]).toMatchObject({ committed: true, rationale: 'Because' });
    expect(listDecisions(b)).toEqual(listDecisions(a));
    deleteDecision(a, { id: 'd1' });
    expect(listDecisions(a)).toEqual([]);
  });

  it('sort by decision time, ties by id', () => {
    const doc = new Y.Doc();
    addDecision(doc, { id: 'b', title: 'B', decidedAt: 2 });
    addDecision(doc, { id: 'c', title: 'C', decidedAt: 1 });
    addDecision(doc, { id: 'a', title: 'A', decidedAt: 2 });
    expect(listDecisions(doc).map((d) => d.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('actions', () => {
  it('carry RACI, a due date and a status', () => {
    const doc = new Y.Doc();
    const a = addAction(doc, {
      id: 'a1',
      title: 'Write the brief',
      responsible: 'Priya',
      accountable: 'Anna',
      consulted: ['Sofia', ' '],
      informed: ['Sales'],
      due: '2026-12-11',
      sourceGroupId: 'g1',
      now: 3,
    });
    expect(a).toMatchObject({ status: 'open', consulted: ['Sofia'], due: '2026-12-11' });
    const b = updateAction(doc, { id: 'a1', status: 'in progress', due: null });
    expect(b).toMatchObject({ status: 'in progress', due: null, responsible: 'Priya' });
    expect(() => updateAction(doc, { id: 'a1', due: '2026-02-30' })).toThrow(/date/);
    expect(() => updateAction(doc, { id: 'a1', status: 'finished' as never })).toThrow(/status/);
    deleteAction(doc, { id: 'a1' });
    expect(listActions(doc)).toEqual([]);
  });
});

describe('measures', () => {
  it('link to decisions and actions', () => {
    const doc = new Y.Doc();
    addMeasure(doc, { id: 'm1', name: 'Time to first sale', decisionIds: ['d1'], now: 1 });
    const m = updateMeasure(doc, { id: 'm1', target: '1 day', actionIds: ['a1'] });
    expect(m).toMatchObject({ target: '1 day', decisionIds: ['d1'], actionIds: ['a1'] });
    expect(listMeasures(doc)).toEqual([m]);
    expect(() => addMeasure(doc, { name: 'x', decisionIds: 'd1' as never })).toThrow(/list/);
  });
});

describe('reading what other peers wrote', () => {
  it('skips records without a title and defaults mistyped fields', () => {
    const doc = new Y.Doc();
    const { decisions, actions } = registerMaps(doc);
    doc.transact(() => {
      decisions.set('bad', new Y.Map());
      const m = new Y.Map<unknown>();
      decisions.set('odd', m);
      m.set('title', 'Odd');
      m.set('dissent', { mode: 'count', count: 'many' });
      m.set('optionsConsidered', ['a', 3]);
      const a = new Y.Map<unknown>();
      actions.set('a', a);
      a.set('title', 'A');
      a.set('status', 'exploded');
    });
    const r = readRegisters(doc);
    expect(r.decisions).toHaveLength(1);
    expect(r.decisions[0]).toMatchObject({
      dissent: { mode: 'count', count: 0 },
      optionsConsidered: ['a'],
    });
    expect(r.actions[0]).toMatchObject({ status: 'open', consulted: [] });
  });
});

describe('suggestions', () => {
  it('are written by attendees and accepted or dismissed by the facilitator', () => {
    const doc = new Y.Doc();
    suggest(doc, {
      id: 's1',
      kind: 'action',
      text: 'Call Mike',
      authorId: 'p1',
      authorName: 'Tom',
      now: 1,
    });
    suggest(doc, {
      id: 's2',
      kind: 'decision',
      text: 'Drop X',
      authorId: 'p2',
      authorName: 'Lena',
      now: 2,
    });
    const a = addAction(doc, { title: 'Call Mike' });
    resolveSuggestion(doc, { id: 's1', status: 'accepted', acceptedAsId: a.id });
    resolveSuggestion(doc, { id: 's2', status: 'dismissed' });
    expect(listSuggestions(doc).map((s) => [s.id, s.status, s.acceptedAsId])).toEqual([
      ['s1', 'accepted', a.id],
      ['s2', 'dismissed', null],
    ]);
    expect(() =>
      suggest(doc, { kind: 'vote' as never, text: 'x', authorId: 'p1', authorName: 'Tom' }),
    ).toThrow(ValidationError);
  });
});
