// The one way a component reads a message: t('id', values), re-rendered when the language
// changes. Plurals and selects live in the catalog as ICU messages, never in code. No provider:
// the hook follows Lingui's i18n object itself, so a view renders the same in a unit test.
import { useCallback, useSyncExternalStore } from 'react';
import { i18n, englishI18n, activeLanguage, type MessageId } from './language';

export type Values = Record<string, string | number | Date>;
export type Translate = (id: MessageId, values?: Values) => string;

const subscribe = (onChange: () => void) => i18n.on('change', onChange);

/** The active language, for Intl formatting; the component re-renders when it changes. */
export function useLanguage() {
  return useSyncExternalStore(subscribe, activeLanguage, activeLanguage);
}

export function useT(): Translate {
  const language = useLanguage();
  // A new function per language: memoised children that take it redraw in the new language.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `language` stands for i18n's state
  return useCallback((id: MessageId, values?: Values) => translate(id, values), [language]);
}

/** A message in the active language; English if formatting it fails, never a thrown error. */
export function translate(id: MessageId, values?: Values): string {
  try {
    return i18n._(id, values);
  } catch {
    try {
      return englishI18n._(id, values);
    } catch {
      return id;
    }
  }
}
