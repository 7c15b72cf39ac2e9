// The languages Offsite speaks, and how a browser's (or a person's) wish picks one. Pure: the
// renderer's i18n, the templates and the exports share it. English is the source language and
// the fallback for anything we do not have.

export const LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'en';

/** Each language's name in itself: a picker shows the name its reader recognises. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the wished-for tags (BCP 47, e.g. navigator.languages) we have, matched on the
 * primary language subtag ('de-AT' → 'de'); English when none matches. Never throws: a
 * malformed tag is skipped.
 */
export function pickLanguage(wishes: readonly unknown[] | undefined | null): Language {
  for (const wish of wishes ?? []) {
    if (typeof wish !== 'string') continue;
    const primary = wish.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return SOURCE_LANGUAGE;
}

// Scripts written right to left (ISO 15924) and languages whose default script is one. The
// page's `dir` comes from here, so adding Arabic or Hebrew later lays out without code changes.
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

/** 'rtl' for a tag whose script (or language's usual script) is written right to left. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const parts = tag.toLowerCase().split(/[-_]/);
  const script = parts.find((p, i) => i > 0 && p.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}

/** Where a browser remembers the language its person picked (localStorage). */
export const LANGUAGE_ITEM = 'offsite.language';
