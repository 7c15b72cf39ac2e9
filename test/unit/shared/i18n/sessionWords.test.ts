// The words the domain writes into a session itself are in the session's language (issue 27):
// a new day's label, a copy's title, the agenda a template or follow-up lays down, a decision
// made from an attendee's suggestion. They are content: the projector shows them and the exports
// print them, whoever pressed the button and in whatever language their console speaks.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlock, addDay, duplicateBlock, replaceAgenda } from '#shared/model/agenda/commands';
import { duplicateDay } from '#shared/model/agenda/dayCommands';
import { getAgenda } from '#shared/model/agenda/read';
import { setSessionLanguage } from '#shared/model/session/language';
import { acceptSuggestion } from '#shared/model/registers/acceptSuggestion';
import { suggest } from '#shared/model/registers/suggestions';
import { readRegisters } from '#shared/model/registers/read';
import { sessionWords, withoutFollowUp } from '#shared/i18n/sessionWords';
import { followUpAgenda } from '#shared/model/series/followUp';
import { LANGUAGES } from '#shared/i18n/languages';

function sessionIn(language: 'en' | 'de' | 'fr') {
  const doc = new Y.Doc();
  setSessionLanguage(doc, language);
  return doc;
}

describe('the words a session writes itself', () => {
  it('labels new days and copies in the session’s language', () => {
    const de = sessionIn('de');
    const first = addDay(de);
    const block = addBlock(de, {
      dayId: first.id,
      title: 'Vision',
      kind: 'talk',
      plannedMinutes: 30,
    });
    duplicateBlock(de, { blockId: block.id });
    duplicateDay(de, { dayId: first.id });
    addDay(de);
    expect(getAgenda(de).days.map((d) => d.label)).toEqual(['Tag 1', 'Tag 1 (Kopie)', 'Tag 3']);
    expect(getAgenda(de).days[0]!.blocks.map((b) => b.title)).toEqual(['Vision', 'Vision (Kopie)']);

    const fr = sessionIn('fr');
    replaceAgenda(fr, [{ blocks: [] }, { blocks: [] }] as never);
    expect(getAgenda(fr).days.map((d) => d.label)).toEqual(['Jour 1', 'Jour 2']);
    const en = new Y.Doc(); // no language set: English
    expect(addDay(en).label).toBe('Day 1');
  });

  it('keeps where an accepted suggestion came from in the session’s language', () => {
    const de = sessionIn('de');
    const s = suggest(de, {
      kind: 'decision',
      text: 'Beta zuerst',
      authorId: 'p1',
      authorName: 'Ana',
      sourceBlockId: 'b1',
    });
    acceptSuggestion(de, s);
    expect(readRegisters(de).decisions[0]!.context).toBe('Vorgeschlagen von Ana.');
  });

  it('opens a follow-up with the review block in its language', () => {
    expect(followUpAgenda([], 'fr')).toEqual([
      {
        label: 'Jour 1',
        blocks: [expect.objectContaining({ kind: 'review', title: 'Revue des engagements' })],
      },
    ]);
  });

  it('knows a follow-up title in any language, so a follow-up of one counts on', () => {
    for (const language of LANGUAGES) {
      const w = sessionWords(language);
      expect(withoutFollowUp(w.followUp('Q3 · Offsite', 4))).toBe('Q3 · Offsite');
    }
    expect(withoutFollowUp('Team · follow-up planning')).toBe('Team · follow-up planning');
    expect(withoutFollowUp('follow-up 2')).toBe('follow-up 2');
  });

  it('writes French with its no-break spaces', () => {
    const { prompt, facilitatorNotes } = sessionWords('fr').review;
    for (const text of [prompt, facilitatorNotes]) expect(text).not.toMatch(/ [:;?!]/);
  });
});
