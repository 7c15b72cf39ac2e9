// The page's language: the one this browser's person picked (remembered per browser), else the
// browser's own wish, else English. Loading a catalog never breaks the page: a catalog that fails
// to load leaves the page in English, a message missing from a catalog reads in English, and an
// unknown browser language is English without a word in the console.
import { i18n, setupI18n, type Messages } from '@lingui/core';
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';
import {
  LANGUAGE_ITEM,
  SOURCE_LANGUAGE,
  isLanguage,
  pickLanguage,
  textDirection,
  type Language,
} from '../../shared/i18n/languages';
import en from './catalogs/en.json';

import type { ConsoleMessageId } from './consoleIds';

export { i18n };
/** Every message id: the room's (every page) and the console side's (console, projector, library). */
export type MessageId = keyof typeof en | ConsoleMessageId;

// Where the pick is remembered: one key per browser (every session, join page and room alike;
// the facilitator's console and projector windows share it, so the projector follows the console).
export { LANGUAGE_ITEM };

export type CatalogModule = { default: Messages };
export type LoadCatalog = (language: Exclude<Language, 'en'>) => Promise<CatalogModule>;
/** The other languages' catalogs, each its own chunk: a phone downloads only the one it reads. */
const loadCatalog: LoadCatalog = (language) =>
  language === 'de'
    ? (import('./catalogs/de.json') as Promise<CatalogModule>)
    : (import('./catalogs/fr.json') as Promise<CatalogModule>);

// English: the room's words, and the console side's once a facilitator's page added them.
const english: Messages = { ...(en as Messages) };
// The build compiles every message (build/compileCatalogs.mjs) and keeps plain text as strings:
// a string is then already the message. (Unit tests run on the raw catalogs: Lingui compiles
// them itself outside production.)
// (Lingui's type says a compiled message is an array; at run time it returns a string as it is.)
const asCompiled = (message: string) => message as unknown as CompiledMessage;
if (import.meta.env.PROD) i18n.setMessagesCompiler(asCompiled);
i18n.load(SOURCE_LANGUAGE, english);
/** English alone: what a message reads when its translation cannot be formatted. */
export const englishI18n = setupI18n({ locale: SOURCE_LANGUAGE, messages: { en: english } });
if (import.meta.env.PROD) englishI18n.setMessagesCompiler(asCompiled);

/** A catalog read over English: what it lacks, or holds in a shape no message has, stays English. */
export function overEnglish(catalog: unknown): Messages {
  const merged: Messages = { ...english };
  if (catalog && typeof catalog === 'object') {
    for (const [id, message] of Object.entries(catalog as Record<string, unknown>)) {
      if (id in english && (typeof message === 'string' || Array.isArray(message)))
        merged[id] = message as Messages[string];
    }
  }
  return merged;
}

function storedLanguage(): Language | null {
  try {
    const v = localStorage.getItem(LANGUAGE_ITEM);
    return isLanguage(v) ? v : null;
  } catch {
    return null; // storage blocked: the browser's wish decides
  }
}

/** The language this browser starts in: its person's pick, else the browser's wish. */
export function initialLanguage(): Language {
  return (
    storedLanguage() ?? pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages)
  );
}

function markPage(language: Language) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
}

/**
 * Shows the page in `language`: loads its catalog (over English), activates it and marks the
 * page's lang and dir. A catalog that cannot load leaves English active; it never throws.
 */
export async function showLanguage(
  language: Language,
  load: LoadCatalog = loadCatalog,
): Promise<Language> {
  let shown: Language = SOURCE_LANGUAGE;
  if (language !== 'en') {
    try {
      const [catalog, ...more] = await Promise.all([
        load(language),
        ...wordSets.map((set) =>
          set.load(language).catch((e: unknown) => {
            console.warn(`Some ${language} words did not load; they read in English.`, e);
            return {};
          }),
        ),
      ]);
      i18n.load(language, overEnglish(Object.assign({}, catalog.default, ...more)));
      shown = language;
    } catch (e) {
      console.warn(`The ${language} catalog did not load; the page stays in English.`, e);
    }
  }
  i18n.activate(shown);
  markPage(shown);
  return shown;
}

/** Words only some pages need (the console side's), loaded by those pages' chunks. */
export type WordSet = {
  english: Messages;
  /** The set's messages in another language (missing ones read in English). */
  load: (language: Exclude<Language, 'en'>) => Promise<Messages>;
};
const wordSets: WordSet[] = [];

/**
 * Adds a set of words to this page (English at once, the shown language's when loaded) and
 * shows the page's language again with them. Never throws: a set that fails to load reads English.
 */
export async function addWords(set: WordSet): Promise<void> {
  wordSets.push(set);
  Object.assign(english, set.english);
  i18n.load(SOURCE_LANGUAGE, set.english);
  englishI18n.load(SOURCE_LANGUAGE, set.english);
  const current = activeLanguage();
  if (current !== SOURCE_LANGUAGE) await showLanguage(pinned ?? current);
}

/** A person's pick: shown now and remembered in this browser. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_ITEM, language);
  } catch {
    // storage blocked: the pick holds for this page only
  }
  await showLanguage(language);
}

// A page that speaks a language of its own, not its browser's (the projector: the session's).
let pinned: Language | null = null;

/**
 * Shows the page in `language` whatever this browser's person picks in another window (the
 * projector speaks the session's language, not the console's); null lets the page follow again.
 */
export async function pinLanguage(language: Language | null): Promise<void> {
  pinned = language;
  if (language) await showLanguage(language);
}

/** Follows a pick made in another window of this browser (unless the page's language is pinned). */
export function followOtherWindows(): () => void {
  const onStorage = (e: StorageEvent) => {
    if (pinned || e.key !== LANGUAGE_ITEM || !isLanguage(e.newValue)) return;
    if (e.newValue !== i18n.locale) void showLanguage(e.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** The active language (English before anything was activated). */
export function activeLanguage(): Language {
  return isLanguage(i18n.locale) ? i18n.locale : SOURCE_LANGUAGE;
}
