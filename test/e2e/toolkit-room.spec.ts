// The facilitator's toolkit in a room: the parking lot (open in every block), questions (asked
// anonymously, upvoted, pinned to the projector) and polls (live results on the projector, a
// decision's confidence vote in the minutes). Console at 1280, attendees on a phone, projector 1080p.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addNote, createFromTemplate, joinAs, note, sessionIdOf, showPart } from './roomFixtures';
import { hostApi } from '#kit/hostApi';

const CONSOLE = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 } };
const PROJECTOR = { viewport: { width: 1920, height: 1080 } };

async function projectorUrl(consolePage: Page, base: string): Promise<string> {
  const href = await consolePage.getByRole('link', { name: 'Open projector' }).getAttribute('href');
  if (!href) throw new Error('no projector link');
  return new URL(href, base).href;
}

test('the parking lot: attendees park topics in any block; the facilitator moves, converts or closes them', async ({
  host,
  openPage,
  look,
}) => {
  const { page: consolePage } = await openPage(CONSOLE);
  const joinUrl = await createFromTemplate(
    consolePage,
    host.consoleUrl,
    'Parked',
    'Brainstorm and vote',
  );
  const { page: ada } = await openPage(PHONE);
  await joinAs(ada, joinUrl, 'Ada');
  await addNote(ada, 'Hiring plan for 2027');
  await addNote(ada, 'Who owns the pricing page?');
  await addNote(ada, 'Travel budget');

  const lot = consolePage.getByRole('region', { name: /^Parking lot/ });
  await expect(lot.getByRole('heading')).toHaveText('Parking lot (3 open)');
  await lot.getByRole('button', { name: 'Move to board: “Hiring plan for 2027”' }).click();
  await lot.getByRole('button', { name: 'Make “Who owns the pricing page?” an action' }).click();
  // The action form opens prefilled (the item's author as owner); saving settles the item.
  const actionForm = consolePage.getByRole('form', { name: 'New action' });
  await expect(actionForm.getByRole('combobox', { name: 'Responsible (owner)' })).toHaveValue(
    'Ada',
  );
  await expect(actionForm.getByRole('textbox', { name: 'Action title' })).toHaveValue(
    'Who owns the pricing page?',
  );
  await expect(lot.getByRole('heading')).toHaveText('Parking lot (2 open)');
  await actionForm.getByRole('button', { name: 'Add action' }).click();
  await lot.getByRole('button', { name: 'Close “Travel budget”' }).click();
  await expect(lot.getByRole('heading')).toHaveText('Parking lot (0 open)');
  // The moved item is a note on the board; the action is in the register with Ada as owner.
  await expect(
    consolePage
      .getByRole('region', { name: 'Board' })
      .getByRole('article')
      .filter({ hasText: 'Hiring plan for 2027' }),
  ).toBeVisible();
  const registers = consolePage.getByRole('region', { name: 'Decisions, actions and measures' });
  await expect(registers.getByText('Who owns the pricing page?').first()).toBeVisible();

  // The attendee sees what became of each item.
  await expect(note(ada, 'Hiring plan for 2027')).toContainText(/Moved to /);
  await expect(note(ada, 'Who owns the pricing page?')).toContainText('Now an action');
  await expect(note(ada, 'Travel budget')).toContainText('Closed');
  await lot.scrollIntoViewIfNeeded();
  await look(consolePage, 'toolkit-console-parking-lot-1280');
  await ada.getByRole('region', { name: /^Parking lot/ }).scrollIntoViewIfNeeded();
  await look(ada, 'toolkit-phone-parking-lot-390');
});

test('questions: asked anonymously, upvoted once each, pinned to the projector, answered', async ({
  host,
  openPage,
  look,
}) => {
  const { page: consolePage } = await openPage(CONSOLE);
  const joinUrl = await createFromTemplate(
    consolePage,
    host.consoleUrl,
    'Questions',
    'Brainstorm and vote',
  );
  const { page: projector } = await openPage(PROJECTOR);
  await projector.goto(await projectorUrl(consolePage, host.localUrl));
  const { page: ada } = await openPage(PHONE);
  const { page: bob } = await openPage(PHONE);
  await joinAs(ada, joinUrl, 'Ada');
  await joinAs(bob, joinUrl, 'Bob');
  // On a phone the questions are one tap away.
  await showPart(ada, 'Questions');
  await showPart(bob, 'Questions');

  const text = 'Why not mobile first?';
  const askForm = ada.getByRole('form', { name: 'Ask a question' });
  await expect(askForm.getByRole('checkbox', { name: 'Ask anonymously' })).toBeChecked();
  await askForm.getByRole('textbox', { name: 'Your question' }).fill(text);
  await askForm.getByRole('button', { name: 'Ask' }).click();
  const upvote = bob.getByRole('button', { name: `Upvote “${text}”` });
  await upvote.click();
  await expect(upvote).toHaveAttribute('aria-pressed', 'true');

  const questions = consolePage.getByRole('region', { name: /^Questions/ });
  await expect(questions.getByText('Asked anonymously · 1 upvote')).toBeVisible();
  await expect(questions).not.toContainText('Ada');
  await questions.getByRole('button', { name: `Pin to projector: “${text}”` }).click();
  const pinned = projector.getByRole('region', { name: /Question from the room/ });
  await expect(pinned).toContainText(text);
  await look(projector, 'toolkit-projector-question-1920', { fullPage: false });
  await questions.scrollIntoViewIfNeeded();
  await look(consolePage, 'toolkit-console-questions-1280');
  await bob.getByRole('region', { name: /^Questions/ }).scrollIntoViewIfNeeded();
  await look(bob, 'toolkit-phone-questions-390');

  await questions.getByRole('button', { name: `Mark answered: “${text}”` }).click();
  await expect(pinned).toBeHidden();
  await expect(ada.getByText('Asked anonymously · 1 upvote · Answered')).toBeVisible();
  // The facilitator writes down the answer given, for the minutes; the room sees it too.
  const answer = 'Because our buyers work at desks; mobile comes after the checkout redesign.';
  await questions.getByRole('textbox', { name: `Answer given to “${text}”` }).fill(answer);
  await questions.getByRole('button', { name: `Save answer to “${text}”` }).click();
  await expect(questions.getByText(`Answer: ${answer}`)).toBeVisible();
  await expect(ada.getByText(`Answer: ${answer}`)).toBeVisible();
  await expect(questions.getByRole('button', { name: `Save answer to “${text}”` })).toBeDisabled();
  await look(consolePage, 'toolkit-console-question-answered-1280');
});

