// Redraws a component when the refusals' words reach a page not in English: they arrive in a
// chunk of their own after the page is drawn (refusalLoader.ts), and the language itself does
// not change then. For what says a refusal at render time (the lobby's reason, a kept error).
import { useEffect, useState } from 'react';
import { useLanguage } from './useT';
import { refusalWordsLoading } from './refusalLoader';

/** True once the refusals' words are on this page (an English page has none to wait for). */
export function useRefusalWords(): boolean {
  const language = useLanguage();
  const [ready, setReady] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void refusalWordsLoading()
      ?.then((m) => m?.ready)
      .then(() => live && setReady(language));
    return () => {
      live = false;
    };
  }, [language]);
  return ready === language;
}
