// The attendee's page in each language (issue 27): a phone (390×844) picks its language on the
// join page, the pick holds in the room and across a reload, a browser asking for French gets
// French unasked, an attendee writes a note and votes with the translated labels, and axe finds
// no violation at any impact on the join page, the room while writing and the room while voting,
// in every language. Screenshots of each (test-results/screenshots/i18n-*.png) are for looking
// at. Names and notes in a right-to-left script read right to left inside the left-to-right page
// (bdi, dir="auto"), and a left-to-right note reads left to right inside a right-to-left page.
import type * as Y from 'yjs';
import { axeOn } from './axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { heavyRoom, type HeavyRoom } from './heavyRoom';
import { participantIdFor } from '#shared/model/authority/signing';
import {
  addBoardNote,
  openVoting,
  revealNotes,
  setupBoard,
  type BoardViewer,
} from '#shared/model/board/index';
import { getAgenda } from '#shared/model/agenda/read';
import { addParkingItem } from '#shared/model/parkingLot/commands';

const PHONE = { width: 390, height: 844 };
const BLOCK = 'Measuring product performance';
const ARABIC_NAME = 'ليلى حداد';
const ARABIC_NOTE = 'نحتاج إلى وقت أطول مع العملاء';
const HEBREW_ITEM = 'לדבר על התקציב בשבוע הבא';

// What each language calls the controls this test drives.
const WORDS = {
  en: {
    picker: 'Language',
    name: 'Your name',
    join: 'Join',
    changeName: 'Change name',
    newNote: 'New note',
    addNote: 'Add note',
    voteFor: (t: string) => `Vote for “${t}”`,
    votesLeft: '2 votes left',
    writing: /^Private writing/,
  },
  de: {
    picker: 'Sprache',
    name: 'Ihr Name',
    join: 'Teilnehmen',
    changeName: 'Namen ändern',
    newNote: 'Neue Notiz',
    addNote: 'Notiz hinzufügen',
    voteFor: (t: string) => `Für „${t}“ stimmen`,
    votesLeft: 'Noch 2 Stimmen',
    writing: /^Privates Schreiben/,
  },
  fr: {
    picker: 'Langue',
    name: 'Votre nom',
    join: 'Rejoindre',
    changeName: 'Changer de nom',
    newNote: 'Nouvelle note',
    addNote: 'Ajouter la note',
    voteFor: (t: string) => `Voter pour « ${t} »`,
    votesLeft: 'Encore 2 votes',
    writing: /^Écriture privée/,
  },
} as const;
type Lang = keyof typeof WORDS;
const NOTES: Record<Lang, string> = {
  en: 'More time with customers',
  de: 'Mehr Zeit mit Kundinnen und Kunden',
  fr: 'Plus de temps avec les clients',
};
const ATTENDEES: Record<Lang, string> = { en: 'Ada', de: 'Jürgen', fr: 'Amélie' };

