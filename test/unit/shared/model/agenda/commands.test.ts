// Agenda commands and queries: days, blocks, planned clock times, validation, and concurrent edits.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBlock,
  addDay,
  deleteBlock,
  deleteDay,
  duplicateBlock,
  moveBlock,
  replaceAgenda,
  updateBlock,
  updateDay,
} from '#shared/model/agenda/commands';
import { getAgenda, getBlockOrder } from '#shared/model/agenda/read';
import { agendaTypes, type BlockDraft } from '#shared/model/agenda/names';
import { ValidationError } from '#shared/model/limits';

const talk = (title: string, plannedMinutes = 30): BlockDraft => ({
  title,
  kind: 'talk',
  plannedMinutes,
});

function setup() {
  const doc = new Y.Doc();
  const day = addDay(doc, { id: 'd1', label: 'Day 1', startTime: '09:00' });
  addBlock(doc, { dayId: day.id, id: 'a', ...talk('A', 30) });
  addBlock(doc, { dayId: day.id, id: 'b', ...talk('B', 45) });
  addBlock(doc, { dayId: day.id, id: 'c', ...talk('C', 15) });
  return doc;
}

const titles = (doc: Y.Doc) => getAgenda(doc).days.map((d) => d.blocks.map((b) => b.title));

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function replicaOf(doc: Y.Doc): Y.Doc {
  const r = new Y.Doc();
  Y.applyUpdate(r, Y.encodeStateAsUpdate(doc));
  return r;
}

describe('agenda', () => {
  it('computes planned start and end times and day totals', () => {
    const doc = setup();
    const [day] = getAgenda(doc).days;
    expect(day!.blocks.map((b) => [b.start, b.end])).toEqual([
      ['09:00', '09:30'],
      ['09:30', '10:15'],
      ['10:15', '10:30'],
    ]);
    expect(day!.totalMinutes).toBe(90);
    expect(day!.endTime).toBe('10:30');
    updateDay(doc, { dayId: 'd1', startTime: '13:15', date: '2025-03-14' });
    const moved = getAgenda(doc).days[0]!;
    expect(moved.blocks[0]!.start).toBe('13:15');
    expect(moved.endTime).toBe('14:45');
    expect(moved.date).toBe('2025-03-14');
  });

  it('adds at an index, updates, duplicates and deletes blocks', () => {
    const doc = setup();
    addBlock(doc, { dayId: 'd1', index: 1, id: 'x', ...talk('X', 5) });
    expect(titles(doc)).toEqual([['A', 'X', 'B', 'C']]);
    updateBlock(doc, { blockId: 'x', title: '  X2 ', kind: 'brainstorm', columns: ['Went well'] });
    const dup = duplicateBlock(doc, { blockId: 'x', id: 'x-copy' });
    expect(dup.title).toBe('X2 (copy)');
    expect(dup.columns).toEqual(['Went well']);
    expect(titles(doc)).toEqual([['A', 'X2', 'X2 (copy)', 'B', 'C']]);
    // Changing to a kind without a board drops the columns.
    updateBlock(doc, { blockId: 'x', kind: 'discuss' });
    expect(getAgenda(doc).days[0]!.blocks[1]!.columns).toEqual([]);
    deleteBlock(doc, { blockId: 'x' });
    expect(titles(doc)).toEqual([['A', 'X2 (copy)', 'B', 'C']]);
  });

  it('validates input with readable errors', () => {
    const doc = setup();
    expect(() => addBlock(doc, { dayId: 'd1', ...talk('Too long', 601) })).toThrow(ValidationError);
    expect(() => addBlock(doc, { dayId: 'd1', ...talk('Zero', 0) })).toThrow(/1 to 600/);
    expect(() => addBlock(doc, { dayId: 'd1', ...talk('  ') })).toThrow(/empty/);
    expect(() => addBlock(doc, { dayId: 'd1', ...talk('Talk'), columns: ['Nope'] })).toThrow(
      /columns/,
    );
    expect(() => updateDay(doc, { dayId: 'd1', startTime: '9am' })).toThrow(/09:00/);
    expect(() => updateDay(doc, { dayId: 'd1', date: '2025-02-30' })).toThrow(/real date/);
    expect(() => addBlock(doc, { dayId: 'nope', ...talk('A') })).toThrow(/day/);
    expect(titles(doc)).toEqual([['A', 'B', 'C']]);
  });

  it('moves blocks within and between days by index', () => {
    const doc = setup();
    addDay(doc, { id: 'd2', label: 'Day 2' });
    moveBlock(doc, { blockId: 'a', toDayId: 'd1', toIndex: 2 });
    expect(titles(doc)).toEqual([['B', 'C', 'A'], []]);
    moveBlock(doc, { blockId: 'c', toDayId: 'd1', toIndex: 0 });
    expect(titles(doc)).toEqual([['C', 'B', 'A'], []]);
    moveBlock(doc, { blockId: 'b', toDayId: 'd2', toIndex: 0 });
    moveBlock(doc, { blockId: 'a', toDayId: 'd2', toIndex: 99 });
    expect(titles(doc)).toEqual([['C'], ['B', 'A']]);
    expect(getBlockOrder(doc).map((b) => [b.id, b.dayId, b.plannedMs])).toEqual([
      ['c', 'd1', 15 * 60_000],
      ['b', 'd2', 45 * 60_000],
      ['a', 'd2', 30 * 60_000],
    ]);
  });

  it('adds days at an index and never deletes the last day', () => {
    const doc = setup();
    addDay(doc, { id: 'd0', label: 'Day 0', index: 0 });
    expect(getAgenda(doc).days.map((d) => d.id)).toEqual(['d0', 'd1']);
    deleteDay(doc, { dayId: 'd1' });
    expect(getAgenda(doc).days.map((d) => d.id)).toEqual(['d0']);
    expect(agendaTypes(doc).blocks.size).toBe(0); // the day's blocks went with it
    expect(() => deleteDay(doc, { dayId: 'd0' })).toThrow(/at least one day/);
  });

  it('replaceAgenda clears the old agenda, timer and ledger', () => {
    const doc = setup();
    agendaTypes(doc).timer.set('blockId', 'a');
    agendaTypes(doc).ledger.set('a', { startedAtHostMs: 1 });
    replaceAgenda(doc, [{ label: 'New', blocks: [talk('Only', 10)] }]);
    expect(titles(doc)).toEqual([['Only']]);
    expect(agendaTypes(doc).timer.size).toBe(0);
    expect(agendaTypes(doc).ledger.size).toBe(0);
    expect(() => replaceAgenda(doc, [])).toThrow(/at least one day/);
  });
});

