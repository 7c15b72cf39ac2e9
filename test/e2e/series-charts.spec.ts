// Issue 25's pictures in a room: a follow-up session carries a measure (its baseline, target and
// first value) and the earlier session's team health check; the facilitator records two more
// values on the console (a value that is not a number refused with its message), so the measure's
// chart shows three values; two attendees answer today's health check and its chart shows both
// sessions. The projector's Charts screen shows each, large; the Markdown says the trend in words.
// Screenshots: console 1280 and 1920, projector 1080p and 720p.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { test, expect } from './fixtures';
import { createFromTemplate, joinAs, sessionIdOf } from './roomFixtures';
import { hostApi } from '#kit/hostApi';
import { facilitatorPeer } from '#kit/hubPeer';
import { initSession } from '#shared/model/session/commands';
import { setSessionDetails } from '#shared/model/session/details';
import { addMeasure } from '#shared/model/registers/commands';
import { recordMeasureValue } from '#shared/model/registers/measureValues';
import { answerPoll, createPoll, updatePoll } from '#shared/model/polls/commands';
import { createAuthorKey } from '#shared/model/board/index';
import { participantIdFor } from '#shared/model/authority/signing';
import { carryForward } from '#shared/model/series/followUp';
import { listMeasures } from '#shared/model/registers/read';

const DIMS = ['Pace', 'Clarity of goals', 'Trust', 'Fun'];

/** The series' first session, as the host holds it once it ran. */
function firstSession(): Y.Doc {
  const doc = new Y.Doc();
  initSession(doc, { title: 'September offsite', now: 1 });
  setSessionDetails(doc, { startDate: '2026-09-14' });
  addMeasure(doc, {
    id: 'nps',
    name: 'Customer NPS',
    baselineValue: 42,
    baselineDate: '2026-09-14',
    targetValue: 60,
    targetDate: '2027-03-31',
    now: 2,
  });
  recordMeasureValue(doc, { measureId: 'nps', value: 45, date: '2026-10-01', who: 'Ann' });
  createPoll(doc, { id: 'h1', question: 'Team health', kind: 'health', options: DIMS, now: 3 });
  updatePoll(doc, { pollId: 'h1', state: 'open' });
  for (const values of [
    [2, 2, 4, 3],
    [3, 2, 4, 4],
  ]) {
    const authorKey = createAuthorKey();
    answerPoll(doc, {
      pollId: 'h1',
      values,
      voter: { participantId: participantIdFor(authorKey), authorKey },
    });
  }
  updatePoll(doc, { pollId: 'h1', state: 'closed' });
  return doc;
}

async function projectorUrl(consolePage: Page, base: string): Promise<string> {
  const href = await consolePage.getByRole('link', { name: 'Open projector' }).getAttribute('href');
  if (!href) throw new Error('no projector link');
  return new URL(href, base).href;
}

const tableRows = (chart: ReturnType<Page['getByTestId']>) => chart.locator('table tbody tr');

