// The board end to end: the console, the projector and three attendees through a whole
// brainstorm -> reveal -> group -> vote -> close cycle, driven by role and accessible name;
// axe-core on each board view, and screenshots to look at.
import { test, expect, SCREENSHOTS } from './fixtures';
import type { Page } from '@playwright/test';
import { brainstormSession, joinAs, note } from './roomFixtures';

async function addBoardNote(page: Page, text: string, colour?: string) {
  await page.getByRole('textbox', { name: 'New note' }).fill(text);
  if (colour) await page.getByRole('radio', { name: colour }).check();
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(note(page, text)).toBeVisible();
}

const voteOn = (scope: ReturnType<Page['getByRole']>) =>
  scope.getByRole('button', { name: /^Vote for “/ }).click();

test('brainstorm, reveal, group, vote and close with three attendees', async ({
  browser,
  host,
  openPage,
  look,
}) => {
  // Five pages and five axe runs; the attendee pages also carry the parking lot and questions.
  test.setTimeout(120_000);
  const consoleCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const consolePage = await consoleCtx.newPage();
  const { joinUrl, projectorUrl } = await brainstormSession(consolePage, host, 'Roadmap ideas');
  const projectorCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const projector = await projectorCtx.newPage();
  await projector.goto(projectorUrl);

  const [ada, bob, cleo] = await Promise.all([1, 2, 3].map(() => openPage()));
  await Promise.all([
    joinAs(ada!.page, joinUrl, 'Ada'),
    joinAs(bob!.page, joinUrl, 'Bob'),
    joinAs(cleo!.page, joinUrl, 'Cleo'),
  ]);
  for (const p of [ada!.page, bob!.page, cleo!.page])
    await expect(p.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();

  // Private writing.
  await Promise.all([
    addBoardNote(ada!.page, 'Ship offline mode first', 'Blue square'),
    addBoardNote(bob!.page, 'Hire a designer'),
    addBoardNote(cleo!.page, 'Fix the onboarding'),
  ]);
  await addBoardNote(cleo!.page, 'Sync for field teams', 'Green triangle');
  await expect(bob!.page.getByText('3 notes by others, hidden until the reveal')).toBeVisible();
  await expect(ada!.page.getByText('3 notes by others, hidden until the reveal')).toBeVisible();
  // Bob's page holds placeholders for the others' notes, never their text.
  for (const secret of ['Ship offline mode first', 'Fix the onboarding', 'Sync for field teams'])
    expect(await bob!.page.content()).not.toContain(secret);
  await expect(bob!.page.getByRole('article')).toHaveCount(1);
  await expect(projector.getByText('4 notes · writing privately')).toBeVisible();

  // The length limit says so and will not add.
  await bob!.page.getByRole('textbox', { name: 'New note' }).fill('x'.repeat(1001));
  await expect(bob!.page.getByText('Too long: 1,001 of 1,000 characters.')).toBeVisible();
  await expect(bob!.page.getByRole('button', { name: 'Add note' })).toBeDisabled();
  await bob!.page.getByRole('textbox', { name: 'New note' }).fill('');

  // Readiness: counts everywhere, names only for the facilitator.
  await ada!.page.getByRole('button', { name: "I'm done" }).click();
  await cleo!.page.getByRole('button', { name: "I'm done" }).click();
  await cleo!.page.getByRole('button', { name: 'Not done yet' }).click();
  await expect(consolePage.getByText('1 of 3 done')).toBeVisible();
  // The projector's status line, so that a failure prints what it says instead.
  await expect(projector.getByRole('region', { name: 'Board' }).getByRole('status')).toHaveText(
    '1 of 3 done',
  );
  await consolePage.getByText('Who is done', { exact: true }).click();
  await expect(consolePage.getByRole('list', { name: 'Who is done' })).toHaveText('Ada');
  await expect(projector.getByText('Ada')).toHaveCount(0);

  // Presence on the console.
  await expect(
    consolePage
      .getByRole('region', { name: 'Participants' })
      .getByRole('listitem')
      .filter({ hasText: 'Bob' }),
  ).toContainText('online');
  await look(bob!.page, 'board-attendee-writing');

  // Reveal: everyone reads everything; the projector marks the moment.
  await consolePage.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(projector.getByText('Notes revealed!')).toBeVisible();
  await expect(projector.getByText('Sync for field teams')).toBeVisible();
  await look(projector, 'board-projector-revealed');
  await expect(note(bob!.page, 'Ship offline mode first')).toBeVisible();
  await expect(note(ada!.page, 'Sync for field teams')).toBeVisible();
  await expect(note(bob!.page, 'Ship offline mode first')).toHaveAccessibleName('Note by Ada');

  // Grouping: drag and drop, the keyboard way, naming, ungrouping.
  await note(ada!.page, 'Sync for field teams').dragTo(note(ada!.page, 'Ship offline mode first'));
  const group = (p: Page) => p.getByRole('group', { name: /Group: Ship offline mode first/ });
  await expect(group(bob!.page)).toBeVisible();
  // A group's actions are in one menu.
  await group(ada!.page)
    .getByRole('button', { name: /^Group actions: / })
    .click();
  await group(ada!.page).getByRole('menuitem', { name: 'Rename group' }).click();
  await ada!.page.getByRole('textbox', { name: 'Group name' }).fill('Offline');
  await ada!.page.getByRole('button', { name: 'Name group' }).click();
  await expect(bob!.page.getByRole('group', { name: 'Offline' })).toBeVisible();
  // Without dragging: "Group with…", then the target on the board itself.
  await note(cleo!.page, 'Fix the onboarding').getByRole('button', { name: 'Group with…' }).click();
  await cleo!.page.getByRole('button', { name: 'Group with this: “Hire a designer”' }).click();
  await expect(
    bob!.page.getByRole('group', { name: /Group: (Hire a designer|Fix the onboarding)/ }),
  ).toBeVisible();
  await note(cleo!.page, 'Fix the onboarding')
    .getByRole('button', { name: 'Take out of group' })
    .click();
  await expect(
    bob!.page.getByRole('group', { name: /Group: (Hire a designer|Fix the onboarding)/ }),
  ).toHaveCount(0);

  // Voting: three dots each, never more; take-back gives one back.
  await consolePage.getByRole('button', { name: 'Open voting' }).click();
  const offline = (p: Page) => p.getByRole('group', { name: 'Offline' });
  await expect(ada!.page.getByText('3 votes left')).toBeVisible();
  await voteOn(offline(ada!.page));
  await voteOn(offline(ada!.page));
  await voteOn(note(ada!.page, 'Hire a designer'));
  await expect(ada!.page.getByText('No votes left')).toBeVisible();
  await expect(
    note(ada!.page, 'Fix the onboarding').getByRole('button', {
      name: 'Vote for “Fix the onboarding”',
    }),
  ).toBeDisabled();
  // The disabled button says why, in words and to a screen reader.
  await expect(
    note(ada!.page, 'Fix the onboarding').getByRole('button', { name: /^Vote for/ }),
  ).toHaveAccessibleDescription(/All your votes are given/);
  await note(ada!.page, 'Hire a designer')
    .getByRole('button', { name: /^Take back vote/ })
    .click();
  await expect(ada!.page.getByText('1 vote left')).toBeVisible();
  await voteOn(note(ada!.page, 'Hire a designer'));
  await expect(ada!.page.getByText('No votes left')).toBeVisible();

  await voteOn(note(bob!.page, 'Hire a designer'));
  await voteOn(note(bob!.page, 'Hire a designer'));
  await voteOn(note(bob!.page, 'Fix the onboarding'));
  await expect(bob!.page.getByText('No votes left')).toBeVisible();
  await voteOn(offline(cleo!.page));
  await voteOn(note(cleo!.page, 'Fix the onboarding'));
  await expect(cleo!.page.getByText('1 vote left')).toBeVisible();
  // Others' votes stay hidden from attendees until the close.
  await expect(bob!.page.getByText(/^\d+ votes?$/)).toHaveCount(0);
  await look(ada!.page, 'board-attendee-voting');

  await consolePage.getByRole('button', { name: 'Close voting' }).click();
  // A tie shares the rank; tied rows come in a stable but arbitrary (id) order.
  for (const p of [projector, consolePage, bob!.page]) {
    const rows = p.getByRole('region', { name: 'Results' }).getByRole('listitem');
    await expect(rows).toHaveCount(3);
    const names = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names.slice(0, 2).sort()).toEqual([
      '=1st (tie): Hire a designer, 3 votes',
      '=1st (tie): Offline, 3 votes',
    ]);
    expect(names[2]).toBe('3rd: Fix the onboarding, 2 votes');
    await expect(rows.nth(2)).toHaveAccessibleName('3rd: Fix the onboarding, 2 votes');
  }
  await look(projector, 'board-projector-results');
  await look(consolePage, 'board-console-results');
  await bob!.page.screenshot({ path: `${SCREENSHOTS}/board-attendee-results.png`, fullPage: true });

  // Presence: a closed tab shows as offline on the console.
  await cleo!.context.close();
  await expect(
    consolePage
      .getByRole('region', { name: 'Participants' })
      .getByRole('listitem')
      .filter({ hasText: 'Cleo' }),
  ).toContainText('offline', { timeout: 40_000 });
  for (const c of [consoleCtx, projectorCtx, ada!.context, bob!.context]) await c.close();
});

