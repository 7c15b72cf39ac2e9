// Input limits shared by the UI (clear messages) and the commands (hard guard).

export const NOTE_MAX_CHARS = 2000;
export const NAME_MAX_CHARS = 60;
export const TITLE_MAX_CHARS = 200;

/** Which of cleanText's rules a text broke, for a page that says it in its reader's language. */
export type TextRule =
  { kind: 'notText' } | { kind: 'empty' } | { kind: 'tooLong'; length: number; max: number };

export class ValidationError extends Error {
  /** The refusal's code and values (refusals.ts), for a page to say it in its reader's language. */
  readonly code?: string;
  readonly values?: Readonly<Record<string, string | number>>;
  constructor(
    message: string,
    readonly rule?: TextRule,
    words?: { code: string; values: Record<string, string | number> },
  ) {
    super(message);
    this.name = 'ValidationError';
    if (words) {
      this.code = words.code;
      this.values = words.values;
    }
  }
}

/** Trims and checks a piece of user text; returns the clean text or throws a readable error. */
export function cleanText(input: unknown, what: string, max: number, allowEmpty = false): string {
  if (typeof input !== 'string')
    throw new ValidationError(`${what} must be text.`, { kind: 'notText' });
  // Strip C0 controls except tab and newline; they have no business in a note or a name.
  // eslint-disable-next-line no-control-regex
  const text = input.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
  if (!allowEmpty && text.length === 0)
    throw new ValidationError(`${what} is empty.`, { kind: 'empty' });
  if (text.length > max)
    throw new ValidationError(
      `${what} is ${text.length.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')}.`,
      { kind: 'tooLong', length: text.length, max },
    );
  return text;
}
