// A ValidationError from the domain, said in the reader's language. cleanText's rules (empty, too
// long, not text) name the field the page asked about; any other refusal carries a code and its
// values (shared/model/refusals.ts), worded by the catalogs' `refusal.<code>` messages (the room's
// in the area `refusals`, the facilitator's in `errors`) once refusalWords.ts is on the page: the
// console's words bring it, the room loads it when it turns to a language other than English
// (refusalLoader.ts). An English page needs no catalog: the error's message is the English. A
// refusal without a code, or one not worded yet, reads as its English message.
import { ValidationError } from '../../shared/model/limits';
import { t } from './t';

/** A refusal as the domain threw it (a ValidationError or a BoardPermissionError). */
export type Refusal = { code?: string; values?: Readonly<Record<string, string | number>> };
type Wording = (err: Refusal) => string | null;
let wording: Wording | null = null;

/** Set by refusalWords.ts once its words are on the page. */
export function wordRefusalsWith(next: Wording): void {
  wording = next;
}

/** What a caught error says to the reader: a refusal in the page's language, else its message. */
export function errorText(err: unknown, field?: string): string {
  if (!(err instanceof Error)) return String(err);
  const rule = field !== undefined && err instanceof ValidationError ? err.rule : undefined;
  if (rule?.kind === 'empty') return t('validation.empty', { field: field! });
  if (rule?.kind === 'notText') return t('validation.notText', { field: field! });
  if (rule?.kind === 'tooLong')
    return t('validation.tooLong', { field: field!, length: rule.length, max: rule.max });
  // A ValidationError or a BoardPermissionError carries a code; a system error's code is not ours.
  const code = (err as Refusal).code;
  return (typeof code === 'string' && wording?.(err as Refusal)) || err.message;
}

/** A refusal kept as English (a lobby's reason in the roster) said by its code in the page's
 * language when the page has its words, else as kept. */
export function refusalSaid(refusal: Refusal, english: string): string {
  return (refusal.code !== undefined && wording?.(refusal)) || english;
}

/** A refusal in the page's language, cleanText's rules naming `field`. */
export const explain: (err: ValidationError, field?: string) => string = errorText;

export { ValidationError };
