import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { duplicateDay, moveDay } from '#shared/model/agenda/dayCommands';
import { getAgenda } from '#shared/model/agenda/read';
import { ValidationError } from '#shared/model/limits';

function threeDays() {
  const doc = new Y.Doc();
  const ids = ['A', 'B', 'C'].map((label) => addDay(doc, { label }).id);
  addBlock(doc, { dayId: ids[0]!, title: 'a1', kind: 'talk', plannedMinutes: 10 });
  addBlock(doc, {
    dayId: ids[0]!,
    title: 'a2',
    kind: 'brainstorm',
    plannedMinutes: 20,
    prompt: 'p',
    facilitatorNotes: 'n',
    columns: ['x', 'y'],
  });
  return { doc, ids };
}
const labels = (doc: Y.Doc) => getAgenda(doc).days.map((d) => d.label);

describe('moveDay', () => {
  it('moves a day up, down, to either end, and clamps the index', () => {
    const { doc, ids } = threeDays();
    moveDay(doc, { dayId: ids[2]!, toIndex: 0 });
    expect(labels(doc)).toEqual(['C', 'A', 'B']);
    moveDay(doc, { dayId: ids[2]!, toIndex: 1 });
    expect(labels(doc)).toEqual(['A', 'C', 'B']);
    moveDay(doc, { dayId: ids[0]!, toIndex: 99 });
    expect(labels(doc)).toEqual(['C', 'B', 'A']);
    moveDay(doc, { dayId: ids[0]!, toIndex: -5 });
    expect(labels(doc)).toEqual(['A', 'C', 'B']);
  });

  it('refuses a day that does not exist', () => {
    const { doc } = threeDays();
    expect(() => moveDay(doc, { dayId: 'nope', toIndex: 0 })).toThrow(ValidationError);
  });

  it('converges when two replicas move the same day at once', () => {
    const { doc, ids } = threeDays();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    moveDay(doc, { dayId: ids[0]!, toIndex: 2 });
    moveDay(other, { dayId: ids[0]!, toIndex: 1 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(labels(doc)).toEqual(labels(other));
    expect([...labels(doc)].sort()).toEqual(['A', 'B', 'C']);
  });
});

describe('duplicateDay', () => {
  it('copies the day and its blocks (new ids) right after the original', () => {
    const { doc, ids } = threeDays();
    const copy = duplicateDay(doc, { dayId: ids[0]! });
    const agenda = getAgenda(doc);
    expect(agenda.days.map((d) => d.label)).toEqual(['A', 'A (copy)', 'B', 'C']);
    const [orig, dup] = agenda.days;
    expect(dup!.id).toBe(copy.id);
    expect(dup!.blocks.map((b) => b.title)).toEqual(['a1', 'a2']);
    expect(dup!.blocks[1]).toMatchObject({
      kind: 'brainstorm',
      plannedMinutes: 20,
      prompt: 'p',
      facilitatorNotes: 'n',
      columns: ['x', 'y'],
    });
    const origIds = new Set(orig!.blocks.map((b) => b.id));
    for (const b of dup!.blocks) expect(origIds.has(b.id)).toBe(false);
    expect(dup!.totalMinutes).toBe(30);
  });
});
