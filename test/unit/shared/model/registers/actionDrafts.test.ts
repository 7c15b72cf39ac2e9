// Owners and prefilled action forms (issue 13, part 7): owner choices from the participants, the
// suggester as owner, the current block as source, and the "No owner, no action" warning.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { joinSession } from '#shared/model/session/commands';
import { addBlock, addDay } from '#shared/model/agenda/commands';
import { applyTimerAction } from '#shared/model/timer/commands';
import { suggest, listSuggestions } from '#shared/model/registers/suggestions';
import { setSessionDetails } from '#shared/model/session/details';
import {
  currentBlock,
  draftFromBoard,
  draftFromSuggestion,
  emptyDraft,
  ownerChoices,
  ownerWarning,
} from '#shared/model/registers/actionDrafts';

function agendaDoc() {
  const doc = new Y.Doc();
  const day = addDay(doc, {});
  const a = addBlock(doc, { dayId: day.id, title: 'Talk', kind: 'talk', plannedMinutes: 10 });
  const b = addBlock(doc, {
    dayId: day.id,
    title: 'Ideas',
    kind: 'brainstorm',
    plannedMinutes: 20,
  });
  return { doc, a, b };
}

describe('owners and prefilled actions', () => {
  it('offers every participant once, under their latest name, and the facilitator', () => {
    const { doc } = agendaDoc();
    joinSession(doc, { id: 'p1', name: 'Grace', now: 1 });
    joinSession(doc, { id: 'p2', name: 'Ada', now: 2 });
    joinSession(doc, { id: 'p1', name: 'Grace Hopper', now: 3 });
    joinSession(doc, { id: 'p3', name: 'Ada', now: 4 });
    setSessionDetails(doc, { facilitatorName: 'Fran' });
    expect(ownerChoices(doc)).toEqual(['Ada', 'Fran', 'Grace Hopper']);
  });

  it('a new action starts from the block the room is on', () => {
    const { doc, a, b } = agendaDoc();
    expect(currentBlock(doc)).toBe(a.id);
    applyTimerAction(doc, { type: 'next' }, { hostNow: 1 });
    expect(emptyDraft(doc)).toMatchObject({ sourceBlockId: b.id, responsible: '' });
  });

  it('an accepted suggestion makes the suggester the owner; its block or the current one', () => {
    const { doc, a } = agendaDoc();
    suggest(doc, {
      kind: 'action',
      text: 'Write the pricing FAQ',
      authorId: 'p1',
      authorName: 'Grace',
    });
    const s = listSuggestions(doc)[0]!;
    const draft = draftFromSuggestion(doc, s);
    expect(draft).toMatchObject({ title: 'Write the pricing FAQ', responsible: 'Grace' });
    expect(draft.sourceBlockId).toBe(s.sourceBlockId ?? a.id);
    const long = draftFromSuggestion(doc, { ...s, text: 'x'.repeat(250), sourceBlockId: null });
    expect(long.title).toHaveLength(200);
    expect(long.successMeasure).toHaveLength(250);
    expect(long.sourceBlockId).toBe(a.id);
  });

  it('a promoted note keeps its block, notes and named author', () => {
    expect(
      draftFromBoard({ blockId: 'b', text: ' Ship\nweekly ', noteIds: ['n1'], authorName: 'Ada' }),
    ).toEqual({
      title: 'Ship weekly',
      responsible: 'Ada',
      successMeasure: '',
      sourceBlockId: 'b',
      sourceNoteIds: ['n1'],
      sourceGroupId: null,
    });
    expect(draftFromBoard({ blockId: 'b', text: 'x', noteIds: [] }).responsible).toBe('');
  });

  it('warns about an action without a Responsible', () => {
    expect(ownerWarning('  ')).toMatch(/No owner, no action/);
    expect(ownerWarning('Ada')).toBeNull();
  });
});
