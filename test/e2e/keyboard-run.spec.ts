// Keyboard only, start to end (issue 27): the facilitator creates a session from a template,
// starts it, reveals the notes, opens and closes voting, records a decision and an action and
// exports the minutes; an attendee on a laptop joins, writes a note, votes, asks a question and
// answers a poll; and the same attendee's run on a phone, its tab bar included. No mouse: every control is reached with Tab (and arrows inside radio groups)
// and used with Enter or Space. In every state either page passes through, axe finds nothing at
// any impact. Each run goes through in English, German and French: the controls' names come from
// the catalogs (words.ts).
import type { Locator, Page } from '@playwright/test';
import { axeOn } from './axe';
import { readFileSync } from 'node:fs';
import { tabTo } from './keyboard';
import { wordsIn } from './words';
import { LANGUAGE_ITEM, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { findTemplate } from '../../shared/templates';
import { test, expect } from './fixtures';
import { brainstormSession, sessionIdOf } from './roomFixtures';
import { facilitatorPeer } from '#kit/hubPeer';
import { createPoll, updatePoll } from '../../shared/model/polls/commands';

const TITLE = 'Keyboard offsite';
const NOTE = 'Ship the offline mode first';
const QUESTION = 'Who owns the offline budget?';
const DECISION = 'Offline mode ships before the redesign';
const ACTION = 'Write the offline mode plan';

/** The page starts in `lang`, as if its person had picked it before (remembered per browser). */
async function speak(page: Page, lang: Language): Promise<void> {
  await page.addInitScript(([item, l]) => localStorage.setItem(item!, l!), [LANGUAGE_ITEM, lang]);
}

/** A built-in template's name as the library shows it in `lang`. */
const templateName = (lang: Language, id: string): string => findTemplate(id, lang)!.name;

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** A radio is chosen as a keyboard user does: Tab into its group, then arrows until it is on. */
async function chooseRadio(page: Page, radio: Locator): Promise<void> {
  const name = await radio.getAttribute('name');
  for (let i = 0; i < 300; i++) {
    const inGroup = await page.evaluate(
      (n) =>
        document.activeElement instanceof HTMLInputElement &&
        document.activeElement.type === 'radio' &&
        document.activeElement.name === n,
      name,
    );
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 12 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(radio).toBeChecked();
}

/** Every axe violation, at every impact, of each state a page passes through. */
function axeLog() {
  const found: string[] = [];
  let states = 0;
  return {
    async check(page: Page, state: string) {
      states++;
      const r = await axeOn(page).analyze();
      for (const v of r.violations)
        found.push(
          `${state}: ${v.id} (${v.impact}) ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
    },
    done() {
      expect(found).toEqual([]);
      return states;
    },
  };
}

for (const lang of LANGUAGES)
  test(`the facilitator’s whole run and an attendee’s, by keyboard alone, axe clean in every state (${lang})`, async ({
    host,
    openPage,
  }) => {
    const w = wordsIn(lang);
    test.setTimeout(300_000);
    const axe = axeLog();
    const { page: fac } = await openPage({ viewport: { width: 1280, height: 800 } });
    await speak(fac, lang);
    await fac.goto(host.consoleUrl);
    await expect(fac.getByRole('heading', { name: w('Sessions') })).toBeVisible();
    await axe.check(fac, 'library');

    // Create a session from a template.
    await press(fac, fac.getByRole('button', { name: w('New session') }));
    await typeInto(fac, fac.getByRole('textbox', { name: w('Session title') }), TITLE);
    await chooseRadio(
      fac,
      fac.getByRole('radio', { name: templateName(lang, 'brainstorm-vote'), exact: true }),
    );
    await axe.check(fac, 'new session form');
    await press(fac, fac.getByRole('button', { name: w('Create session') }));
    await expect(fac.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await axe.check(fac, 'console, not started');

    // Start, and move on to the brainstorm.
    await press(fac, fac.getByRole('button', { name: w('Start'), exact: true }));
    await expect(fac.getByRole('button', { name: w('Pause'), exact: true })).toBeVisible();
    await press(fac, fac.getByRole('button', { name: w('Next block') }));
    await expect(fac.getByRole('button', { name: w('Reveal notes') })).toBeEnabled();
    await axe.check(fac, 'console, brainstorm running');
    const joinUrl = await fac.getByRole('link', { name: w('Join link') }).getAttribute('href');

    // The attendee joins and writes a note.
    const { page: ada } = await openPage({ viewport: { width: 1280, height: 800 } });
    await speak(ada, lang);
    await ada.goto(joinUrl!);
    await axe.check(ada, 'join page');
    await typeInto(ada, ada.getByRole('textbox', { name: w('Your name') }), 'Ada Lovelace');
    await press(ada, ada.getByRole('button', { name: w('Join') }));
    await expect(ada.getByRole('button', { name: w('Change name') })).toBeVisible();
    await expect(ada.getByRole('heading', { name: w('Board'), exact: true })).toBeVisible();
    await axe.check(ada, 'room, writing');
    await typeInto(ada, ada.getByRole('textbox', { name: w('New note') }), NOTE);
    await press(ada, ada.getByRole('button', { name: w('Add note') }));
    await expect(ada.getByRole('article').filter({ hasText: NOTE })).toBeVisible();
    await axe.check(ada, 'room, a note written');

    // Reveal, open voting; the attendee votes.
    await press(fac, fac.getByRole('button', { name: w('Reveal notes') }));
    await expect(fac.getByRole('article').filter({ hasText: NOTE })).toBeVisible();
    await axe.check(fac, 'console, revealed');
    await press(fac, fac.getByRole('button', { name: w('Open voting') }));
    await expect(fac.getByRole('button', { name: w('Close voting', 'board.') })).toBeVisible();
    await axe.check(fac, 'console, voting open');
    const vote = ada
      .getByRole('article')
      .filter({ hasText: NOTE })
      .getByRole('button', { name: w.t('vote.voteFor', { name: NOTE }) });
    await axe.check(ada, 'room, voting open');
    await press(ada, vote);
    await expect(
      ada.getByRole('button', { name: w.t('vote.takeBackFrom', { name: NOTE }) }),
    ).toBeVisible();
    await axe.check(ada, 'room, voted');
    await press(fac, fac.getByRole('button', { name: w('Close voting', 'board.') }));
    await expect(ada.getByRole('region', { name: w('Results') })).toBeVisible();
    await axe.check(fac, 'console, voting closed');
    await axe.check(ada, 'room, results');

    // The attendee asks a question.
    await typeInto(ada, ada.getByRole('textbox', { name: w('Your question') }), QUESTION);
    await press(ada, ada.getByRole('button', { name: w('Ask'), exact: true }));
    await expect(ada.getByText(QUESTION, { exact: true })).toBeVisible();
    await axe.check(ada, 'room, question asked');

    // A poll opens (written by the facilitator's own peer); the attendee answers it.
    const peer = facilitatorPeer(host, sessionIdOf(fac));
    await peer.synced;
    createPoll(peer.doc, {
      id: 'kb-poll',
      question: 'Which market first?',
      kind: 'choice',
      options: ['Nordics', 'Iberia', 'Benelux'],
      now: Date.now(),
    });
    updatePoll(peer.doc, { pollId: 'kb-poll', state: 'open' });
    const poll = ada.getByRole('form', {
      name: w.fill('Poll: {question}', { question: 'Which market first?' }),
    });
    await expect(poll).toBeVisible();
    await axe.check(ada, 'room, poll open');
    await chooseRadio(ada, poll.getByRole('radio', { name: 'Iberia' }));
    await press(ada, poll.getByRole('button', { name: w('Send answer') }));
    await expect(poll.getByText(w('Answer sent.'))).toBeVisible();
    await axe.check(ada, 'room, poll answered');
    await axe.check(fac, 'console, poll answered');
    peer.destroy();

    // The facilitator records a decision and an action.
    const panel = fac.getByRole('region', { name: w('Decisions, actions and measures') });
    await press(fac, panel.getByRole('button', { name: w('Record decision'), exact: true }));
    const decision = fac.getByRole('form', {
      name: w.t('registers.newForm', { what: 'decision' }),
    });
    await typeInto(fac, decision.getByLabel(w('Decision title'), { exact: true }), DECISION);
    await typeInto(
      fac,
      decision.getByLabel(w('The decision'), { exact: true }),
      'We build offline first.',
    );
    await axe.check(fac, 'console, decision form');
    await press(
      fac,
      decision.getByRole('button', { name: w.t('registers.addForm', { what: 'decision' }) }),
    );
    await expect(
      panel.getByRole('article', {
        name: w.t('registers.decisionLabel', { n: 1, title: DECISION }),
      }),
    ).toBeVisible();
    await press(fac, panel.getByRole('button', { name: w('Add action item') }));
    const action = fac.getByRole('form', { name: w.t('registers.newForm', { what: 'action' }) });
    await typeInto(fac, action.getByLabel(w('Action title'), { exact: true }), ACTION);
    await typeInto(
      fac,
      action.getByLabel(w('Responsible (owner)'), { exact: true }),
      'Ada Lovelace',
    );
    await axe.check(fac, 'console, action form');
    await press(
      fac,
      action.getByRole('button', { name: w.t('registers.addForm', { what: 'action' }) }),
    );
    await expect(panel.getByRole('rowheader', { name: ACTION })).toBeVisible();
    await axe.check(fac, 'console, registers');

    // Export the minutes.
    const download = fac.waitForEvent('download');
    await press(fac, fac.getByRole('button', { name: w('Export Markdown') }));
    const md = readFileSync((await (await download).path())!, 'utf8');
    expect(md).toContain(NOTE);
    expect(md).toContain(DECISION);
    expect(md).toContain(ACTION);
    await axe.check(fac, 'console, exported');

    expect(axe.done()).toBeGreaterThanOrEqual(20);
  });

for (const lang of LANGUAGES)
  test(`an attendee’s run on a phone, by keyboard alone (a keyboard paired to the phone), axe clean (${lang})`, async ({
    host,
    openPage,
  }) => {
    const w = wordsIn(lang);
    test.setTimeout(240_000);
    const axe = axeLog();
    // The facilitator's side is not what is tested here: set up by pointer.
    const { page: fac } = await openPage({ viewport: { width: 1280, height: 800 } });
    const { joinUrl, sessionId } = await brainstormSession(fac, host, 'Phone keyboard offsite');
    const { page: ph } = await openPage({ viewport: { width: 390, height: 844 } });
    await speak(ph, lang);
    await ph.goto(joinUrl);
    await axe.check(ph, 'phone join page');
    await typeInto(ph, ph.getByRole('textbox', { name: w('Your name') }), 'Pat Phone');
    await press(ph, ph.getByRole('button', { name: w('Join') }));
    await expect(ph.getByRole('button', { name: w('Change name') })).toBeVisible();
    await axe.check(ph, 'phone room, writing');
    await typeInto(ph, ph.getByRole('textbox', { name: w('New note') }), NOTE);
    await press(ph, ph.getByRole('button', { name: w('Add note') }));
    await expect(ph.getByRole('article').filter({ hasText: NOTE })).toBeVisible();

    await fac.getByRole('button', { name: 'Reveal notes' }).click();
    await fac.getByRole('button', { name: 'Open voting' }).click();
    const vote = ph
      .getByRole('article')
      .filter({ hasText: NOTE })
      .getByRole('button', { name: w.t('vote.voteFor', { name: NOTE }) });
    await expect(vote).toBeVisible();
    await axe.check(ph, 'phone room, voting open');
    await press(ph, vote);
    await expect(
      ph.getByRole('button', { name: w.t('vote.takeBackFrom', { name: NOTE }) }),
    ).toBeVisible();
    await axe.check(ph, 'phone room, voted');

    // The tab bar, by keyboard: the questions, then the polls.
    const tabs = ph.getByRole('navigation', { name: w('Room sections') });
    await press(
      ph,
      tabs.getByRole('button', { name: new RegExp(`^${w.t('room.tab.questions')}\\b`) }),
    );
    await typeInto(ph, ph.getByRole('textbox', { name: w('Your question') }), QUESTION);
    await press(ph, ph.getByRole('button', { name: w('Ask'), exact: true }));
    await expect(ph.getByText(QUESTION, { exact: true })).toBeVisible();
    await axe.check(ph, 'phone room, question asked');

    const peer = facilitatorPeer(host, sessionId);
    await peer.synced;
    createPoll(peer.doc, {
      id: 'ph-poll',
      question: 'Which market first?',
      kind: 'choice',
      options: ['Nordics', 'Iberia', 'Benelux'],
      now: Date.now(),
    });
    updatePoll(peer.doc, { pollId: 'ph-poll', state: 'open' });
    await press(ph, tabs.getByRole('button', { name: new RegExp(`^${w.t('room.tab.polls')}\\b`) }));
    const poll = ph.getByRole('form', {
      name: w.fill('Poll: {question}', { question: 'Which market first?' }),
    });
    await expect(poll).toBeVisible();
    await axe.check(ph, 'phone room, poll open');
    await chooseRadio(ph, poll.getByRole('radio', { name: 'Benelux' }));
    await press(ph, poll.getByRole('button', { name: w('Send answer') }));
    await expect(poll.getByText(w('Answer sent.'))).toBeVisible();
    await axe.check(ph, 'phone room, poll answered');
    peer.destroy();
    expect(axe.done()).toBeGreaterThanOrEqual(7);
  });
