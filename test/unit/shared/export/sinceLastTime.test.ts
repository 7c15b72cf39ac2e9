// A follow-up's minutes open with "Since last time" (issue 25): the carried actions done, slipped
// and dropped with their owners and how many are still open, the measures that moved (in words;
// the PDF draws them), the team's health beside the earlier session's; then the summary as ever.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initSession } from '#shared/model/session/commands';
import { setSessionDetails } from '#shared/model/session/details';
import { addAction, addMeasure } from '#shared/model/registers/commands';
import { recordMeasureValue } from '#shared/model/registers/measureValues';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { carryForward } from '#shared/model/series/followUp';
import { recordActionUpdate } from '#shared/model/series/commands';
import { SERIES_META_KEY } from '#shared/model/series/names';
import { createAuthorKey } from '#shared/model/board/index';
import { participantIdFor } from '#shared/model/authority/signing';
import { reportFromDoc } from '#shared/export/fromDoc';
import { toMarkdown } from '#shared/export/markdown';
import { toPrintHtml } from '#shared/export/printHtml';

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

function twoSessions() {
  const first = new Y.Doc();
  initSession(first, { title: 'Q3 offsite', now: 1 });
  setSessionDetails(first, { startDate: '2026-09-14' });
  for (const [id, title, responsible] of [
    ['a1', 'Hire two engineers', 'Ann'],
    ['a2', 'Price page', 'Bo'],
    ['a3', 'Podcast', 'Cy'],
    ['a4', 'Error budgets', 'Di'],
    ['a5', 'Cost dashboard', 'Ed'],
  ] as const)
    addAction(first, { id, title, responsible, now: 2 });
  addMeasure(first, {
    id: 'm1',
    name: 'NPS',
    baselineValue: 42,
    baselineDate: '2026-09-14',
    targetValue: 60,
    targetDate: '2027-03-31',
    now: 3,
  });
  addMeasure(first, { id: 'm2', name: 'Churn', unit: '%', baselineValue: 4, now: 4 });
  healthCheck(first, 'h1', [
    [2, 3, 4, 4],
    [3, 3, 4, 2],
  ]);
  const second = new Y.Doc();
  initSession(second, { title: 'Q4 offsite', now: 10 });
  setSessionDetails(second, { startDate: '2026-12-01' });
  second
    .getMap('meta')
    .set(SERIES_META_KEY, { seriesId: 's1', number: 2, previousTitle: 'Q3 offsite' });
  carryForward(first, second, { previousTitle: 'Q3 offsite' }, 'host');
  const review = (
    actionId: string,
    status: 'done' | 'slipped' | 'dropped' | 'at risk',
    note = '',
  ) => recordActionUpdate(second, 'facilitator', { actionId, status, note, now: 20 });
  review('a1', 'done', 'Both start in January');
  review('a2', 'slipped', 'Legal review took a month');
  review('a3', 'dropped');
  review('a4', 'at risk');
  recordMeasureValue(second, { measureId: 'm1', value: 47, date: '2026-10-15' });
  recordMeasureValue(second, { measureId: 'm1', value: 51, date: '2026-12-01' });
  healthCheck(second, 'h2', [[4, 4, 4, 4]]);
  return { first, second };
}

describe('Since last time', () => {
  it('opens a follow-up’s Markdown, before the summary', () => {
    const { second } = twoSessions();
    const md = toMarkdown(reportFromDoc(second, { now: 100, timeZone: 'UTC' }));
    const since = md.indexOf('## Since last time');
    expect(since).toBeGreaterThan(0);
    expect(since).toBeLessThan(md.indexOf('## Summary'));
    const part = md.slice(since, md.indexOf('## Summary'));
    expect(part).toContain('_Follow-up of “Q3 offsite”._');
    expect(part).toContain('**Done (1)**\n\n- Hire two engineers — Ann: Both start in January');
    expect(part).toContain('**Slipped (1)**\n\n- Price page — Bo: Legal review took a month');
    expect(part).toContain('**Dropped (1)**\n\n- Podcast — Cy');
    expect(part).toContain('_Still open: 2 actions (0 on track, 1 at risk, 1 not reviewed yet)._');
    // Moved: NPS has values since its baseline; Churn has none.
    expect(part).toContain('- **M1 NPS**: 42 → 51 since 2026-09-14; target 60 by 2027-03-31');
    expect(part).not.toContain('Churn');
    expect(part).toContain('- Pace: average 4.0 (earlier 2026-09-14: 2.5)');
  });

  it('opens the PDF’s print layout too, with the measure’s and the health check’s charts', () => {
    const { second } = twoSessions();
    const html = toPrintHtml(reportFromDoc(second, { now: 100, timeZone: 'UTC' }));
    const since = html.indexOf('<section id="since"');
    expect(since).toBeGreaterThan(0);
    expect(since).toBeLessThan(html.indexOf('<section id="summary"'));
    const part = html.slice(since, html.indexOf('<section id="summary"'));
    expect(part).toContain('aria-label="NPS: 42 → 51 since 2026-09-14; target 60 by 2027-03-31"');
    expect(part).toContain('aria-label="Team health, average per dimension (1 to 5): Team health"');
    expect(part.match(/<svg /g)).toHaveLength(2);
  });

  it('is not there for a session that follows none', () => {
    const { first } = twoSessions();
    const report = reportFromDoc(first, { now: 100, timeZone: 'UTC' });
    expect(report.sinceLastTime).toBeNull();
    expect(toMarkdown(report)).not.toContain('Since last time');
  });
});