test('a measure charts three values and the health check two sessions, on the console, the projector and in the minutes', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(120_000);
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 900 } });
  const joinUrl = await createFromTemplate(
    consolePage,
    host.consoleUrl,
    'December offsite',
    'Brainstorm and vote',
  );
  const sessionId = sessionIdOf(consolePage);
  // What a follow-up carries from the first session (the host makes it; here a facilitator peer).
  const peer = facilitatorPeer(host, sessionId);
  await peer.synced;
  carryForward(firstSession(), peer.doc, { previousTitle: 'September offsite' }, 'carry');
  await expect.poll(() => listMeasures(peer.doc).length).toBe(1);

  const registers = consolePage.getByRole('region', { name: 'Decisions, actions and measures' });
  const trend = registers.getByRole('article', { name: 'Measure M1: Customer NPS' });
  await expect(trend.getByTestId('measure-words')).toHaveText(
    '42 → 45 since 2026-09-14; target 60 by 2027-03-31',
  );
  const form = trend.getByRole('form', { name: 'Record a value of Customer NPS' });
  // Bad input: a clear message, nothing written, what was typed kept.
  await form.getByRole('textbox', { name: 'Value' }).fill('about fifty');
  await form.getByLabel('Date').fill('2026-11-02');
  await form.getByRole('button', { name: 'Record value' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'The value must be a number such as 42 or 42.5; “about fifty” is not one.',
  );
  await expect(form.getByRole('textbox', { name: 'Value' })).toHaveValue('about fifty');
  for (const [value, date] of [
    ['48', '2026-11-02'],
    ['51', '2026-12-01'],
  ] as const) {
    await form.getByRole('textbox', { name: 'Value' }).fill(value);
    await form.getByLabel('Date').fill(date);
    await form.getByRole('button', { name: 'Record value' }).click();
    await expect(form.getByRole('textbox', { name: 'Value' })).toHaveValue('');
  }
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(trend.getByTestId('measure-words')).toHaveText(
    '42 → 51 since 2026-09-14; target 60 by 2027-03-31',
  );
  // The chart: baseline, three values, target, as a screen reader reads it.
  const chart = trend.getByTestId('measure-chart');
  await expect(tableRows(chart)).toHaveText([
    '2026-09-1442baseline',
    '2026-10-0145(Ann)',
    '2026-11-0248',
    '2026-12-0151',
    '2027-03-3160target',
  ]);
  // Drawn: the target's label and each value's number in bold beside its mark.
  await expect(chart.locator('svg text[font-weight="700"]')).toHaveText([
    'Target 60 by 2027-03-31',
    '45',
    '48',
    '51',
  ]);

  // Today's health check, answered by two attendees.
  const polls = consolePage.getByRole('region', { name: 'Polls' });
  const pollForm = polls.getByRole('form', { name: 'New poll' });
  await pollForm.getByRole('textbox', { name: 'Poll question' }).fill('Team health');
  await pollForm
    .getByRole('combobox', { name: 'Kind' })
    .selectOption({ label: 'Team health check' });
  await pollForm.getByRole('textbox', { name: /^Dimensions/ }).fill('Pace\nClarity of goals');
  await pollForm.getByRole('button', { name: 'Create poll' }).click();
  await expect(pollForm.getByRole('alert')).toHaveText(
    'A health check names 4 to 8 dimensions, one per line; this one has 2.',
  );
  await pollForm.getByRole('textbox', { name: /^Dimensions/ }).fill(DIMS.join('\n'));
  await pollForm.getByRole('button', { name: 'Create poll' }).click();
  const poll = polls.getByRole('article', { name: 'Poll: Team health' });
  await poll.getByRole('button', { name: 'Open poll' }).click();
  for (const [name, values] of [
    ['Ada', [4, 3, 5, 4]],
    ['Bob', [3, 4, 4, 5]],
  ] as const) {
    const { page } = await openPage({ viewport: { width: 390, height: 844 } });
    await joinAs(page, joinUrl, name);
    const answer = page.getByRole('form', { name: 'Poll: Team health' });
    for (const [i, dim] of DIMS.entries())
      await answer.getByRole('radio', { name: `${dim}: ${values[i]}` }).check();
    await answer.getByRole('button', { name: 'Send answer' }).click();
    await expect(answer.getByRole('button', { name: 'Change answer' })).toBeVisible();
  }
  await poll.getByRole('button', { name: 'Close poll' }).click();
  const health = poll.getByTestId('health-chart');
  await expect(health.locator('table thead th')).toHaveText([
    'Dimension',
    '2026-09-14',
    'This session',
  ]);
  await expect(tableRows(health)).toHaveText([
    'Pace2.53.5',
    'Clarity of goals2.03.5',
    'Trust4.04.5',
    'Fun3.54.5',
  ]);

  await trend.scrollIntoViewIfNeeded();
  await look(consolePage, 'series-charts-console-measure-1280', { fullPage: false });
  await poll.scrollIntoViewIfNeeded();
  await look(consolePage, 'series-charts-console-health-1280', { fullPage: false });
  await consolePage.setViewportSize({ width: 1920, height: 1080 });
  await trend.scrollIntoViewIfNeeded();
  await look(consolePage, 'series-charts-console-measure-1920', { fullPage: false });

  // The projector's Charts screen: one chart a page (measure, health check, the day's plan),
  // turned by hand from the console here.
  await consolePage
    .getByRole('group', { name: 'The projector shows' })
    .getByRole('radio', { name: /^Charts/ })
    .check();
  await consolePage.getByRole('combobox', { name: 'Turn pages' }).selectOption('by hand');
  // The day under way: its first block done, the second running.
  await consolePage.getByRole('button', { name: 'Next block' }).click();
  const url = await projectorUrl(consolePage, host.localUrl);
  for (const [w, h] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    const { page: projector } = await openPage({ viewport: { width: w, height: h } });
    await projector.goto(url);
    const heading = projector.getByRole('heading', { level: 1 });
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await expect(projector.getByText(/^Page \d of 3$/)).toBeVisible();
      const title = await heading.innerText();
      if (title === 'Measures') {
        const measure = projector.getByRole('article', { name: 'Measure M1: Customer NPS' });
        await expect(measure.getByTestId('measure-words')).toHaveText(
          '42 → 51 since 2026-09-14; target 60 by 2027-03-31',
        );
        await expect(tableRows(measure.getByTestId('measure-chart'))).toHaveCount(5);
        await look(projector, `series-charts-projector-measure-${w}x${h}`, { fullPage: false });
      } else if (title === 'Team health') {
        const check = projector.getByRole('article', { name: 'Poll: Team health' });
        await expect(check.getByTestId('health-chart').locator('table thead th')).toHaveText([
          'Dimension',
          '2026-09-14',
          'This session',
        ]);
        await look(projector, `series-charts-projector-health-${w}x${h}`, { fullPage: false });
      } else {
        expect(title).toBe('Planned vs actual');
        await expect(projector.getByTestId('plan-chart').locator('table thead th')).toHaveText([
          'Block',
          'Planned (min)',
          'Actual (min)',
        ]);
        await expect(projector.getByTestId('plan-chart').locator('table tbody tr')).toHaveCount(2);
        await look(projector, `series-charts-projector-plan-${w}x${h}`, { fullPage: false });
      }
      seen.add(title);
      await consolePage.getByRole('button', { name: 'Next page ›' }).click();
      await expect(heading).not.toHaveText(title);
    }
    expect([...seen].sort()).toEqual(['Measures', 'Planned vs actual', 'Team health']);
  }

  // The minutes say it in words.
  const md = await (await hostApi(host).exportFile('markdown', { id: sessionId })).text();
  expect(md).toContain('- **M1 Customer NPS**: 42 → 51 since 2026-09-14; target 60 by 2027-03-31');
  expect(md).toContain('- Pace: average 3.5 (earlier 2026-09-14: 2.5)');
  peer.destroy();
});
