// Issue 25's pictures over two sessions of one series: the first has a measure (baseline, target,
// a first value) and a team health check two attendees answer; the host's "Follow up" makes the
// second, which carries both. There the facilitator records two more values on the console (a value
// that is not a number refused with its message), so the measure's chart shows three values; two
// attendees answer today's health check and its chart shows both sessions. The projector's Charts
// screen shows each, large; the Markdown and the PDF open with "Since last time".
// Screenshots: console 1280 and 1920, projector 1080p and 720p, the PDF's first pages.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { createFromTemplate, joinAs, sessionIdOf } from './roomFixtures';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostApi } from '#kit/hostApi';
import { SCREENSHOTS } from './fixtures';
import { facilitatorPeer } from '#kit/hubPeer';
import { setSessionDetails } from '#shared/model/session/details';
import { addMeasure } from '#shared/model/registers/commands';
import { listMeasureValues, recordMeasureValue } from '#shared/model/registers/measureValues';

const DIMS = ['Pace', 'Clarity of goals', 'Trust', 'Fun'];

/** Two attendees answer the open health check on their phones. */
async function answerHealth(
  openPage: (o: { viewport: { width: number; height: number } }) => Promise<{ page: Page }>,
  joinUrl: string,
  answers: readonly (readonly [string, readonly number[]])[],
) {
  for (const [name, values] of answers) {
    const { page } = await openPage({ viewport: { width: 390, height: 844 } });
    await joinAs(page, joinUrl, name);
    const answer = page.getByRole('form', { name: 'Poll: Team health' });
    for (const [i, dim] of DIMS.entries())
      await answer.getByRole('radio', { name: `${dim}: ${values[i]}` }).check();
    await answer.getByRole('button', { name: 'Send answer' }).click();
    await expect(answer.getByRole('button', { name: 'Change answer' })).toBeVisible();
    await page.context().close();
  }
}