test('anonymous notes carry no name to other attendees', async ({
  browser,
  host,
  openPage,
  look,
}) => {
  test.setTimeout(60_000);
  const consoleCtx = await browser.newContext();
  const consolePage = await consoleCtx.newPage();
  const { joinUrl } = await brainstormSession(consolePage, host, 'Anonymous board');
  await consolePage.getByText('Board settings', { exact: true }).click();
  await consolePage.getByRole('checkbox', { name: /Anonymous notes/ }).check();
  await consolePage.getByRole('button', { name: 'Save board settings' }).click();
  await expect(consolePage.getByText('Saved.')).toBeVisible();

  const [zed, yan] = await Promise.all([1, 2].map(() => openPage()));
  await joinAs(zed!.page, joinUrl, 'Zedediah Quill');
  await joinAs(yan!.page, joinUrl, 'Yan');
  await addBoardNote(zed!.page, 'The roadmap is too long');
  await expect(note(zed!.page, 'The roadmap is too long')).toHaveAccessibleName(
    'Your anonymous note',
  );
  await consolePage.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(note(yan!.page, 'The roadmap is too long')).toHaveAccessibleName('Anonymous note');
  await expect(note(consolePage, 'The roadmap is too long')).toHaveAccessibleName('Anonymous note');
  expect(await yan!.page.content()).not.toContain('Zedediah');

  // The facilitator merges any two notes into one.
  await addBoardNote(yan!.page, 'Cut the roadmap in half');
  // A note's facilitator actions sit behind one disclosure.
  await note(consolePage, 'Cut the roadmap in half').getByText('Edit, merge, promote').click();
  await note(consolePage, 'Cut the roadmap in half')
    .getByRole('button', { name: 'Merge into…' })
    .click();
  await note(consolePage, 'The roadmap is too long').click();
  await expect(zed!.page.getByRole('article')).toHaveCount(1);
  await expect(note(zed!.page, 'The roadmap is too long')).toContainText('Cut the roadmap in half');
  await look(consolePage, 'board-console-anonymous');
  for (const c of [consoleCtx, zed!.context, yan!.context]) await c.close();
});
