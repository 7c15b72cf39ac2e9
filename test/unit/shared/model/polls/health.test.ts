// The team health check (issue 25): 4 to 8 dimensions, each answered 1 to 5, one answer per
// participant, anonymous by default; its result per dimension, beside the earlier sessions'.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { getPoll, validAnswer } from '#shared/model/polls/read';
import { pollResult } from '#shared/model/polls/results';
import { HEALTH_HISTORY } from '#shared/model/polls/names';
import { createAuthorKey } from '#shared/model/board/index';
import { participantIdFor } from '#shared/model/authority/signing';
import { ValidationError } from '#shared/model/limits';

const DIMS = ['Pace', 'Clarity', 'Trust', 'Fun'];
const voter = () => {
  const authorKey = createAuthorKey();
  return { participantId: participantIdFor(authorKey), authorKey };
};

describe('health check', () => {
  it('needs 4 to 8 distinct dimensions, and is anonymous by default', () => {
    const doc = new Y.Doc();
    for (const options of [DIMS.slice(0, 3), [...DIMS, ...DIMS.map((d) => `${d}!`), 'Nine']])
      expect(() => createPoll(doc, { question: 'Health', kind: 'health', options })).toThrow(
        /4 to 8 dimensions/,
      );
    expect(() =>
      createPoll(doc, { question: 'Health', kind: 'health', options: ['A', 'B', 'C', 'A'] }),
    ).toThrow('Two dimensions have the same name.');
    const poll = createPoll(doc, { question: 'Health', kind: 'health', options: DIMS });
    expect(getPoll(doc, poll.id)).toMatchObject({ kind: 'health', options: DIMS, anonymous: true });
  });

  it('takes one value 1–5 per dimension in order, one answer per participant', () => {
    const doc = new Y.Doc();
    const poll = createPoll(doc, { question: 'Health', kind: 'health', options: DIMS });
    updatePoll(doc, { pollId: poll.id, state: 'open' });
    const p = getPoll(doc, poll.id);
    expect(validAnswer(p, [5, 1, 1, 3])).toBe(true);
    expect(validAnswer(p, [5, 1, 1])).toBe(false);
    expect(validAnswer(p, [5, 1, 1, 6])).toBe(false);
    expect(validAnswer(p, [0, 1, 1, 1])).toBe(false);
    const ann = voter();
    const bo = voter();
    answerPoll(doc, { pollId: poll.id, values: [1, 2, 3, 4], voter: ann });
    answerPoll(doc, { pollId: poll.id, values: [5, 4, 3, 2], voter: ann }); // changes her answer
    answerPoll(doc, { pollId: poll.id, values: [3, 3, 3, 5], voter: bo });
    expect(() => answerPoll(doc, { pollId: poll.id, values: [3], voter: bo })).toThrow(
      ValidationError,
    );
    const r = pollResult(doc, p);
    expect(r.voters).toBe(2);
    expect(r.dimensions).toEqual([
      { name: 'Pace', average: 4, counts: [0, 0, 1, 0, 1] },
      { name: 'Clarity', average: 3.5, counts: [0, 0, 1, 1, 0] },
      { name: 'Trust', average: 3, counts: [0, 0, 2, 0, 0] },
      { name: 'Fun', average: 3.5, counts: [0, 1, 0, 0, 1] },
    ]);
    expect(r.trend).toEqual({
      sessions: ['This session'],
      dimensions: [
        { name: 'Pace', averages: [4] },
        { name: 'Clarity', averages: [3.5] },
        { name: 'Trust', averages: [3] },
        { name: 'Fun', averages: [3.5] },
      ],
    });
  });

  it('reads this session beside the earlier ones of its series, matched by dimension name', () => {
    const doc = new Y.Doc();
    const poll = createPoll(doc, { question: 'Health', kind: 'health', options: DIMS });
    updatePoll(doc, { pollId: poll.id, state: 'open' });
    answerPoll(doc, { pollId: poll.id, values: [4, 4, 4, 4], voter: voter() });
    const history = doc.getMap(HEALTH_HISTORY);
    history.set('s2/h', {
      sessionTitle: 'Second',
      date: '2026-10-01',
      dimensions: [{ name: 'pace', average: 3, answers: 5 }],
    });
    history.set('s1/h', {
      sessionTitle: 'First',
      date: '2026-06-01',
      dimensions: [
        { name: 'Pace', average: 2, answers: 5 },
        { name: 'Trust', average: 9, answers: 5 }, // out of range: read as not asked
      ],
    });
    history.set('s0/h', {
      sessionTitle: 'Other',
      date: '2026-01-01',
      dimensions: [{ name: 'Mood' }],
    });
    history.set('junk', 'not a snapshot');
    const r = pollResult(doc, getPoll(doc, poll.id));
    expect(r.trend!.sessions).toEqual(['2026-06-01', '2026-10-01', 'This session']);
    expect(r.trend!.dimensions[0]).toEqual({ name: 'Pace', averages: [2, 3, 4] });
    expect(r.trend!.dimensions[2]).toEqual({ name: 'Trust', averages: [null, null, 4] });
  });
});
