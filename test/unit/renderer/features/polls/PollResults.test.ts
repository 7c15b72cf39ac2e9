// A poll's live result (renderer/features/polls/PollResults.tsx) rendered to HTML from answers
// written through the poll commands: a labelled list with a count in text per answer, the number
// of answers, and for a scale the average and how many are below 3.
import { describe, expect, it } from 'vitest';
import { PollResults, pollSummary } from '../../../../../renderer/features/polls/PollResults';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { getPoll } from '#shared/model/polls/read';
import { pollResult } from '#shared/model/polls/results';
import { attendee } from '#kit/seeds/boardReplicas';
import { renderHtml, textOf, within } from '../../renderHtml';
import { sessionDoc } from '../../stores/storeTestKit';

function answered(kind: 'choice' | 'scale', answers: number[][], options?: string[]) {
  const doc = sessionDoc();
  createPoll(doc, { id: 'p', question: 'Which first?', kind, options, multiple: true });
  updatePoll(doc, { pollId: 'p', state: 'open' });
  answers.forEach((values, i) => {
    const v = attendee(`v${i}`, `Voter ${i}`);
    answerPoll(doc, {
      pollId: 'p',
      values,
      voter: { participantId: v.participantId, authorKey: v.authorKey },
    });
  });
  return pollResult(doc, getPoll(doc, 'p'));
}

describe('PollResults', () => {
  it('counts each option in text, under the question as the list’s name', () => {
    const r = answered('choice', [[0], [0, 2], [2], [0]], ['Self-serve', 'Mobile', 'API']);
    const html = renderHtml(PollResults, { result: r });
    expect(textOf(html)).toMatch(/^4 answers/);
    const rows = within(html, 'aria-label="Results: Which first?"').split('<li>').slice(1);
    expect(rows.map(textOf)).toEqual(['Self-serve3', 'Mobile0', 'API2']);
  });

  it('gives a scale’s average and how many answered below 3', () => {
    const r = answered('scale', [[1], [2], [4], [5], [5]]);
    expect(pollSummary(r)).toBe('5 answers · average 3.4 · 2 below 3');
    const text = textOf(renderHtml(PollResults, { result: r }));
    expect(text).toContain('5 answers · average 3.4 · 2 below 3');
  });

  it('says how many the roster admits, and warns when the answers outnumber them', () => {
    const r = answered('choice', [[0], [1], [1]], ['Keep', 'Drop']);
    const fits = textOf(renderHtml(PollResults, { result: { ...r, admitted: 5 } }));
    expect(fits).toMatch(/^3 answers from 5 admitted/);
    expect(fits).not.toContain('More answers than admitted');
    // Three answers from two admitted people (anonymous answers the host could not take back).
    const over = renderHtml(PollResults, { result: { ...r, admitted: 2 } });
    expect(textOf(over)).toContain('3 answers from 2 admitted');
    expect(textOf(over)).toContain('More answers than admitted people: check the roster.');
  });

  it('says one answer in the singular, and no average before any answer', () => {
    expect(pollSummary(answered('choice', [[1]], ['A', 'B']))).toBe('1 answer');
    expect(pollSummary(answered('scale', []))).toBe('0 answers');
  });
});
