// Breakouts end to end: nine attendees (one on a 390×844 phone) answer the facilitator's "Team"
// question, the console splits the room into three groups mixing Product and Engineering, each
// group writes privately on its own board, the facilitator reveals each group's notes to that
// group (the others' pages never hold its text) and opens the groups' voting, the phone votes,
// the facilitator broadcasts, moves the phone to another group by keyboard and back by dragging,
// the console reloads mid-breakout and finds every group, recalls, steps the report-out on the
// projector group by group (a minute each), lifts a note into the decisions, and exports.
// Screenshots to look at: the console at 1920 with all groups, the projector at 1080p per group,
// the phone in a group.
import { readFileSync } from 'node:fs';
import { test, expect, SCREENSHOTS } from './fixtures';
import type { Page } from '@playwright/test';
import { brainstormSession, joinAs } from './roomFixtures';

const NAMES = ['Ada', 'Bea', 'Cal', 'Dev', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy'];
/** Three in Product, six in Engineering: one Product and two Engineering per group. */
const TEAM = (i: number) => (i < 3 ? 'Product' : 'Engineering');

async function groupOf(page: Page): Promise<string> {
  const banner = page.locator('.breakout-room');
  await expect(banner).toBeVisible();
  return (await banner.getAttribute('data-group'))!;
}

test('nine attendees in three groups: mix by team, broadcast, recall, report-out, export', async ({
  browser,
  host,
  openPage,
  look,
}) => {
  test.setTimeout(300_000);
  const consoleCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const consolePage = await consoleCtx.newPage();
  // The block's board is private writing (the template's default): each writes alone until
  // the facilitator reveals a group's notes to that group.
  const { joinUrl, projectorUrl } = await brainstormSession(consolePage, host, 'Team offsite');
  const projectorCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const projector = await projectorCtx.newPage();
  await projector.goto(projectorUrl);

  // The facilitator asks the room for its team before anyone joins: it shows on arrival.
  const breakouts = consolePage.getByRole('region', { name: /Breakouts/ });
  // Folded until the room splits (the board keeps the first screen).
  await breakouts.getByText('Breakouts: split the room into groups').click();
  await breakouts.getByRole('textbox', { name: 'Attribute' }).fill('Team');
  await breakouts
    .getByRole('textbox', { name: 'Values (comma-separated)' })
    .fill('Product, Engineering');
  await breakouts.getByRole('button', { name: 'Ask the room' }).click();

  const people: Page[] = [];
  for (let i = 0; i < NAMES.length; i++) {
    const phone = i === NAMES.length - 1;
    const { page } = await openPage(phone ? { viewport: { width: 390, height: 844 } } : {});
    await joinAs(page, joinUrl, NAMES[i]!);
    await page
      .getByRole('group', { name: 'Team' })
      .getByRole('button', { name: TEAM(i) })
      .click();
    people.push(page);
  }
  await expect(breakouts.getByRole('status').filter({ hasText: 'Asked: Team' })).toContainText(
    '9 answered',
  );

  // Bad input first: nine people cannot make ten groups; nothing is split.
  await breakouts.getByRole('spinbutton', { name: 'Groups' }).fill('10');
  await breakouts.getByRole('combobox', { name: 'How' }).selectOption('attribute');
  await breakouts.getByRole('button', { name: 'Split the room' }).click();
  await expect(breakouts.getByRole('alert')).toHaveText(
    '9 people cannot make 10 groups: choose at most 9, or let people choose their group.',
  );
  await breakouts.getByRole('spinbutton', { name: 'Groups' }).fill('3');
  await breakouts.getByRole('spinbutton', { name: 'Report-out minutes per group' }).fill('1');
  await breakouts.getByRole('button', { name: 'Split the room' }).click();
  await expect(breakouts.getByRole('heading', { name: /3 groups/ })).toBeVisible();

  // Every attendee is in a group; each group mixes one Product with two Engineering.
  const groups = await Promise.all(people.map(groupOf));
  for (const g of ['g1', 'g2', 'g3']) {
    const members = NAMES.map((_, i) => i).filter((i) => groups[i] === g);
    expect(members.map(TEAM).sort(), g).toEqual(['Engineering', 'Engineering', 'Product']);
  }

  // Each group writes on its own board; once the facilitator reveals each group's notes to it, a
  // group-mate reads them, other groups' pages never do.
  const first = (g: string) => people[groups.indexOf(g)]!;
  const mateOf = (g: string) => people[groups.lastIndexOf(g)]!;
  const notes = {
    g1: 'Pair product and engineering on discovery',
    g2: 'Weekly demo to sales',
    g3: 'One roadmap page',
  };
  for (const [g, text] of Object.entries(notes)) {
    const page = first(g);
    await page.getByRole('textbox', { name: 'New note' }).fill(text);
    await page.getByRole('button', { name: 'Add note' }).click();
  }
  await expect(first('g1').getByRole('article').filter({ hasText: notes.g1 })).toBeVisible();
  expect(await mateOf('g1').content()).not.toContain(notes.g1);
  await breakouts.getByRole('button', { name: 'Reveal to every group' }).click();
  for (const [g, text] of Object.entries(notes)) {
    await expect(mateOf(g).getByRole('article').filter({ hasText: text })).toBeVisible();
    for (let i = 0; i < people.length; i++)
      if (groups[i] !== g) expect(await people[i]!.content()).not.toContain(text);
  }
  // Every group votes on its own board: the phone gives its group's note a dot.
  await breakouts.getByRole('button', { name: 'Open voting in every group' }).click();
  const phone = people[NAMES.length - 1]!;
  const phoneGroup = groups[NAMES.length - 1]! as keyof typeof notes;
  await phone.getByRole('button', { name: `Vote for “${notes[phoneGroup]}”` }).click();
  await expect(phone.getByText('Your votes: 1')).toBeVisible();
  await expect(
    breakouts.getByRole('region', { name: `Group ${phoneGroup.slice(1)}`, exact: true }),
  ).toContainText('Voting open');
  await first('g2').getByRole('button', { name: 'We are done' }).click();
  const group2 = breakouts.getByRole('region', { name: 'Group 2', exact: true });
  await expect(group2.getByText('✓ done')).toBeVisible();

  // A broadcast reaches every group's pages.
  await breakouts.getByRole('textbox', { name: 'Message to every group' }).fill('5 minutes left');
  await breakouts.getByRole('button', { name: 'Broadcast' }).click();
  for (const p of people)
    await expect(p.locator('.breakout-banner').getByRole('status')).toHaveText(/5 minutes left/);

  // The facilitator moves the phone to another group by keyboard (its member's Move menu), then
  // drags it back onto its own group (dropped on the group's heading, in view).
  // The menu lists Group 1, Group 2, Group 3 (no "No group": the host would place them again at
  // once under an automatic rule): one step down, or up from the last.
  const last = phoneGroup === 'g3';
  const elsewhere = last ? 'g2' : `g${Number(phoneGroup.slice(1)) + 1}`;
  const menu = breakouts.getByRole('combobox', { name: `Move ${NAMES.at(-1)}` });
  await menu.focus();
  await consolePage.keyboard.press(last ? 'ArrowUp' : 'ArrowDown');
  await expect(phone.locator('.breakout-room')).toHaveAttribute('data-group', elsewhere);
  await breakouts
    .getByRole('list', { name: `Group ${elsewhere.slice(1)} members` })
    .getByRole('listitem')
    .filter({ hasText: NAMES.at(-1)! })
    .getByText(NAMES.at(-1)!)
    .dragTo(breakouts.getByRole('region', { name: `Group ${phoneGroup.slice(1)}`, exact: true }), {
      targetPosition: { x: 30, y: 12 },
    });
  await expect(phone.locator('.breakout-room')).toHaveAttribute('data-group', phoneGroup);

  // The console reloads mid-breakout: every group is back, with its members and notes.
  await consolePage.reload();
  const again = consolePage.getByRole('region', { name: /Breakouts/ });
  for (const [g, text] of Object.entries(notes))
    await expect(
      again.getByRole('region', { name: `Group ${g.slice(1)}`, exact: true }).getByText(text),
    ).toBeVisible();
  await look(consolePage, 'breakouts-console-1920');
  await look(phone, 'breakouts-phone-in-group');
  await expect(projector.getByRole('region', { name: 'Breakout groups' })).toContainText(
    'In 3 groups',
  );

  // Recall: every page returns to the room's board.
  await again.getByRole('button', { name: 'Recall everyone' }).click();
  for (const p of people) {
    await expect(p.locator('.breakout-room')).toHaveCount(0);
    await expect(p.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  }

  // Report-out: the projector shows each group in turn, its notes revealed.
  const report = again.getByRole('group', { name: 'Report-out' });
  await report.getByRole('button', { name: 'Start with Group 1' }).click();
  for (const [i, [, text]] of Object.entries(notes).entries()) {
    if (i > 0) await report.getByRole('button', { name: 'Next group →' }).click();
    const shown = projector.getByRole('region', { name: `Report-out: Group ${i + 1}` });
    await expect(shown.getByText(text)).toBeVisible();
    // Each group has its minute on the projector.
    await expect(shown.getByTestId('report-time')).toHaveText(/^(1:00|0:[0-5]\d)$/);
    // The phone's group shows its dot (the recall closed voting).
    if (`g${i + 1}` === phoneGroup) await expect(shown).toContainText(`${text} · 1 vote`);
    await projector.screenshot({ path: `${SCREENSHOTS}/breakouts-projector-group-${i + 1}.png` });
  }

  // The facilitator lifts group 3's note into the decisions.
  const g3 = again.getByRole('region', { name: 'Group 3', exact: true });
  await g3.getByRole('button', { name: 'Decision' }).click();
  await expect(g3.getByText('Lifted to decisions')).toBeVisible();
  const registers = consolePage.getByRole('region', { name: 'Decisions, actions and measures' });
  await expect(registers.getByText(notes.g3).first()).toBeVisible();

  // The export has a section per group: members, notes, what was lifted.
  const download = consolePage.waitForEvent('download');
  await consolePage.getByRole('button', { name: 'Export Markdown' }).click();
  const md = readFileSync((await (await download).path())!, 'utf8');
  const section = md.slice(md.indexOf('#### Breakout groups'));
  for (const [g, text] of Object.entries(notes)) {
    expect(section).toContain(`##### Group ${g.slice(1)}`);
    // The phone's dot counted: the recall closed the groups' voting.
    expect(section).toContain(g === phoneGroup ? `- ${text} (1 vote)` : `- ${text}\n`);
  }
  expect(section).toContain(`- Lifted to decisions: ${notes.g3}`);
  const g1Members = NAMES.filter((_, i) => groups[i] === 'g1')
    .sort()
    .join(', ');
  expect(section).toContain(`_Members: ${g1Members}_`);
});
