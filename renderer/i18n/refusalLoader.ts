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

/** Resolves once the refusals' words are on this page (at once on an English page: none needed). */
export async function refusalWordsLoaded(): Promise<void> {
  const loaded = (await loading) as { ready?: Promise<void> } | undefined;
  await loaded?.ready;
}
