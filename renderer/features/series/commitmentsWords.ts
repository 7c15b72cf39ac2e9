// The words of an attendee's "Your commitments" (catalogs/console/commitments.<language>.json):
// the room loads them with that card's chunk, only in a session of a series, so a phone's first
// visit does not carry them; the console and the projector have them among the console side's
// words (the review block and the projector's commitments show the same statuses).
import type { Messages } from '@lingui/core';
import { addWords } from '../../i18n/language';
import { loadAgain } from '../../chunks/loadAgain';

type Catalog = { default: Messages };

const english = () => import('../../i18n/catalogs/console/commitments.en.json') as Promise<Catalog>;
const other = (language: 'de' | 'fr') =>
  (language === 'de'
    ? import('../../i18n/catalogs/console/commitments.de.json')
    : import('../../i18n/catalogs/console/commitments.fr.json')) as Promise<Catalog>;

let added: Promise<void> | null = null;

/** Adds the commitments card's words to this page, once. */
export function loadCommitmentsWords(): Promise<void> {
  added ??= loadAgain(english).then(
    (en) =>
      addWords({
        english: en.default,
        load: (language) => loadAgain(() => other(language)).then((m) => m.default),
      }),
    (e: unknown) => {
      added = null; // asked for again when the card is
      throw e;
    },
  );
  return added;
}
