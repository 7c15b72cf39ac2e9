// The console side's words (console, projector, library): catalogs of their own under
// catalogs/console/, one file per area and language (`agenda.en.json`, `agenda.de.json`, …), so a
// phone never downloads them. A facilitator's page loads them with its chunk (App.tsx) before it
// renders; every area's English first, then the shown language's. A chunk of its own (its list of
// files is about 1.4 KB gzipped a phone's join page would carry), handed the page's `addWords`
// rather than importing language.ts, which stays in the entry chunk.
import type { Messages } from '@lingui/core';
import type { Language } from '../../shared/i18n/languages';
import type { addWords } from './language';

type CatalogFile = () => Promise<{ default: Messages }>;
// eslint-disable-next-line lingui/no-unlocalized-strings -- a path
const files = import.meta.glob<{ default: Messages }>('./catalogs/console/*.json');

/** The loaders of one language's files, by area (`./catalogs/console/agenda.de.json`). */
function filesOf(language: Language): CatalogFile[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith(`.${language}.json`))
    .map(([, load]) => load as CatalogFile);
}

async function merged(language: Language): Promise<Messages> {
  const loaded = await Promise.all(filesOf(language).map((load) => load()));
  return Object.assign({}, ...loaded.map((m) => m.default)) as Messages;
}

let added: Promise<void> | null = null;

/** Adds the console side's words to this page (through language.ts's `addWords`), once. */
export function loadConsoleWords(add: typeof addWords): Promise<void> {
  // hostWords: the host's errors in the page's language from now on (it sets the hook itself);
  // refusalWords: the domain's refusals likewise.
  added ??= Promise.all([merged('en'), import('./hostWords'), import('./refusalWords')]).then(
    ([english]) => add({ english, load: merged }),
    (e: unknown) => {
      added = null; // asked for again when the page is
      throw e;
    },
  );
  return added;
}