describe('agenda under concurrent edits', () => {
  it('the same block moved by two replicas appears once', () => {
    const a = setup();
    addDay(a, { id: 'd2', label: 'Day 2' });
    const b = replicaOf(a);
    moveBlock(a, { blockId: 'a', toDayId: 'd1', toIndex: 3 });
    moveBlock(b, { blockId: 'a', toDayId: 'd2', toIndex: 0 });
    sync(a, b);
    expect(titles(a)).toEqual(titles(b));
    expect(titles(a).flat().sort()).toEqual(['A', 'B', 'C']);
    // Raw arrays hold it twice; a later move cleans the duplicate up.
    moveBlock(a, { blockId: 'a', toDayId: 'd1', toIndex: 0 });
    sync(a, b);
    expect(titles(b)).toEqual([['A', 'B', 'C'], []]);
    const raw = agendaTypes(b).days.get('d2')!.get('blockIds') as Y.Array<string>;
    expect(raw.toArray()).toEqual([]);
  });

  it('a move concurrent with a delete leaves no ghost', () => {
    const a = setup();
    const b = replicaOf(a);
    moveBlock(a, { blockId: 'b', toDayId: 'd1', toIndex: 0 });
    deleteBlock(b, { blockId: 'b' });
    sync(a, b);
    expect(titles(a)).toEqual([['A', 'C']]);
    expect(titles(b)).toEqual([['A', 'C']]);
  });

  it('concurrent adds and field edits all survive and converge', () => {
    const a = setup();
    const b = replicaOf(a);
    addBlock(a, { dayId: 'd1', index: 0, id: 'from-a', ...talk('From A', 10) });
    addBlock(b, { dayId: 'd1', id: 'from-b', ...talk('From B', 10) });
    updateBlock(a, { blockId: 'c', title: 'C renamed' });
    updateBlock(b, { blockId: 'c', plannedMinutes: 20 });
    sync(a, b);
    expect(titles(a)).toEqual([['From A', 'A', 'B', 'C renamed', 'From B']]);
    expect(getAgenda(a)).toEqual(getAgenda(b));
    expect(getAgenda(a).days[0]!.totalMinutes).toBe(30 + 45 + 20 + 10 + 10);
  });

  it('two replicas adding days at once keep both', () => {
    const a = setup();
    const b = replicaOf(a);
    addDay(a, { id: 'da', label: 'A day' });
    addDay(b, { id: 'db', label: 'B day' });
    sync(a, b);
    expect(getAgenda(a).days.map((d) => d.id)).toEqual(getAgenda(b).days.map((d) => d.id));
    expect(getAgenda(a).days).toHaveLength(3);
  });
});
