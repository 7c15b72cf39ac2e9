import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { getAgenda } from '#shared/model/agenda/read';
import { formatTotal, stepBlock, stepTarget } from '#renderer/features/agenda/agendaActions';

function agendaDoc() {
  const doc = new Y.Doc();
  const d1 = addDay(doc, { label: 'One' }).id;
  const d2 = addDay(doc, { label: 'Two' }).id;
  const ids: Record<string, string> = {};
  for (const [day, title] of [
    [d1, 'a'],
    [d1, 'b'],
    [d2, 'c'],
  ] as const)
    ids[title] = addBlock(doc, { dayId: day, title, kind: 'talk', plannedMinutes: 5 }).id;
  return { doc, d1, d2, ids };
}
const titles = (doc: Y.Doc) => getAgenda(doc).days.map((d) => d.blocks.map((b) => b.title));

describe('moving a block a step (Move up / Move down / Alt+arrows)', () => {
  it('moves within a day, and across the day boundary at its edges', () => {
    const { doc, ids } = agendaDoc();
    expect(stepBlock(doc, getAgenda(doc), ids.b!, -1)).toBe(true);
    expect(titles(doc)).toEqual([['b', 'a'], ['c']]);
    expect(stepBlock(doc, getAgenda(doc), ids.a!, 1)).toBe(true);
    expect(titles(doc)).toEqual([['b'], ['a', 'c']]);
    expect(stepBlock(doc, getAgenda(doc), ids.a!, -1)).toBe(true);
    expect(titles(doc)).toEqual([['b', 'a'], ['c']]);
  });

  it('stops at the very first and last positions', () => {
    const { doc, ids } = agendaDoc();
    const agenda = getAgenda(doc);
    expect(stepTarget(agenda, ids.a!, -1)).toBeNull();
    expect(stepTarget(agenda, ids.c!, 1)).toBeNull();
    expect(stepBlock(doc, agenda, ids.c!, 1)).toBe(false);
    expect(titles(doc)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('formatTotal', () => {
  it('says minutes and hours the way a facilitator reads them', () => {
    expect(formatTotal(45)).toBe('45 min');
    expect(formatTotal(60)).toBe('1 h');
    expect(formatTotal(465)).toBe('7 h 45 min');
  });
});
