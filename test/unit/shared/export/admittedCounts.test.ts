// Exports say what the console says: every poll's and every closed vote's count is "N from M
// admitted" once the session has a roster, so minutes read later cannot pass 10 answers from
// 6 people off as the room's word. Markdown and the print HTML the PDF is made of; the actions CSV
// carries no counts. A doc no host has run (no roster) keeps its plain counts.
import { describe, expect, it } from 'vitest';
import { reportFromDoc } from '#shared/export/fromDoc';
import { toMarkdown } from '#shared/export/markdown';
import { toPrintHtml } from '#shared/export/printHtml';
import { seedRoster, setRosterState } from '#shared/model/roster/commands';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { listParticipants } from '#shared/model/session/read';
import { readRegisters } from '#shared/model/registers/read';
import { strategyDoc } from '#fixtures/sessions/strategyDoc';

/** The strategy offsite with an open named poll two of its three people answered. */
function session() {
  const s = strategyDoc();
  const poll = createPoll(s.doc, {
    id: 'keep',
    question: 'Keep the Friday demo?',
    kind: 'choice',
    options: ['Keep', 'Drop'],
    anonymous: false,
    now: s.now,
  });
  updatePoll(s.doc, { pollId: poll.id, state: 'open' });
  const people = listParticipants(s.doc);
  for (const [i, name] of ['Ada Lovelace', 'Grace Hopper'].entries()) {
    const p = people.find((q) => q.name === name)!;
    const authorKey = new Uint8Array(32).fill(i + 1);
    answerPoll(s.doc, { pollId: 'keep', values: [0], voter: { participantId: p.id, authorKey } });
  }
  return s;
}

const render = (s: ReturnType<typeof strategyDoc>) => {
  const report = reportFromDoc(s.doc, { now: s.now, timeZone: 'UTC' });
  return { md: toMarkdown(report), html: toPrintHtml(report) };
};

describe('counts in the exports', () => {
  it('say it in a decision’s confidence vote too', () => {
    const s = strategyDoc();
    s.doc.transact(() => seedRoster(s.doc));
    const decisionId = readRegisters(s.doc).decisions[0]!.id;
    createPoll(s.doc, {
      id: 'conf',
      question: 'Confidence?',
      kind: 'fist',
      anonymous: false,
      decisionId,
      now: s.now,
    });
    updatePoll(s.doc, { pollId: 'conf', state: 'open' });
    const ada = listParticipants(s.doc).find((p) => p.name === 'Ada Lovelace')!;
    answerPoll(s.doc, {
      pollId: 'conf',
      values: [4],
      voter: { participantId: ada.id, authorKey: new Uint8Array(32).fill(1) },
    });
    const { md } = render(s);
    expect(md).toMatch(
      /Confidence vote:\*\* [^\n]*average 4\.0; 0 below 3; 1 answer from 3 admitted/,
    );
  });

  it('say how many the roster admits, for polls and closed votes', () => {
    const s = session();
    // Without a roster (a doc no host has run): plain counts, as before.
    const before = render(s);
    expect(before.md).toContain('multiple choice, named; 2 answers; still open');
    expect(before.md).toContain('_3 voters, 5 votes');
    expect(before.md).not.toContain('admitted');

    // The host's roster: the three who took part are admitted.
    s.doc.transact(() => seedRoster(s.doc));
    const { md, html } = render(s);
    expect(md).toContain('multiple choice, named; 2 answers from 3 admitted; still open');
    expect(md).toContain('_3 voters from 3 admitted, 5 votes');
    expect(html).toContain('2 answers from 3 admitted');
    expect(html).toContain('3 voters from 3 admitted, 5 votes');

    // Linus removed: his dots stop counting, and the room is two.
    const linus = listParticipants(s.doc).find((p) => p.name === 'Linus | Pipe')!;
    s.doc.transact(() => setRosterState(s.doc, linus.id, 'removed'));
    const after = render(s);
    expect(after.md).toContain('2 answers from 2 admitted');
    expect(after.md).toContain('_2 voters from 2 admitted, 3 votes');
    expect(after.html).toContain('2 voters from 2 admitted, 3 votes');
  });
});
