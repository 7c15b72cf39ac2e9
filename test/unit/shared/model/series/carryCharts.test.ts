// What a follow-up carries for the charts (issue 25): every measure value recorded so far, the
// earlier session's health checks as results, and their history, so the next session's health
// check is read beside the earlier ones and its measures chart every value.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initSession } from '#shared/model/session/commands';
import { setSessionDetails } from '#shared/model/session/details';
import { addMeasure } from '#shared/model/registers/commands';
import { listMeasureValues, recordMeasureValue } from '#shared/model/registers/measureValues';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { getPoll } from '#shared/model/polls/read';
import { pollResult } from '#shared/model/polls/results';
import { carryForward } from '#shared/model/series/followUp';
import { createAuthorKey } from '#shared/model/board/index';
import { participantIdFor } from '#shared/model/authority/signing';

const DIMS = ['Pace', 'Clarity', 'Trust', 'Fun'];

function healthCheck(doc: Y.Doc, id: string, answers: number[][]) {
  createPoll(doc, { id, question: 'Team health', kind: 'health', options: DIMS, now: 5 });
  updatePoll(doc, { pollId: id, state: 'open' });
  for (const values of answers) {
    const authorKey = createAuthorKey();
    answerPoll(doc, {
      pollId: id,
      values,
      voter: { participantId: participantIdFor(authorKey), authorKey },
    });
  }
  updatePoll(doc, { pollId: id, state: 'closed' });
}

function session(title: string, date: string) {
  const doc = new Y.Doc();
  initSession(doc, { title, now: 1 });
  setSessionDetails(doc, { startDate: date });
  return doc;
}

describe('carrying the charts to a follow-up', () => {
  it('carries every measure value, and each earlier health check beside the next one', () => {
    const first = session('Q3 offsite', '2026-09-14');
    addMeasure(first, { id: 'm1', name: 'NPS', baselineValue: 42, targetValue: 60, now: 2 });
    recordMeasureValue(first, { id: 'v1', measureId: 'm1', value: 47, date: '2026-09-14' });
    healthCheck(first, 'h1', [
      [2, 3, 4, 4],
      [3, 3, 4, 2],
    ]);

    const second = session('Q4 offsite', '2026-12-01');
    carryForward(first, second, { previousTitle: 'Q3 offsite' }, 'host');
    recordMeasureValue(second, { id: 'v2', measureId: 'm1', value: 51, date: '2026-12-01' });
    healthCheck(second, 'h2', [[4, 4, 4, 4]]);

    const third = session('Q1 offsite', '2027-03-01');
    carryForward(second, third, { previousTitle: 'Q4 offsite' }, 'host');
    recordMeasureValue(third, { id: 'v3', measureId: 'm1', value: 55, date: '2027-03-01' });
    healthCheck(third, 'h3', [[5, 4, 3, 5]]);

    expect(
      listMeasureValues(third)
        .get('m1')!
        .map((v) => v.value),
    ).toEqual([47, 51, 55]);
    const trend = pollResult(third, getPoll(third, 'h3')).trend!;
    expect(trend.sessions).toEqual(['2026-09-14', '2026-12-01', 'This session']);
    expect(trend.dimensions[0]).toEqual({ name: 'Pace', averages: [2.5, 4, 5] });
    // Carried twice (a follow-up made again): each earlier check once.
    carryForward(second, third, { previousTitle: 'Q4 offsite' }, 'host');
    expect(pollResult(third, getPoll(third, 'h3')).trend!.sessions).toHaveLength(3);
  });
});
