// The registers projection (renderer/stores/registersStore.ts) over a real Y.Doc: decisions,
// actions, measures and the suggestion inbox, re-read only when a register map changed.
import { describe, expect, it } from 'vitest';
import { registersStore } from '#renderer/stores/registersStore';
import { checkProjection } from './projectionCheck';
import { STEPS, sessionDoc, settle } from './storeTestKit';

describe('registersStore', () => {
  it('reads the registers and the suggestions the commands wrote', async () => {
    const doc = sessionDoc();
    const p = registersStore(doc);
    expect(p.getState()).toMatchObject({ decisions: [], actions: [], suggestions: [] });
    for (const step of STEPS) step.run(doc);
    await settle();
    const s = p.getState();
    expect(s.decisions.map((d) => d.title)).toEqual(['Go']);
    expect(s.actions.map((a) => [a.title, a.status])).toEqual([['Book room', 'open']]);
    expect(s.measures).toEqual([]);
    expect(s.suggestions.map((x) => [x.kind, x.text, x.authorName])).toEqual([
      ['action', 'Ask IT', 'Ada'],
    ]);
  });

  it('re-reads only for the registers, and is never stale', async () => {
    const { reread, skipped } = await checkProjection('registers', registersStore);
    expect(reread).toEqual(['record a decision', 'add an action', 'suggest an action']);
    expect(skipped).toEqual(expect.arrayContaining(['add a board note', 'start the timer']));
  });
});
