// The hook through which renderer/platform words the host's errors: English (the host's own
// sentence) until a facilitator's page loads the console's words, which set it to the page's
// language (hostWords.ts, loaded with them by consoleWords.ts). No imports: the attendee's entry
// chunk and the test kit (in Node) carry only this.

/** What the host sent beside an error's English: its code and values (none from an older host). */
export type SentWords = { code?: unknown; values?: unknown; refusal?: unknown; message: string };

type Wording = { text: (sent: SentWords) => string };

const wording: Wording = { text: (sent) => sent.message };

/** The host's words as the page reads them now. */
export const hostSentence = (sent: SentWords): string => wording.text(sent);

/** Words the host's errors from now on (the console's words are loaded). */
export function wordHostWith(next: Wording): void {
  Object.assign(wording, next);
}
