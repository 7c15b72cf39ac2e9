// Issue 25: two sessions of one series. The first ends with open actions; "Follow up" in the
// library makes the second, which opens on "Review commitments": the console and the projector
// list the carried actions with owner and due date and which are not reviewed yet; the attendee
// Ann confirms her name once, sees "Your commitments" and records her action's status, which the
// console and the projector show; the facilitator records the other. Screenshots of the review
// block: console 1280 and 1920, projector 1080p and 720p, phone 390×844.
import { test, expect } from './fixtures';
import { hostApi } from '#kit/hostApi';
import { facilitatorPeer } from '#kit/hubPeer';
import { addAction } from '../../shared/model/registers/commands';
import { getAgenda } from '../../shared/model/agenda/read';
import { listActions } from '../../shared/model/registers/read';
import { applyTimerAction } from '../../shared/model/timer/commands';
import { readTimer } from '../../shared/model/timer/read';
import { joinAs, showPart } from './roomFixtures';

test('a follow-up reviews the first session’s actions; an attendee sees and updates their commitments', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(180_000);
  // The actions get distinct creation times: the registers order records by when they were made
  // (then by id), so two made in one millisecond came back in either order.
  const api = hostApi(host.current);
  const first = await api.createSession({ title: 'Q3 offsite', template: 'retrospective' });
  const peer = facilitatorPeer(host.current, first.id);
  await peer.synced;
  addAction(peer.doc, {
    title: 'Hire two engineers',
    responsible: 'Ann Example',
    accountable: 'Bo Boss',
    due: '2026-10-01',
    now: 1_780_000_000_000,
  });
  addAction(peer.doc, {
    title: 'Rewrite onboarding',
    responsible: 'Bo Boss',
    accountable: 'Ann Example',
    due: '2026-11-15',
    status: 'in progress',
    now: 1_780_000_001_000,
  });
  addAction(peer.doc, {
    title: 'Book the venue',
    responsible: 'Cy',
    status: 'done',
    now: 1_780_000_002_000,
  });
  const check = facilitatorPeer(host.current, first.id);
  await check.synced;
  await expect.poll(() => listActions(check.doc).length).toBe(3);
  check.destroy();
  peer.destroy();

  // The library: "Follow up" on the first session makes the second, carrying two actions.
  const { page: console } = await openPage({ viewport: { width: 1280, height: 900 } });
  await console.goto(host.consoleUrl);
  await console.getByRole('button', { name: 'Follow up Q3 offsite' }).click();
  await expect(console.getByRole('status')).toHaveText(
    'Created “Q3 offsite · follow-up 1”, carrying 2 open actions.',
  );
  const table = console.getByRole('table', { name: 'Sessions' });
  await expect(table.getByRole('rowheader', { name: /^Series: Q3 offsite/ })).toHaveText(
    'Series: Q3 offsite · 2 sessions · 2 open commitments',
  );
  // Newest first within the series; only the newest offers a follow-up.
  const rows = table.getByRole('row');
  await expect(rows.nth(2)).toContainText('2. Q3 offsite · follow-up 1');
  await expect(rows.nth(3)).toContainText('1. Q3 offsite');
  await expect(
    console.getByRole('button', { name: 'Follow up Q3 offsite', exact: true }),
  ).toHaveCount(0);
  await look(console, 'series-library-1280');

  // The second session: the room goes to its first block, "Review commitments".
  const second = (await api.listSessions({})).find((s) => s.title === 'Q3 offsite · follow-up 1')!;
  const details = await api.getSession({ id: second.id });
  const fac = facilitatorPeer(host.current, second.id);
  await fac.synced;
  const review = getAgenda(fac.doc).days[0]!.blocks[0]!;
  expect([review.kind, review.title]).toEqual(['review', 'Review commitments']);
  applyTimerAction(fac.doc, { type: 'goTo', blockId: review.id }, { hostNow: Date.now() });
  if (readTimer(fac.doc).facts.state !== 'running')
    applyTimerAction(fac.doc, { type: 'start' }, { hostNow: Date.now() });

  await table.getByRole('link', { name: 'Q3 offsite · follow-up 1' }).click();
  const block = console.getByRole('region', { name: 'Commitments to review' });
  await expect(block.getByRole('status')).toHaveText('0 of 2 reviewed');
  await expect(block).toContainText('Not reviewed yet: Hire two engineers, Rewrite onboarding');
  await expect(block).toContainText('Ann Example (R) · Bo Boss (A) · due Oct 1, 2026');

  // Ann joins on her phone: she confirms her name once, then sees her commitments.
  const { page: phone } = await openPage({ viewport: { width: 390, height: 844 } });
  await joinAs(phone, details.joinUrl, 'Ann');
  await showPart(phone, 'Now');
  const mine = phone.getByRole('region', { name: 'Your commitments' });
  await expect(
    mine.getByRole('combobox', { name: /Which name in the actions is yours/ }),
  ).toBeVisible();
  await mine.getByRole('combobox').selectOption('Ann Example');
  await mine.getByRole('button', { name: 'Yes, I am Ann Example' }).click();
  await expect(mine).toContainText('As Ann Example');
  // Responsible for one (she records it), Accountable for the other (she only sees it).
  await expect(mine.getByRole('listitem')).toHaveCount(2);
  const hire = mine.getByRole('form', { name: 'Status of Hire two engineers' });
  await expect(mine.getByRole('form', { name: 'Status of Rewrite onboarding' })).toHaveCount(0);
  await hire.getByRole('radio', { name: 'On track' }).check();
  await hire
    .getByRole('textbox', { name: 'One-line note on Hire two engineers' })
    .fill('Two offers out');
  await hire.getByRole('button', { name: 'Record the status of Hire two engineers' }).click();
  await expect(mine).toContainText('On track — Two offers out (Ann Example,');

  // The console sees it; one is still waiting.
  await expect(block.getByRole('status')).toHaveText('1 of 2 reviewed');
  await expect(block).toContainText('Not reviewed yet: Rewrite onboarding');
  await expect(block).toContainText('On track — Two offers out (Ann Example,');

  // The projector, in the middle of the review: one reviewed, one not yet.
  const { page: projector } = await openPage({ viewport: { width: 1920, height: 1080 } });
  await projector.goto(`${host.localUrl}/projector/${second.id}#key=${host.key}`);
  const shown = projector.getByRole('region', { name: /^Commitments/ });
  await expect(shown.getByRole('heading')).toHaveText('Commitments · 1 of 2 reviewed');
  await expect(shown).toContainText('Not reviewed yet');
  await expect(shown).toContainText('“Two offers out”');
  await look(projector, 'series-review-projector-1080p', { fullPage: false });
  await projector.setViewportSize({ width: 1280, height: 720 });
  await look(projector, 'series-review-projector-720p', { fullPage: false, axe: false });
  await look(phone, 'series-review-phone-390', { fullPage: false });
  await mine.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: 'test-results/screenshots/series-commitments-phone-390.png' });

  // The facilitator records the other.
  await block.scrollIntoViewIfNeeded();
  await look(console, 'series-review-console-1280', { fullPage: false });
  const onboarding = block.getByRole('form', { name: 'Status of Rewrite onboarding' });
  await onboarding.getByRole('radio', { name: 'Slipped' }).check();
  await onboarding
    .getByRole('textbox', { name: 'One-line note on Rewrite onboarding' })
    .fill('Waiting on the new docs team');
  await onboarding.getByRole('button', { name: 'Record the status of Rewrite onboarding' }).click();
  await expect(block.getByRole('status')).toHaveText('2 of 2 reviewed');
  await expect(shown.getByRole('heading')).toHaveText('Commitments · 2 of 2 reviewed');
  await expect(shown).toContainText('Slipped');
  await console.setViewportSize({ width: 1920, height: 1080 });
  await block.scrollIntoViewIfNeeded();
  await look(console, 'series-review-console-1920', { fullPage: false, axe: false });
  // Ann's page shows the facilitator's review of the action she is Accountable for.
  await expect(mine).toContainText('Slipped — Waiting on the new docs team (Facilitator,');
  fac.destroy();

  // "Follow up" on the console, from the strategy template: a third session, opening with the
  // review and carrying both actions again (on track and slipped are still open).
  const next = console.getByRole('region', { name: 'Next time' });
  await next
    .getByRole('combobox', { name: 'Agenda' })
    .selectOption({ label: 'Product & Engineering strategy offsite (2 days)' });
  await next.getByRole('button', { name: 'Follow up' }).click();
  await expect(console.getByRole('heading', { level: 1 })).toHaveText('Q3 offsite · follow-up 2');
  const third = (await api.listSessions({})).find((s) => s.title === 'Q3 offsite · follow-up 2')!;
  expect(third.series).toMatchObject({ number: 3, openCommitments: 2 });
  const thirdPeer = facilitatorPeer(host.current, third.id);
  await thirdPeer.synced;
  const blocks = getAgenda(thirdPeer.doc).days.flatMap((d) => d.blocks);
  expect(blocks[0]!.kind).toBe('review');
  expect(blocks.length).toBeGreaterThan(10);
  expect(listActions(thirdPeer.doc).map((a) => [a.title, a.carriedFrom])).toEqual([
    ['Hire two engineers', 'Q3 offsite'],
    ['Rewrite onboarding', 'Q3 offsite'],
  ]);
  thirdPeer.destroy();
});
