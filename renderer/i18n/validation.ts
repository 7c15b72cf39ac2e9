// A ValidationError from the domain, said in the reader's language. cleanText's rules (empty, too
// long, not text) name the field the page asked about; any other refusal carries a code and its
// values (shared/model/refusals.ts), worded by the catalogs' `refusal.<code>` messages: the room's
// in the area `refusals`, the facilitator's in `errors`. An English page needs no catalog (the
// error's message is the English); another language loads the refusals' words as their own small
// chunk (refusalWords.ts) when the page turns to it, so a phone's first visit carries none. A
// refusal without a code, or one not worded yet, reads as its English message.
import { ValidationError } from '../../shared/model/limits';
import { i18n, activeLanguage } from './language';
import { t } from './t';

type Wording = (err: ValidationError) => string | null;
let wording: Wording | null = null;

/** Set by refusalWords.ts once its words are on the page. */
export function wordRefusalsWith(next: Wording): void {
  wording = next;
}

let loading: Promise<unknown> | null = null;
function loadWhenNotEnglish() {
  if (loading || activeLanguage() === 'en') return;
  loading = import('./refusalWords').catch((e: unknown) => {
    loading = null; // asked for again on the next change of language
    console.warn('The refusals’ words did not load; they read in English.', e);
  });
}
i18n.on('change', loadWhenNotEnglish);
loadWhenNotEnglish();

/** Resolves once the refusals' words are on this page (at once on an English page: none needed). */
export async function refusalWordsLoaded(): Promise<void> {
  const loaded = (await loading) as { ready?: Promise<void> } | undefined;
  await loaded?.ready;
}

export function explain(err: ValidationError, field?: string): string {
  const rule = field === undefined ? undefined : err.rule;
  if (field !== undefined && rule?.kind === 'empty') return t('validation.empty', { field });
  if (field !== undefined && rule?.kind === 'notText') return t('validation.notText', { field });
  if (field !== undefined && rule?.kind === 'tooLong')
    return t('validation.tooLong', { field, length: rule.length, max: rule.max });
  return (err.code !== undefined && wording?.(err)) || err.message;
}

/** What a caught error says to the reader: a refusal in the page's language, else its message. */
export function errorText(err: unknown, field?: string): string {
  if (err instanceof ValidationError) return explain(err, field);
  return err instanceof Error ? err.message : String(err);
}

export { ValidationError };
