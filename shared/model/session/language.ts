// The session's language (issue 27): what its exports are written in and what the projector
// speaks. Facilitator-only state in `meta` (names.ts), set when the session is made (the new-session
// form's language) and changed on the console. Optional: a doc without it, or with a value we do
// not have, reads as English.
import type * as Y from 'yjs';
import { isLanguage, SOURCE_LANGUAGE, type Language } from '../../i18n/languages';
import { sessionDoc, transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { invalid } from '../refusals';

export const SESSION_LANGUAGE_KEY = 'language';

/** The session's language; English when unset or damaged. */
export function readSessionLanguage(doc: Y.Doc): Language {
  const value = sessionDoc(doc).meta.get(SESSION_LANGUAGE_KEY);
  return isLanguage(value) ? value : SOURCE_LANGUAGE;
}

/** Sets the session's language; refuses one Offsite does not speak. */
export function setSessionLanguage(
  doc: Y.Doc,
  language: Language,
  origin: unknown = LOCAL_ORIGIN,
): void {
  if (!isLanguage(language)) throw invalid('session.language', { language: String(language) });
  const { meta } = sessionDoc(doc);
  transact(doc, origin, () => {
    if (meta.get(SESSION_LANGUAGE_KEY) !== language) meta.set(SESSION_LANGUAGE_KEY, language);
  });
}