/** The console's new health check, opened. */
async function openHealthCheck(consolePage: Page) {
  const polls = consolePage.getByRole('region', { name: 'Polls' });
  const pollForm = polls.getByRole('form', { name: 'New poll' });
  await pollForm.getByRole('textbox', { name: 'Poll question' }).fill('Team health');
  await pollForm
    .getByRole('combobox', { name: 'Kind' })
    .selectOption({ label: 'Team health check' });
  await pollForm.getByRole('textbox', { name: /^Dimensions/ }).fill(DIMS.join('\n'));
  await pollForm.getByRole('button', { name: 'Create poll' }).click();
  const poll = polls.getByRole('article', { name: 'Poll: Team health' });
  await poll.getByRole('button', { name: 'Open poll' }).click();
  return poll;
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
  test.setTimeout(240_000);
  const api = hostApi(host);
  const { page: consolePage } = await openPage({ viewport: { width: 1280, height: 900 } });
  // The first session: a measure with its first value, and a health check two attendees answer.
  const firstJoin = await createFromTemplate(
    consolePage,
    host.consoleUrl,
    'September offsite',
    'Brainstorm and vote',
  );
  const firstId = sessionIdOf(consolePage);
  const peer = facilitatorPeer(host, firstId);
  await peer.synced;
  setSessionDetails(peer.doc, { startDate: '2026-09-14' });
  addMeasure(peer.doc, {
    id: 'nps',
    name: 'Customer NPS',
    baselineValue: 42,
    baselineDate: '2026-09-14',
    targetValue: 60,
    targetDate: '2027-03-31',
  });
  recordMeasureValue(peer.doc, { measureId: 'nps', value: 45, date: '2026-10-01', who: 'Ann' });
  const firstPoll = await openHealthCheck(consolePage);
  await answerHealth(openPage, firstJoin, [
    ['Ann', [2, 2, 4, 3]],
    ['Cy', [3, 2, 4, 4]],
  ]);
  await firstPoll.getByRole('button', { name: 'Close poll' }).click();
  await expect(firstPoll).toContainText('2 answers');
  await expect.poll(() => listMeasureValues(peer.doc).get('nps')?.length).toBe(1);
  peer.destroy();

  // The host's follow-up makes the second session of the series and carries both.
  const second = await api.followUpSession({ id: firstId, title: 'December offsite' });
  const sessionId = second.id;
  await consolePage.goto(consolePage.url().replace(firstId, sessionId));
  await expect(
    consolePage.getByRole('heading', { level: 1, name: 'December offsite' }),
  ).toBeVisible();
  const joinUrl = await consolePage.getByRole('link', { name: 'Join link' }).getAttribute('href');
  if (!joinUrl) throw new Error('no join link');

  const registers = consolePage.getByRole('region', { name: 'Decisions, actions and measures' });
  const trend = registers.getByRole('article', { name: 'Measure M1: Customer NPS' });
  await expect(trend.getByTestId('measure-words')).toHaveText(
    '42 → 45 since Sep 14, 2026; target 60 by Mar 31, 2027',
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
    '42 → 51 since Sep 14, 2026; target 60 by Mar 31, 2027',
  );
  // The chart: baseline, three values, target, as a screen reader reads it.
  const chart = trend.getByTestId('measure-chart');
  await expect(tableRows(chart)).toHaveText([
    'Sep 14, 202642baseline',
    'Oct 1, 202645(Ann)',
    'Nov 2, 202648',
    'Dec 1, 202651',
    'Mar 31, 202760target',
  ]);
  // Drawn: the target's label and each value's number in bold beside its mark.
  await expect(chart.locator('svg text[font-weight="700"]')).toHaveText([
    'Target 60 by Mar 31, 2027',
    '45',
    '48',
    '51',
  ]);

  // Today's health check, answered by two attendees.
  const polls = consolePage.getByRole('region', { name: 'Polls' });
  const pollForm = polls.getByRole('form', { name: 'New poll' });
  await pollForm
    .getByRole('combobox', { name: 'Kind' })
    .selectOption({ label: 'Team health check' });
  await pollForm.getByRole('textbox', { name: 'Poll question' }).fill('Team health');
  await pollForm.getByRole('textbox', { name: /^Dimensions/ }).fill('Pace\nClarity of goals');
  await pollForm.getByRole('button', { name: 'Create poll' }).click();
  await expect(pollForm.getByRole('alert')).toHaveText(
    'A health check names 4 to 8 dimensions, one per line; this one has 2.',
  );
  await pollForm.getByRole('textbox', { name: 'Poll question' }).fill('');
  const poll = await openHealthCheck(consolePage);
  await answerHealth(openPage, joinUrl, [
    ['Ada', [4, 3, 5, 4]],
    ['Bob', [3, 4, 4, 5]],
  ]);
  await poll.getByRole('button', { name: 'Close poll' }).click();
  const health = poll.getByTestId('health-chart');
  await expect(health.locator('table thead th')).toHaveText([
    'Dimension',
    'Sep 14, 2026',
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
  // The day under way: the timer started on a block.
  await consolePage.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(consolePage.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
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
          '42 → 51 since Sep 14, 2026; target 60 by Mar 31, 2027',
        );
        await expect(tableRows(measure.getByTestId('measure-chart'))).toHaveCount(5);
        await look(projector, `series-charts-projector-measure-${w}x${h}`, { fullPage: false });
      } else if (title === 'Team health') {
        const check = projector.getByRole('article', { name: 'Poll: Team health' });
        await expect(check.getByTestId('health-chart').locator('table thead th')).toHaveText([
          'Dimension',
          'Sep 14, 2026',
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
        await expect(
          projector.getByTestId('plan-chart').locator('table tbody tr').first(),
        ).toContainText('planned');
        await look(projector, `series-charts-projector-plan-${w}x${h}`, { fullPage: false });
      }
      seen.add(title);
      await consolePage.getByRole('button', { name: 'Next page ›' }).click();
      await expect(heading).not.toHaveText(title);
    }
    expect([...seen].sort()).toEqual(['Measures', 'Planned vs actual', 'Team health']);
  }

  // The minutes open with "Since last time", in words and (in the PDF) with the charts.
  const md = await (await api.exportFile('markdown', { id: sessionId })).text();
  const since = md.indexOf('## Since last time');
  expect(since).toBeGreaterThan(0);
  expect(since).toBeLessThan(md.indexOf('## Summary'));
  const part = md.slice(since, md.indexOf('## Summary'));
  expect(part).toContain('_Follow-up of “September offsite”._');
  expect(part).toContain(
    '- **M1 Customer NPS**: 42 → 51 since 2026-09-14; target 60 by 2027-03-31',
  );
  expect(part).toContain('- Pace: average 3.5 (earlier 2026-09-14: 2.5)');
  const pdf = await api.exportFile('pdf', { id: sessionId });
  expect(pdf.status).toBe(200);
  const dir = test.info().outputPath();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'december.pdf');
  writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const body = text.slice(text.indexOf('Contents'));
  expect(body.indexOf('Since last time')).toBeGreaterThan(0);
  expect(body.indexOf('Measures that moved')).toBeLessThan(body.lastIndexOf('Summary'));
  expect(text).toContain('Target 60 by 2027-03-31');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '4',
    file,
    join(SCREENSHOTS, 'series-charts-pdf'),
  ]);
});
