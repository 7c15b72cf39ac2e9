// Exports from a live session: the console's Markdown, PDF, actions CSV and calendar buttons (downloads in
// a browser) and the host's authenticated export API, after a room wrote notes and the facilitator
// recorded a decision, actions (one accepted from an attendee's suggestion) and a measure.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, joinAs, addNote } from './roomFixtures';
import { hostApi } from '#kit/hostApi';

const NOTES = ['Ship the pricing page | before # launch *now*', 'Hire a <b>data</b> engineer 🚀'];
const DECISION = 'Price per seat from January';
const ACTIONS = ['Draft the seat-based price list', 'Interview three data engineers'];
const MEASURE = 'Paid seats per account';

const flat = (s: string) =>
  s.replace(/\s+/g, '').replace(/\p{Extended_Pictographic}|\ufe0f|\u200d/gu, '');

function pdfInfo(file: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: [Math.floor(Number(m?.[1])), Math.floor(Number(m?.[2]))],
  };
}

async function fill(page: Page, form: string, fields: Record<string, string>) {
  const f = page.getByRole('form', { name: form });
  for (const [label, value] of Object.entries(fields))
    await f.getByLabel(label, { exact: true }).fill(value);
  return f;
}

test('the room exports to Markdown and PDF from the console and over the host API', async ({
  browser,
  host,
  openPage,
}) => {
  test.setTimeout(80_000);
  // Kept after the run, to look at: the Markdown, the PDFs and their pages as PNGs.
  const dir = mkdtempSync(join(tmpdir(), 'offsite-export-e2e-'));
  console.log(`exports in ${dir}`);
  const out = (name: string) => join(dir, name);
  const consolePage = await browser.newPage();
  const joinUrl = await createSession(consolePage, host.consoleUrl, 'Pricing offsite: Q1/Q2');
  const sessionId = /\/console\/session\/([0-9a-f]{32})/.exec(consolePage.url())?.[1];
  expect(sessionId).toBeTruthy();

  const { page: ada } = await openPage();
  await joinAs(ada, joinUrl, 'Ada Lovelace');
  for (const n of NOTES) await addNote(ada, n);
  const room = ada.getByRole('region', { name: 'Decisions, actions and measures' });
  await room.getByRole('radio', { name: 'action' }).check();
  await room.getByRole('textbox', { name: 'Your suggestion' }).fill(ACTIONS[1]!);
  await room.getByRole('button', { name: 'Send suggestion' }).click();

  // The facilitator records a decision and an action, accepts the suggestion, adds a measure.
  const panel = consolePage.getByRole('region', { name: 'Decisions, actions and measures' });
  await panel.getByRole('button', { name: 'Record decision', exact: true }).click();
  let form = await fill(consolePage, 'New decision', {
    'Decision title': DECISION,
    'The decision': 'We charge per seat, with a floor of five.',
    Rationale: 'Customers asked for predictable bills.',
  });
  await form.getByRole('checkbox', { name: 'Committed' }).check();
  await form.getByRole('button', { name: 'Add decision' }).click();
  await expect(panel.getByRole('article', { name: `Decision D1: ${DECISION}` })).toBeVisible();

  await panel.getByRole('button', { name: 'Add action item' }).click();
  form = await fill(consolePage, 'New action', {
    'Action title': ACTIONS[0]!,
    'Responsible (owner)': 'Grace Hopper',
    Accountable: 'Ada Lovelace',
    'Consulted (comma-separated)': 'Sales, Finance',
    'Due date': '2026-12-18',
  });
  await form.getByRole('button', { name: 'Add action' }).click();

  const suggestion = panel.getByRole('article', { name: /Suggested action/ });
  await expect(suggestion).toContainText(ACTIONS[1]!);
  await suggestion.getByRole('button', { name: 'Accept' }).click();
  // Accepting opens the action form prefilled, the suggester as its owner.
  form = consolePage.getByRole('form', { name: 'New action' });
  await expect(form.getByRole('combobox', { name: 'Responsible (owner)' })).not.toHaveValue('');
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(panel.getByRole('rowheader', { name: ACTIONS[1] })).toBeVisible();

  await panel.getByRole('button', { name: 'Add measure' }).click();
  form = await fill(consolePage, 'New measure', {
    'Measure name': MEASURE,
    Baseline: '140',
    Target: '3',
  });
  await form.getByRole('checkbox', { name: `D1 ${DECISION}` }).check();
  await form.getByRole('button', { name: 'Add measure' }).click();
  await expect(panel.getByRole('rowheader', { name: MEASURE })).toBeVisible();

  // Attendees see the registers read-only, with no edit controls.
  const roomView = ada.getByRole('region', { name: 'Decisions, actions and measures' });
  await expect(roomView.getByRole('article', { name: `Decision D1: ${DECISION}` })).toBeVisible();
  await expect(roomView.getByRole('rowheader', { name: MEASURE })).toBeVisible();
  await expect(roomView.getByRole('button', { name: /Edit|Delete|Commit/ })).toHaveCount(0);

  await panel.screenshot({ path: out('console-registers.png') });
  await roomView.screenshot({ path: out('room-registers.png') });

  // The facilitator sets the session details the minutes open with.
  const details = consolePage.getByRole('region', { name: 'Session details' });
  await details.getByLabel('First day').fill('2026-11-26');
  await details.getByLabel('Last day').fill('2026-11-27');
  await details.getByLabel('Place').fill('Lakeside Centre, Room 2');
  await details.getByLabel('Facilitator').fill('Fran Facilitator');
  await details.getByLabel('Time zone of the agenda').fill('Europe/Berlin');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText(/Saved/);
  await details.getByLabel('Time zone of the agenda').fill('Mars/Olympus');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText(/Unknown time zone Mars\/Olympus/);
  await details.getByLabel('Time zone of the agenda').fill('Europe/Berlin');
  await details.screenshot({ path: out('session-details.png') });

  // Export Markdown: a download, built in the page from its replica.
  await expect(consolePage.getByText(NOTES[1]!)).toBeVisible();
  const mdDownload = consolePage.waitForEvent('download');
  await consolePage.getByRole('button', { name: 'Export Markdown' }).click();
  const md = await mdDownload;
  expect(md.suggestedFilename()).toBe('2026-11-26 Pricing offsite Q1 Q2.md');
  const mdText = readFileSync((await md.path())!, 'utf8');
  writeFileSync(out('console.md'), mdText);
  expect(mdText).toMatch(/^# Pricing offsite: Q1\/Q2\n/);
  expect(mdText).toContain(
    '**Dates:** 2026-11-26 to 2026-11-27\\\n**Place:** Lakeside Centre, Room 2',
  );
  expect(mdText).toContain('**Facilitator:** Fran Facilitator');
  expect(mdText).toContain('(Europe/Berlin)');
  expect(mdText).toContain('Ship the pricing page \\| before \\# launch \\*now\\*');
  // Escaped the Markdown way: shown as typed, read as typed.
  expect(mdText).toContain('Hire a \\<b\\>data\\</b\\> engineer 🚀');
  expect(mdText).toContain(`#### D1. ${DECISION} (committed)`);
  expect(mdText).toContain(`- **D1. ${DECISION}** (committed; dissent: none noted)`);
  expect(mdText).not.toContain('10,080');
  for (const a of ACTIONS) expect(mdText).toContain(`| ${a} |`);
  expect(mdText).toContain(`| M1 | ${MEASURE} | 140 | 3 |`);
  expect(mdText).toContain('Ada Lovelace');
  await expect(consolePage.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();

  // The actions as CSV and the calendar: built in the page, downloaded.
  const csvDownload = consolePage.waitForEvent('download');
  await consolePage.getByRole('button', { name: 'Export actions (CSV)' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} Pricing offsite Q1 Q2 actions\.csv$/);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.split('\r\n')[0]).toBe('Summary,Assignee,Due date,Description,Status,Reference');
  expect(csvText).toContain(`${ACTIONS[0]},Grace Hopper,2026-12-18,"Responsible: Grace Hopper`);
  expect(csvText).toContain('Consulted: Sales, Finance');
  const icsDownload = consolePage.waitForEvent('download');
  await consolePage.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const ics = await icsDownload;
  expect(ics.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} Pricing offsite Q1 Q2\.ics$/);
  const icsText = readFileSync((await ics.path())!, 'utf8');
  expect(icsText.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(icsText).toContain('DTSTART;VALUE=DATE:20261218');
  expect(icsText.trimEnd().endsWith('END:VCALENDAR')).toBe(true);

  // Export PDF: the host prints it; a download again.
  const pdfDownload = consolePage.waitForEvent('download', { timeout: 45_000 });
  await consolePage.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await pdfDownload;
  expect(await pdf.failure()).toBeNull();
  expect(pdf.suggestedFilename()).toMatch(/Pricing offsite Q1 Q2\.pdf$/);
  const pdfFile = out('console-a4.pdf');
  await pdf.saveAs(pdfFile);
  const info = pdfInfo(pdfFile);
  expect(info.size).toEqual([595, 842]);
  expect(info.pages).toBeGreaterThanOrEqual(3);
  const text = flat(execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }));
  for (const s of [...NOTES, DECISION, ...ACTIONS, MEASURE, 'Lakeside Centre, Room 2'])
    expect(text).toContain(flat(s));
  expect(text).toContain(flat(`Page 1 of ${info.pages}`));
  execFileSync('pdftoppm', ['-png', '-r', '50', pdfFile, out('console-a4')]);

  // The same over the host API, as a script would.
  const api = (path: `/${string}`, body: unknown, key = host.key) =>
    hostApi(host).post(path, body, { key });
  expect((await api('/api/exportMarkdown', { id: sessionId }, 'nope')).status).toBe(401);
  const apiMd = await api('/api/exportMarkdown', { id: sessionId });
  expect(apiMd.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
  const apiText = await apiMd.text();
  for (const s of [DECISION, ...ACTIONS, MEASURE, 'Ship the pricing page'])
    expect(apiText).toContain(s);
  const apiCsv = await api('/api/exportActionsCsv', { id: sessionId });
  expect(apiCsv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(apiCsv.headers.get('content-disposition')).toContain('Pricing offsite Q1 Q2 actions.csv');
  // The console and the host build the same file from the same session.
  expect(await apiCsv.text()).toBe(csvText);
  const apiIcs = await api('/api/exportCalendar', { id: sessionId });
  expect(apiIcs.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const apiIcsText = await apiIcs.text();
  expect(apiIcsText).toContain(`SUMMARY:Due: A1 ${ACTIONS[0]} (Grace Hopper)`);
  // The due dates only, unless the agenda's blocks are asked for.
  expect(apiIcsText).not.toContain('UID:block-');
  const withAgenda = await (
    await api('/api/exportCalendar', { id: sessionId, agenda: true })
  ).text();
  expect(withAgenda).toContain('UID:block-');
  const apiPdf = await api('/api/exportPdf', { id: sessionId, pageSize: 'Letter' });
  expect(apiPdf.status).toBe(200);
  expect(apiPdf.headers.get('content-type')).toBe('application/pdf');
  const letter = out('api-letter.pdf');
  writeFileSync(letter, Buffer.from(await apiPdf.arrayBuffer()));
  expect(pdfInfo(letter).size).toEqual([612, 792]);
  const letterText = flat(execFileSync('pdftotext', [letter, '-'], { encoding: 'utf8' }));
  for (const s of [...NOTES, DECISION, ...ACTIONS]) expect(letterText).toContain(flat(s));
});

test('a note on the board becomes an action and a decision, and the export keeps the link', async ({
  browser,
  host,
  openPage,
}) => {
  test.setTimeout(80_000);
  const consolePage = await browser.newPage();
  await consolePage.goto(host.consoleUrl);
  await consolePage.getByRole('button', { name: 'New session' }).click();
  await consolePage.getByRole('textbox', { name: 'Session title' }).fill('Board to registers');
  await consolePage.getByRole('radio', { name: 'Brainstorm and vote', exact: true }).check();
  await consolePage.getByRole('button', { name: 'Create session' }).click();
  await consolePage.getByRole('button', { name: 'Next block' }).click();
  await expect(consolePage.getByRole('button', { name: 'Reveal notes' })).toBeEnabled();
  const joinUrl = await consolePage.getByRole('link', { name: 'Join link' }).getAttribute('href');

  const { page: ada } = await openPage();
  await joinAs(ada, joinUrl!, 'Ada');
  const ideas = ['Weekly demo for customers', 'Retire the legacy importer'];
  for (const text of ideas) {
    await ada.getByRole('textbox', { name: 'New note' }).fill(text);
    await ada.getByRole('button', { name: 'Add note' }).click();
    await expect(ada.getByRole('article').filter({ hasText: text })).toBeVisible();
  }
  await consolePage.getByRole('button', { name: 'Reveal notes' }).click();
  const board = consolePage.getByRole('region', { name: 'Board' });
  const more = (text: string) =>
    board.getByRole('article').filter({ hasText: text }).getByText('Edit, merge, promote');
  await more(ideas[0]!).click();
  await board.getByRole('button', { name: `Promote to action from note ${ideas[0]}` }).click();
  // The action form opens prefilled (the note's author as owner); saving records it.
  const actionForm = consolePage.getByRole('form', { name: 'New action' });
  await expect(actionForm.getByRole('combobox', { name: 'Responsible (owner)' })).toHaveValue(
    'Ada',
  );
  await actionForm.getByRole('button', { name: 'Add action' }).click();
  await more(ideas[1]!).click();
  await board.getByRole('button', { name: `Record decision from note ${ideas[1]}` }).click();
  // The decision form opens prefilled from the note; saving records it.
  const decisionForm = consolePage.getByRole('form', { name: 'New decision' });
  await expect(decisionForm.getByRole('textbox', { name: 'Decision title' })).toHaveValue(
    ideas[1]!,
  );
  await decisionForm.getByRole('button', { name: 'Add decision' }).click();

  const panel = consolePage.getByRole('region', { name: 'Decisions, actions and measures' });
  await expect(panel.getByRole('rowheader', { name: ideas[0] })).toBeVisible();
  await expect(panel.getByRole('article', { name: `Decision D1: ${ideas[1]}` })).toBeVisible();

  const download = consolePage.waitForEvent('download');
  await consolePage.getByRole('button', { name: 'Export Markdown' }).click();
  const md = readFileSync((await (await download).path())!, 'utf8');
  // The action sits under the note it came from, and the registers say where things came from.
  expect(md).toMatch(
    new RegExp(`- ${ideas[0]} — _Ada_\\n\\s+- → \\*\\*Action A1:\\*\\* ${ideas[0]}`),
  );
  expect(md).toContain(`#### D1. ${ideas[1]} (not yet committed)`);
  expect(md).toContain(`| A1 | ${ideas[0]} |`);
  expect(md).toContain(`Note “${ideas[0]}”`);
});
