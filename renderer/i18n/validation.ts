// A ValidationError from the domain, said in the reader's language. cleanText's rules (empty, too
// long, not text) name the field the page asked about; any other refusal carries a code and its
// values (shared/model/refusals.ts), worded by the catalogs' `refusal.<code>` messages (the room's
// in the area `refusals`, the facilitator's in `errors`) once refusalWords.ts is on the page: the
// console's words bring it, the room loads it when it turns to a language other than English
// (refusalLoader.ts). An English page needs no catalog: the error's message is the English. A
// refusal without a code, or one not worded yet, reads as its English message.
import { ValidationError } from '../../shared/model/limits';
import { t } from './t';

type Wording = (err: ValidationError) => string | null;
let wording: Wording | null = null;

/** Set by refusalWords.ts once its words are on the page. */
export function wordRefusalsWith(next: Wording): void {
  wording = next;
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
