// The room check's words (catalogs/console/probe.<language>.json): the probe page loads them
// with its chunk, so a phone that never checks the room never downloads them; the console and
// projector have them among the console side's words (they show the phones' reports).
import type { Messages } from '@lingui/core';
import { addWords } from '../../i18n/language';
import { loadAgain } from '../../chunks/loadAgain';

type Catalog = { default: Messages };

const english = () => import('../../i18n/catalogs/console/probe.en.json') as Promise<Catalog>;
const other = (language: 'de' | 'fr') =>
  (language === 'de'
    ? import('../../i18n/catalogs/console/probe.de.json')
    : import('../../i18n/catalogs/console/probe.fr.json')) as Promise<Catalog>;

let added: Promise<void> | null = null;

/** Adds the room check's words to this page, once. */
export function loadProbeWords(): Promise<void> {
  added ??= loadAgain(english).then(
    (en) =>
      addWords({
        english: en.default,
        load: (language) => loadAgain(() => other(language)).then((m) => m.default),
      }),
    (e: unknown) => {
      added = null; // asked for again when the page is
      throw e;
    },
  );
  return added;
}
