// What a follow-up starts with: the open and in-progress actions (every field, their history),
// the decisions read-only, the measures whole (whatever fields they carry), the open parking-lot
// items; an action carried twice stays one.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initSession } from '#shared/model/session/commands';
import { addAction, addDecision, addMeasure, updateAction } from '#shared/model/registers/commands';
import { listActions, listMeasures } from '#shared/model/registers/read';
import { MEASURES } from '#shared/model/registers/names';
import { addParkingItem, closeParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { recordActionUpdate } from '#shared/model/series/commands';
import { carryForward, followUpAgenda } from '#shared/model/series/followUp';
import {
  actionHistories,
  listCarriedDecisions,
  openCommitmentCount,
  reviewItems,
} from '#shared/model/series/read';
import { SERIES_META_KEY } from '#shared/model/series/names';

function firstSession(): Y.Doc {
  const doc = new Y.Doc();
  initSession(doc, { title: 'Q3 offsite', now: 1 });
  const people = { responsible: 'Ann', accountable: 'Bo', consulted: ['Cy'], informed: ['Di'] };
  addAction(doc, { id: 'open', title: 'Hire', ...people, due: '2026-10-01', now: 2 });
  addAction(doc, { id: 'prog', title: 'Onboard', ...people, status: 'in progress', now: 3 });
  addAction(doc, { id: 'done', title: 'Venue', ...people, status: 'done', now: 4 });
  addAction(doc, { id: 'drop', title: 'Podcast', ...people, now: 5 });
  recordActionUpdate(doc, 'facilitator', { actionId: 'drop', status: 'dropped', now: 6 });
  recordActionUpdate(doc, 'facilitator', {
    actionId: 'open',
    status: 'on track',
    note: 'Two offers out',
    now: 7,
  });
  addDecision(doc, { id: 'd1', title: 'One price page', now: 8 });
  addMeasure(doc, { id: 'm1', name: 'NPS', baseline: '42', target: '60', now: 9 });
  // Whatever else a measure holds (values over time, a unit) is carried as it is.
  const m = doc.getMap<Y.Map<unknown>>(MEASURES).get('m1')!;
  const values = new Y.Array<unknown>();
  m.set('values', values);
  values.push([
    { value: 42, date: '2026-09-14' },
    { value: 45, date: '2026-10-14' },
  ]);
  m.set('unit', 'points');
  addParkingItem(doc, {
    id: 'p-open',
    text: 'Schools?',
    authorId: 'x',
    authorName: 'Ann',
    now: 10,
  });
  addParkingItem(doc, {
    id: 'p-closed',
    text: 'Plants',
    authorId: 'x',
    authorName: 'Ann',
    now: 11,
  });
  closeParkingItem(doc, { itemId: 'p-closed', now: 12 });
  return doc;
}

function nextSession(title: string, number: number): Y.Doc {
  const doc = new Y.Doc();
  initSession(doc, { title, now: 100 });
  doc.getMap('meta').set(SERIES_META_KEY, { seriesId: 's1', number, previousTitle: 'Q3 offsite' });
  return doc;
}

describe('carryForward', () => {
  it('carries open and in-progress actions with RACI, due date and history; the rest as listed', () => {
    const prev = firstSession();
    const next = nextSession('Q4 offsite', 2);
    const summary = carryForward(prev, next, { previousTitle: 'Q3 offsite' }, 'host');
    expect(summary).toMatchObject({ actions: 2, alreadyThere: 0, decisions: 1, parkingItems: 1 });
    const before = new Map(listActions(prev).map((a) => [a.id, a]));
    const carried = listActions(next);
    expect(carried.map((a) => a.id)).toEqual(['open', 'prog']);
    for (const a of carried) expect(a).toEqual({ ...before.get(a.id), carriedFrom: 'Q3 offsite' });
    expect(
      actionHistories(next)
        .get('open')!
        .map((u) => [u.status, u.note]),
    ).toEqual([['on track', 'Two offers out']]);
    expect(listCarriedDecisions(next).map((d) => [d.id, d.title, d.session])).toEqual([
      ['d1', 'One price page', 'Q3 offsite'],
    ]);
    expect(listMeasures(next)).toEqual(listMeasures(prev));
    expect(next.getMap<Y.Map<unknown>>(MEASURES).get('m1')!.toJSON()).toEqual(
      prev.getMap<Y.Map<unknown>>(MEASURES).get('m1')!.toJSON(),
    );
    expect(listParkingItems(next).map((i) => [i.id, i.text, i.outcome])).toEqual([
      ['p-open', 'Schools?', null],
    ]);
    // The review block lists both, neither reviewed in session 2 yet.
    expect(reviewItems(next).map((r) => [r.action.id, r.status, r.review])).toEqual([
      ['open', 'in progress', null],
      ['prog', 'in progress', null],
    ]);
    expect(openCommitmentCount(next)).toBe(2);
  });

  it('keeps an action carried twice as one action', () => {
    const prev = firstSession();
    const next = nextSession('Q4 offsite', 2);
    carryForward(prev, next, { previousTitle: 'Q3 offsite' }, 'host');
    const again = carryForward(prev, next, { previousTitle: 'Q3 offsite' }, 'host');
    expect(again).toMatchObject({ actions: 0, alreadyThere: 2, decisions: 0, parkingItems: 0 });
    expect(listActions(next).map((a) => a.id)).toEqual(['open', 'prog']);
    // A third session carries from the second: still the same action, still from Q3.
    recordActionUpdate(next, 'facilitator', { actionId: 'prog', status: 'done', now: 200 });
    const third = nextSession('Q1 offsite', 3);
    carryForward(next, third, { previousTitle: 'Q4 offsite' }, 'host');
    expect(listActions(third).map((a) => [a.id, a.carriedFrom])).toEqual([['open', 'Q3 offsite']]);
    expect(listCarriedDecisions(third).map((d) => d.session)).toEqual(['Q3 offsite']);
  });

  it('carries a 10,000-action session in one transaction', () => {
    const prev = new Y.Doc();
    initSession(prev, { title: 'Big', now: 1 });
    prev.transact(() => {
      for (let i = 0; i < 10_000; i++)
        addAction(prev, { id: `a${i}`, title: `Action ${i}`, now: i });
    });
    const next = nextSession('Bigger', 2);
    let transactions = 0;
    next.on('afterTransaction', () => transactions++);
    const t0 = performance.now();
    expect(carryForward(prev, next, { previousTitle: 'Big' }, 'host').actions).toBe(10_000);
    const ms = performance.now() - t0;
    expect(transactions).toBe(1);
    expect(openCommitmentCount(next)).toBe(10_000);
    expect(ms).toBeLessThan(20_000);
  });

  it('records a status set in the action form in its history, undone with it', () => {
    const doc = firstSession();
    updateAction(doc, { id: 'prog', status: 'done' });
    updateAction(doc, { id: 'prog', title: 'Onboard everyone' }); // no status change: no entry
    expect(
      actionHistories(doc)
        .get('prog')!
        .map((u) => [u.status, u.byName]),
    ).toEqual([['done', 'Facilitator']]);
    const undo = new Y.UndoManager([doc.getMap('actions'), doc.getMap('actionUpdates')], {
      trackedOrigins: new Set(['local']),
    });
    updateAction(doc, { id: 'prog', status: 'dropped' });
    expect(actionHistories(doc).get('prog')).toHaveLength(2);
    undo.undo();
    expect(actionHistories(doc).get('prog')).toHaveLength(1);
    expect(listActions(doc).find((a) => a.id === 'prog')!.status).toBe('done');
  });

  it('opens the agenda with a "Review commitments" block, once', () => {
    const agenda = followUpAgenda([
      { label: 'Day 1', blocks: [{ title: 'Talk', kind: 'talk', plannedMinutes: 10 }] },
    ]);
    expect(agenda[0]!.blocks.map((b) => b.kind)).toEqual(['review', 'talk']);
    expect(followUpAgenda(agenda)[0]!.blocks.map((b) => b.kind)).toEqual(['review', 'talk']);
    expect(followUpAgenda([])[0]!.blocks.map((b) => b.kind)).toEqual(['review']);
  });
});
