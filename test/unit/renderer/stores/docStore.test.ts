// The session-wide projection (renderer/stores/docStore.ts) over a real Y.Doc written through the
// shared commands: what it reads, one object per doc, and no re-read for board traffic (the
// schema registry's `doc` watchers).
import { describe, expect, it } from 'vitest';
import { docStore } from '#renderer/stores/docStore';
import { checkProjection } from './projectionCheck';
import { STEPS, sessionDoc, settle } from './storeTestKit';

describe('docStore', () => {
  it('reads the meta, parking lot, questions, polls and participants the commands wrote', async () => {
    const doc = sessionDoc();
    const p = docStore(doc);
    expect(p.getState().meta.title).toBe('Offsite');
    for (const step of STEPS) step.run(doc);
    await settle();
    const s = p.getState();
    expect(s.meta.title).toBe('Offsite 2027');
    expect(s.participants.map((x) => x.name)).toEqual(['Ada']);
    expect(s.parkingLot.map((x) => [x.text, x.authorName])).toEqual([['Budget', 'Ada']]);
    expect(s.questions.map((q) => q.text)).toEqual(['Why?']);
    expect(s.polls.map((r) => [r.poll.question, r.poll.options])).toEqual([
      ['Lunch?', ['Yes', 'No']],
    ]);
  });

  it('is one projection per doc', () => {
    const doc = sessionDoc();
    expect(docStore(doc)).toBe(docStore(doc));
    expect(docStore(sessionDoc())).not.toBe(docStore(doc));
  });

  it('re-reads only for the types it reads, and is never stale', async () => {
    const { reread, skipped } = await checkProjection('doc', docStore);
    expect(reread).toEqual(
      expect.arrayContaining(['rename the session', 'park an item', 'ask a question']),
    );
    // It reads meta, participants and the toolkit: the timer, the agenda, boards, registers and
    // the projector's screen do not make it re-read.
    expect(skipped).toEqual([
      'start the timer',
      'next block',
      'add a block',
      'set up a board',
      'add a board note',
      'record a decision',
      'add an action',
      'suggest an action',
      'show the join screen',
    ]);
  });
});
