// The domain's refusals: each a stable code and its English ICU message (issue 27). A command
// throws `invalid('vote.maxPerNote', { max })`: a ValidationError whose message is the English
// sentence (Node, the host's API, logs and tests read it) and which carries the code and values,
// so a page says it in its reader's language (renderer/i18n/validation.ts, catalogs' `refusal.<code>`
// ids). Pure: the English is formatted here by a small ICU reader (arguments, `number`, `plural`,
// `select`), with no i18n library. Values are numbers or words the person typed, never English.
import { ValidationError } from './limits';

export const REFUSALS = {
  // Keys and names (an attendee's browser).
  'key.missing': 'Your private key is missing; reload the page.',
  'key.mismatch': 'Your key does not match your name here; reload the page.',
  // Board: notes, grouping, votes.
  'board.none': 'This block has no board yet.',
  'note.gone': 'That note no longer exists.',
  'note.noColumn': 'That column does not exist on this board.',
  'note.colour': 'Pick a colour from the palette.',
  'group.revealFirst': 'Reveal the notes before grouping.',
  'group.sameBoard': 'Only notes on the same board can be grouped.',
  'vote.notOpen': 'Voting is not open.',
  'vote.notOnBoard': 'That note is not on this board.',
  'vote.noneLeft': 'You have no votes left.',
  'vote.maxPerNote': 'At most {max} votes can go to one note.',
  // Questions, polls, parking lot.
  'question.gone': 'That question no longer exists.',
  'poll.gone': 'That poll no longer exists.',
  'poll.notOpen': 'This poll is not open.',
  'poll.answerHealth': 'Answer every dimension from 1 to 5.',
  'poll.pickSome': 'Pick at least one option.',
  'poll.pickOne': 'Pick one answer.',
  'parking.gone': 'That parking lot item no longer exists.',
  // Suggestions to the registers.
  'suggestion.kind': 'A suggestion is for a decision or an action.',
  'suggestion.exists': 'That suggestion already exists.',
  // Breakouts: an attendee's pick.
  'breakout.none': 'This block has no breakout.',
  'breakout.noGroup': 'That group does not exist.',
  'breakout.over': 'The room is back together.',
  'breakout.placedByFacilitator': 'The facilitator places people in this breakout.',
  'breakout.alreadyIn': 'You are in a group already; the facilitator can move you.',
  'breakout.full': 'That group is full: pick another.',
  'breakout.joinFirst': 'Join the session first.',
  // Commitments (a series' actions).
  'series.noAction': 'There is no such action.',
  'series.noteOneLine': 'The note is one line.',
  'series.onlyResponsible':
    'Only the action’s Responsible participant or the facilitator records its status.',
  'series.updateExists': 'That update already exists.',
  'series.alreadyYou': 'You have already confirmed that you are {name}.',
  'series.nameTaken':
    'Someone here has already confirmed that they are {name}. Ask the facilitator.',
  'series.noLink': 'There is no such link.',
} as const;

/** The facilitator's refusals: worded in the console area `errors`, never on a phone. */
export const CONSOLE_REFUSALS = {} as const;

export type RoomRefusalCode = keyof typeof REFUSALS;
export type ConsoleRefusalCode = keyof typeof CONSOLE_REFUSALS;
export type RefusalCode = RoomRefusalCode | ConsoleRefusalCode;
export type RefusalValues = Record<string, string | number>;

/** Every code's English message. */
export const ENGLISH: Record<RefusalCode, string> = { ...REFUSALS, ...CONSOLE_REFUSALS };

/** The refusal `code` with its values: a ValidationError whose message is the English sentence. */
export function invalid(code: RefusalCode, values: RefusalValues = {}): ValidationError {
  return new ValidationError(formatIcu(ENGLISH[code], values), undefined, { code, values });
}

// ---- a small ICU MessageFormat reader, for the English (the renderer uses Lingui's) ----

const numberEn = new Intl.NumberFormat('en');
const pluralEn = new Intl.PluralRules('en');

/** Formats an ICU message with `{name}`, `{name, number}`, `{name, plural|select, …}` and `#`. */
export function formatIcu(message: string, values: RefusalValues): string {
  return new Reader(message, values).text(null);
}

class Reader {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly values: RefusalValues,
  ) {}

  /** Text up to the end, or up to the `}` that closes a plural/select case. */
  text(hash: number | null): string {
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '}') return out;
      if (c === '{') out += this.argument();
      else if (c === '#' && hash !== null) {
        out += numberEn.format(hash);
        this.i++;
      } else {
        out += c;
        this.i++;
      }
    }
    return out;
  }

  private argument(): string {
    this.i++; // {
    const name = this.word();
    const value = this.values[name];
    if (this.s[this.i] === '}') {
      this.i++;
      return String(value);
    }
    this.expect(',');
    const type = this.word();
    if (type === 'number') {
      this.expect('}');
      return typeof value === 'number' ? numberEn.format(value) : String(value);
    }
    if (type !== 'plural' && type !== 'select') throw new Error(`Unknown ICU type "${type}".`);
    this.expect(',');
    const cases = new Map<string, number>();
    while (this.s[this.i] !== '}') {
      const key = this.word();
      this.expect('{');
      cases.set(key, this.i);
      this.skipCase();
      this.skipSpace();
    }
    this.i++; // }
    const end = this.i;
    const n = Number(value);
    const key =
      type === 'select'
        ? cases.has(String(value))
          ? String(value)
          : 'other'
        : cases.has(`=${n}`)
          ? `=${n}`
          : cases.has(pluralEn.select(n))
            ? pluralEn.select(n)
            : 'other';
    const start = cases.get(key);
    if (start === undefined) throw new Error(`No "${key}" case for "${name}".`);
    this.i = start;
    const out = this.text(type === 'plural' ? n : null);
    this.i = end;
    return out;
  }

  private skipCase() {
    for (let depth = 1; depth > 0; this.i++) {
      if (this.i >= this.s.length) throw new Error('An unclosed "{".');
      if (this.s[this.i] === '{') depth++;
      else if (this.s[this.i] === '}') depth--;
    }
  }

  private skipSpace() {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  private word(): string {
    this.skipSpace();
    const m = /^[^\s,{}]+/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`An ICU name expected at ${this.i}.`);
    this.i += m[0].length;
    this.skipSpace();
    return m[0];
  }

  private expect(c: string) {
    this.skipSpace();
    if (this.s[this.i] !== c) throw new Error(`"${c}" expected at ${this.i}.`);
    this.i++;
    if (c !== '}') this.skipSpace(); // a closing brace's following space is the message's
  }
}
