// Words that come from the host (the venue card's labels and notices, the storage warning, import
// refusals), said in the page's language: a code the catalogs word (`host.<code>`, the console's
// area `host`), with its values worded first when they are words too. A code this page does not
// know, or whose words it has not loaded (an attendee's page), reads as the English the host sent.
// (Types only from shared: the list of codes stays out of the attendee's entry chunk.)
import type { HostWordCode, HostWords } from '../../shared/protocol/hostWords';
import { englishI18n, type MessageId } from './language';
import { translate as t, type Values } from './useT';

/** A code's message id in the catalogs. */
export const hostWordId = (code: HostWordCode) => `host.${code}` as const satisfies MessageId;

/** What the host sent, as far as this page can tell: words, or at least an English sentence. */
export type SentWords = { code?: unknown; values?: unknown; message: string };
// (the same shape as renderer/platform/hostHttp.ts's, which must not import this folder)

function known(w: SentWords): w is HostWords {
  // Known: this page has English words for it (the shared list types them; an attendee's page,
  // which never loads the console's words, shows the English sent).
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a message id
  return typeof w.code === 'string' && Object.hasOwn(englishI18n.messages, `host.${w.code}`);
}

/** The host's words in the page's language; the sent English when the code is not ours. */
export function hostText(w: SentWords | HostWords): string {
  if (!known(w)) return w.message;
  const values: Values = {};
  if (w.values && typeof w.values === 'object') {
    for (const [key, value] of Object.entries(w.values as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number') values[key] = value;
      else if (
        value &&
        typeof value === 'object' &&
        typeof (value as SentWords).message === 'string'
      )
        values[key] = hostText(value as SentWords);
    }
  }
  return t(hostWordId(w.code), values);
}

/** Words if the host sent them, else its English (an older host sends only the sentence). */
export function hostTextOr<T extends string | null>(
  words: HostWords | null | undefined,
  english: T,
): string | T {
  return words && english !== null ? hostText(words) : english;
}