test('polls: a fist-of-five confidence vote, live on the projector, recorded with its decision', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(90_000);
  const { page: consolePage } = await openPage(CONSOLE);
  const joinUrl = await createFromTemplate(
    consolePage,
    host.consoleUrl,
    'Polls',
    'Brainstorm and vote',
  );
  const { page: projector } = await openPage(PROJECTOR);
  await projector.goto(await projectorUrl(consolePage, host.localUrl));

  const registers = consolePage.getByRole('region', { name: 'Decisions, actions and measures' });
  await registers.getByRole('button', { name: 'Record decision', exact: true }).click();
  const decisionForm = consolePage.getByRole('form', { name: 'New decision' });
  await decisionForm.getByLabel('Decision title', { exact: true }).fill('Self-serve first');
  await decisionForm.getByRole('checkbox', { name: 'Committed' }).check();
  await decisionForm.getByRole('button', { name: 'Add decision' }).click();

  const polls = consolePage.getByRole('region', { name: 'Polls' });
  const form = polls.getByRole('form', { name: 'New poll' });
  await form.getByRole('textbox', { name: 'Poll question' }).fill('How confident are we?');
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Fist of five' });
  await form
    .getByRole('combobox', { name: 'Confidence vote for' })
    .selectOption({ label: 'Self-serve first' });
  await form.getByRole('button', { name: 'Create poll' }).click();
  const poll = polls.getByRole('article', { name: 'Poll: How confident are we?' });
  await poll.getByRole('button', { name: 'Open poll' }).click();

  const answers = [
    ['Ada', '4'],
    ['Bob', '2'],
  ] as const;
  const phones: Page[] = [];
  for (const [name, value] of answers) {
    const { page } = await openPage(PHONE);
    phones.push(page);
    await joinAs(page, joinUrl, name);
    const pollForm = page.getByRole('form', { name: 'Poll: How confident are we?' });
    await pollForm.getByRole('radio', { name: value, exact: true }).check();
    await pollForm.getByRole('button', { name: 'Send answer' }).click();
    await expect(pollForm.getByRole('button', { name: 'Change answer' })).toBeVisible();
  }
  await expect(poll).toContainText(
    'Confidence vote for Self-serve first: committed; average 3.0; 1 below 3',
  );
  // The projector shows an open poll's question and how many answered; its results only when
  // the facilitator shows them.
  const shown = projector.getByRole('region', { name: 'Polls' });
  await expect(shown).toContainText('How confident are we?Poll open · 2 answers so far');
  await expect(shown.getByRole('list', { name: /^Results:/ })).toHaveCount(0);
  await poll.getByRole('button', { name: 'Show results' }).click();
  await expect(shown).toContainText('2 answers from 2 admitted · average 3.0 · 1 below 3');
  await look(projector, 'toolkit-projector-poll-1920', { fullPage: false });
  await expect(
    phones[0]!.getByRole('list', { name: 'Results: How confident are we?' }),
  ).toBeVisible();
  await phones[0]!.getByRole('region', { name: 'Polls' }).scrollIntoViewIfNeeded();
  await look(phones[0]!, 'toolkit-phone-poll-390', { fullPage: false });
  await poll.getByRole('button', { name: 'Close poll' }).click();
  await poll.scrollIntoViewIfNeeded();
  await look(consolePage, 'toolkit-console-polls-1280');

  const res = await hostApi(host).exportFile('markdown', { id: sessionIdOf(consolePage) });
  expect(res.status).toBe(200);
  const md = await res.text();
  expect(md).toContain('- **Confidence vote:** committed; average 3.0; 1 below 3');
  expect(md).toContain('#### How confident are we?');
});