/** axe-core with nothing to report at any impact (the issue asks for zero violations). */
async function expectAxeSpotless(page: Page, what: string) {
  const results = await axeOn(page).analyze();
  expect(
    results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} ×${v.nodes.length}`),
    what,
  ).toEqual([]);
}

const arabicAuthor: BoardViewer = (() => {
  const authorKey = new Uint8Array(32).fill(77);
  return {
    participantId: participantIdFor(authorKey),
    name: ARABIC_NAME,
    isFacilitator: false,
    authorKey,
  };
})();

function blockId(doc: Y.Doc, title: string): string {
  const block = getAgenda(doc)
    .days.flatMap((d) => d.blocks)
    .find((b) => b.title === title);
  if (!block) throw new Error(`no block ${title}`);
  return block.id;
}

/** A board in private writing with one note by an attendee whose name is in Arabic script. */
function writingBoard(room: HeavyRoom): string {
  const id = blockId(room.doc, BLOCK);
  setupBoard(room.doc, { blockId: id, facilitator: room.seed.facilitator });
  addBoardNote(room.doc, { blockId: id, author: arabicAuthor, text: ARABIC_NOTE });
  addParkingItem(room.doc, { text: HEBREW_ITEM, authorId: 'he-1', authorName: 'נועה' });
  return id;
}

test('an attendee picks German on the join page, writes and votes; every language axe-clean', async ({
  host,
  openPage,
  look,
}) => {
  test.setTimeout(240_000);
  const room = await heavyRoom(host);
  const id = writingBoard(room);
  await room.goTo(BLOCK);
  const fac = room.seed.facilitator;

  const pages = {} as Record<Lang, Page>;
  for (const lang of ['de', 'fr', 'en'] as const) {
    const w = WORDS[lang];
    // Every browser here asks for English: the attendee picks (English is the default).
    const { page } = await openPage({ viewport: PHONE, locale: 'en-US' });
    pages[lang] = page;
    await page.goto(room.joinUrl);
    await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
    if (lang !== 'en') await page.getByRole('combobox', { name: 'Language' }).selectOption(lang);
    await expect(page.getByRole('textbox', { name: w.name })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await look(page, `i18n-join-${lang}-390`, { fullPage: false, axe: false });
    await expectAxeSpotless(page, `join page, ${lang}`);

    await page.getByRole('textbox', { name: w.name }).fill(ATTENDEES[lang]);
    await page.getByRole('button', { name: w.join }).click();
    await expect(page.getByRole('button', { name: w.changeName })).toBeVisible();
    await expect(page.getByRole('combobox', { name: w.picker })).toHaveValue(lang);
    await expect(page.getByText(w.writing).first()).toBeVisible();
    await page.getByRole('textbox', { name: w.newNote }).fill(NOTES[lang]);
    await page.getByRole('button', { name: w.addNote }).click();
    await expect(page.getByRole('article').filter({ hasText: NOTES[lang] })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await look(page, `i18n-room-writing-${lang}-390`, { fullPage: false, axe: false });
    await expectAxeSpotless(page, `room while writing, ${lang}`);
  }

  // The pick is remembered in this browser: a reload stays German.
  await pages.de.reload();
  await expect(pages.de.getByRole('button', { name: WORDS.de.changeName })).toBeVisible();
  await expect(pages.de.locator('html')).toHaveAttribute('lang', 'de');

  // The facilitator reveals (once the three notes reached the host) and opens voting.
  let revealed = 0;
  await expect
    .poll(() => (revealed += revealNotes(room.doc, { blockId: id, facilitator: fac })), {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(4);
  openVoting(room.doc, { blockId: id, facilitator: fac });

  for (const lang of ['de', 'fr', 'en'] as const) {
    const page = pages[lang];
    const w = WORDS[lang];
    await page.getByRole('button', { name: w.voteFor(NOTES[lang]) }).click();
    await expect(page.getByText(w.votesLeft)).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await look(page, `i18n-room-voting-${lang}-390`, { fullPage: false, axe: false });
    await expectAxeSpotless(page, `room while voting, ${lang}`);
  }

  // Right to left inside left to right: the Arabic note and its author's name read right to left,
  // isolated (bdi), so the Latin text around them keeps its order.
  const de = pages.de;
  const arabic = de.getByRole('article').filter({ hasText: ARABIC_NOTE });
  await expect(arabic).toBeVisible();
  const direction = (sel: string, text: string) =>
    de.evaluate(
      ([s, t]) => {
        const el = [...document.querySelectorAll(s)].find((e) => e.textContent?.includes(t));
        return el ? getComputedStyle(el).direction : 'missing';
      },
      [sel, text] as const,
    );
  expect(await direction('.board-note .note-text', ARABIC_NOTE)).toBe('rtl');
  expect(await direction('.board-note bdi', ARABIC_NAME)).toBe('rtl');
  expect(await direction('.board-note .note-text', NOTES.de)).toBe('ltr');
  // The Hebrew parking-lot item and its author's name, in the same page.
  await de
    .getByRole('navigation', { name: 'Bereiche des Raums' })
    .getByRole('button', { name: /^Parkplatz/ })
    .click();
  expect(await direction('.parking-lot .note-text', HEBREW_ITEM)).toBe('rtl');
  expect(await direction('.parking-lot .note-meta bdi', 'נועה')).toBe('rtl');
  // The reverse: in a right-to-left page, a German note still reads left to right.
  await de.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  expect(await direction('.board-note .note-text', NOTES.de)).toBe('ltr');
  expect(await direction('.board-note .note-text', ARABIC_NOTE)).toBe('rtl');
  await look(de, 'i18n-room-rtl-page-de-390', { fullPage: false, axe: false });
  await de.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
  room.close();
});

test('a browser asking for French gets French unasked; one asking for Japanese gets English', async ({
  host,
  openPage,
}) => {
  const room = await heavyRoom(host);
  const { page: fr } = await openPage({ viewport: PHONE, locale: 'fr-CA' });
  await fr.goto(room.joinUrl);
  await expect(fr.getByRole('textbox', { name: 'Votre nom' })).toBeVisible();
  await expect(fr.locator('html')).toHaveAttribute('lang', 'fr');
  // A well-formed code no session has: the host's refusal reads in French too.
  const code = new URL(room.joinUrl).hash.slice(1);
  const wrong = `${code.slice(0, 10)}${code[10] === '9' ? '8' : '9'}`;
  await fr.goto(new URL(`/join#${wrong}`, room.joinUrl).href);
  await expect(fr.getByRole('alert')).toContainText('Aucune session n’a ce code d’accès.');

  const { page: ja } = await openPage({ viewport: PHONE, locale: 'ja-JP' });
  const errors: string[] = [];
  ja.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  ja.on('pageerror', (e) => errors.push(e.message));
  await ja.goto(room.joinUrl);
  await expect(ja.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await expect(ja.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
  room.close();
});
