// vitest setupFiles: the console side's words are there in unit tests as on a facilitator's page
// (where App.tsx loads them with the page's chunk), English at once, other languages when shown.
import type { Messages } from '@lingui/core';
import { addWords } from '#renderer/i18n/language';

const files = import.meta.glob<Messages>('../../../renderer/i18n/catalogs/console/*.json', {
  eager: true,
  import: 'default',
});
const of = (language: string): Messages =>
  Object.assign(
    {},
    ...Object.entries(files)
      .filter(([path]) => path.endsWith(`.${language}.json`))
      .map(([, m]) => m),
  ) as Messages;

void addWords({ english: of('en'), load: (language) => Promise.resolve(of(language)) });
