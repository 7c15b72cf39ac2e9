// The room's refusals in its language: refusalWords.ts (the words and the catalogs' area
// `refusals`) is loaded as a chunk of its own when the page turns to a language other than
// English, so a phone's first visit in English carries none of it. Imported by the room's page.
import { i18n, activeLanguage } from './language';

let loading: Promise<unknown> | null = null;
function loadWhenNotEnglish() {
  if (loading || activeLanguage() === 'en') return;
  loading = import('./refusalWords').catch(() => {
    loading = null; // asked for again on the next change of language; English meanwhile
  });
}
i18n.on('change', loadWhenNotEnglish);
loadWhenNotEnglish();

/** The refusals' chunk once asked for (null on an English page): its `ready` resolves with its words. */
export const refusalWordsLoading = () => loading as Promise<{ ready: Promise<void> } | void> | null;
