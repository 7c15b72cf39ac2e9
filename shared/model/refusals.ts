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
  'group.byFacilitator': 'The facilitator does the grouping on this board.',
  'note.editOwn': 'You can only edit your own notes.',
  'note.deleteOwn': 'You can only delete your own notes.',
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
  // The lobby: why a participant waits, or was removed (the roster's reason, shared/model/roster).
  'roster.sameDevice':
    'Someone has already joined from this device. The facilitator decides whether you count separately.',
  'roster.byHand': 'The facilitator admits each person by hand in this session.',
  'roster.removed': 'The facilitator removed you from this session.',
  // Linking a second device (the host's refusals by their status, and the page's own).
  'link.codeShape': 'A device code has 10 letters and digits, like {example}.',
  'link.didNotOpen': 'That code did not open. Show a new one on your other device.',
  'link.noneWaiting':
    'No device is waiting with that code. Check it, or show a new one on your other device.',
  'link.tooManyCodes': 'Too many wrong codes from this device; wait a little.',
  'link.admittedOnly': 'Only an admitted participant can add another device.',
  'link.busy': 'Too many devices are being linked right now; try again shortly.',
} as const;

/** The facilitator's refusals: worded in the console area `errors`, never on a phone. */
export const CONSOLE_REFUSALS = {
  // Boards: columns, settings, the facilitator's keys, merging.
  'board.closeVotingFirst': 'Close voting before changing how votes work.',
  'board.columnIdTwice': 'Two columns have the same id.',
  'board.columnsMax': 'A board has at most {max} columns.',
  'board.columnsMin': 'A board needs at least one column.',
  'board.dots': 'Dots per person must be a whole number from 1 to {max}.',
  'board.facilitatorOnly':
    'Only the facilitator can {action, select, columns {change the columns} board {change the board} settings {change the board settings} voting {open voting} merge {merge notes} other {do that}}.',
  'board.keyMissing': "The facilitator's key is missing.",
  'board.maxPerNoteWhole': 'The maximum per note must be a whole number of at least 1.',
  'board.otherKey': "This board was set up with another facilitator's key.",
  'board.revealBeforeVoting': 'Reveal the notes before voting.',
  'note.revealBeforeEditing': "Reveal the notes before editing someone else's text.",
  'merge.revealFirst': 'Reveal the notes before merging them.',
  'merge.sameBoard': 'Only notes on the same board can be merged.',
  'merge.tooLong':
    'The merged note would be {length, number} characters; the limit is {max, number}.',
  // The agenda.
  'agenda.agendaOneDay': 'An agenda needs at least one day.',
  'agenda.blockGone': 'That block no longer exists.',
  'agenda.blockKind': "A block's kind must be one of {kinds}.",
  'agenda.blockNotOnAgenda': 'That block is not on the agenda.',
  'agenda.columnsKind': 'Only brainstorm and vote blocks have columns.',
  'agenda.columnsList': 'Columns must be a list.',
  'agenda.columnsMax': 'A block has at most {max} columns.',
  'agenda.date': 'The date must be a real date like 2025-03-14.',
  'agenda.dateText': 'The date must be text.',
  'agenda.dayGone': 'That day no longer exists.',
  'agenda.plannedMinutes': 'Planned minutes must be a whole number from {min} to {max}.',
  'agenda.sessionOneDay': 'A session needs at least one day.',
  'agenda.startTime': 'The start time must look like 09:00.',
  'agenda.wrapUp':
    'The wrap-up time must be a whole number of minutes from 1 to {max}, or empty for automatic.',
  // Registers and measures.
  'measure.dateMissing': 'The date is missing: when was the value true?',
  'records.committed': 'Committed must be yes or no.',
  'records.date':
    '{field, select, due {The due date} baselineDate {The baseline date} targetDate {The target date} date {The date} other {The date}} must be a date like 2026-12-31.',
  'records.dissent': 'Dissent must be a count or a list of names.',
  'records.dissentCount': 'The dissent count must be a whole number, 0 or more.',
  'records.exists':
    'That {kind, select, decision {decision} action {action} measure {measure} measureValue {measure value} suggestion {suggestion} other {record}} already exists.',
  'records.list':
    '{field, select, consulted {Consulted} informed {Informed} dissent {Dissent} options {Options considered} sourceNote {A source note} linkedDecision {A linked decision} linkedAction {A linked action} other {The list}} must be a list.',
  'records.listMax':
    '{field, select, consulted {Consulted} informed {Informed} dissent {Dissent} options {Options considered} sourceNote {A source note} linkedDecision {A linked decision} linkedAction {A linked action} other {The list}} has more than {max} entries.',
  'records.none':
    'There is no such {kind, select, decision {decision} action {action} measure {measure} measureValue {measure value} suggestion {suggestion} other {record}}.',
  'records.notId':
    '{field, select, block {The block} sourceNote {A source note} sourceGroup {The source group} linkedDecision {A linked decision} linkedAction {A linked action} measure {The measure} session {The session} author {The author} acceptedRecord {The accepted record} other {The id}} is not an id.',
  'records.recordId':
    'The {kind, select, decision {decision} action {action} measure {measure} measureValue {measure value} suggestion {suggestion} other {record}} id is not an id.',
  'records.number':
    '{field, select, value {The value} baseline {The baseline value} target {The target value} other {The value}} must be a number such as 42 or 42.5; “{typed}” is not one.',
  'records.numberNotText':
    '{field, select, value {The value} baseline {The baseline value} target {The target value} other {The value}} must be a number such as 42 or 42.5; that is not one.',
  'records.status': 'The status must be one of: {statuses}.',
  'records.time': 'A time must be a number of milliseconds.',
  'suggestion.decide': 'A suggestion is accepted or dismissed.',
  // The session's details and language.
  'session.date':
    '{field, select, firstDay {The first day} lastDay {The last day} other {The date}} must be a date like 2026-11-26.',
  'session.firstDayFirst': 'Set the first day before the last day.',
  'session.language': 'Unknown language {language}.',
  'session.lastBeforeFirst': 'The last day is before the first day.',
  'session.timeZone': 'Unknown time zone {zone}; use a name like Europe/Berlin.',
  // Breakouts: planning and running them.
  'breakout.cap': 'The cap per group must be a whole number of at least 1.',
  'breakout.chooseCount': 'Choose how many groups people choose from.',
  'breakout.facilitatorOnly': 'Only the facilitator runs breakouts.',
  'breakout.groupCount': 'Choose how many groups (at least 1), or how big each group is.',
  'breakout.groupSize': 'The group size must be a whole number of at least 1.',
  'breakout.maxGroups': 'At most {max} groups.',
  'breakout.mixValues': 'Name at least two values to mix, such as Product and Engineering.',
  'breakout.noRoomBoard': "This block has no board of the room's to lift onto.",
  'breakout.nobodyYet': 'Nobody has joined yet: wait for people, or let them choose.',
  'breakout.noteSealed': 'That note is still sealed or empty.',
  'breakout.revealFirst': 'Reveal the notes to the group before it votes.',
  'breakout.tooFewPeople':
    '{people} people cannot make {n} groups: choose at most {people}, or let people choose their group.',
  'breakout.tooFewPeopleOne':
    '1 person cannot make {n} groups: choose at most 1, or let people choose their group.',
  // Polls.
  'poll.healthDimensions':
    'A health check names {min} to {max} dimensions, one per line; this one has {count}.',
  'poll.maxOptions': 'A poll has at most {max} options.',
  'poll.sameDimension': 'Two dimensions have the same name.',
  'poll.sameOption': 'Two options have the same text.',
  'poll.twoOptions': 'A multiple-choice poll needs at least two options.',
  // Commitments' statuses.
  'series.status': 'The status must be one of: {statuses}.',
} as const;

/**
 * The keys a refusal's `select` takes, by code and argument: the field or record it names, so the
 * sentence carries no English (a value is a number or words the person typed) and each language
 * names the field in its own words (the catalogs' ICU `select`). The field is named where the
 * refusal is made, not by the page: one form (a measure, an action) submits many fields and
 * cannot tell which one a refusal is about, as cleanText's rules let a one-field page do. The
 * validators take these keys as their types; refusals.test checks every language has a case
 * for each.
 */
export const REFUSAL_SELECTS = {
  'board.facilitatorOnly': { action: ['columns', 'board', 'settings', 'voting', 'merge'] },
  'records.date': { field: ['due', 'baselineDate', 'targetDate', 'date'] },
  'records.exists': { kind: ['decision', 'action', 'measure', 'measureValue', 'suggestion'] },
  'records.list': {
    field: [
      'consulted',
      'informed',
      'dissent',
      'options',
      'sourceNote',
      'linkedDecision',
      'linkedAction',
    ],
  },
  'records.listMax': {
    field: [
      'consulted',
      'informed',
      'dissent',
      'options',
      'sourceNote',
      'linkedDecision',
      'linkedAction',
    ],
  },
  'records.none': { kind: ['decision', 'action', 'measure', 'measureValue', 'suggestion'] },
  'records.notId': {
    field: [
      'block',
      'sourceNote',
      'sourceGroup',
      'linkedDecision',
      'linkedAction',
      'measure',
      'session',
      'author',
      'acceptedRecord',
    ],
  },
  'records.recordId': { kind: ['decision', 'action', 'measure', 'measureValue', 'suggestion'] },
  'records.number': { field: ['value', 'baseline', 'target'] },
  'records.numberNotText': { field: ['value', 'baseline', 'target'] },
  'session.date': { field: ['firstDay', 'lastDay'] },
} as const;

/** The keys of one select: `SelectKey<'records.date', 'field'>` is 'due' | 'baselineDate' | …. */
export type SelectKey<
  C extends keyof typeof REFUSAL_SELECTS,
  A extends keyof (typeof REFUSAL_SELECTS)[C],
> = (typeof REFUSAL_SELECTS)[C][A] extends readonly (infer K)[] ? K : never;

export type RoomRefusalCode = keyof typeof REFUSALS;
export type ConsoleRefusalCode = keyof typeof CONSOLE_REFUSALS;
// A template file's refusals (TemplateRefusalCode) are in shared/templates/templateRefusals.ts:
// the library's, never a phone's.
export type RefusalValues = Record<string, string | number>;

export type ModelRefusalCode = RoomRefusalCode | ConsoleRefusalCode;
/** The model's codes' English messages. */
export const ENGLISH: Record<ModelRefusalCode, string> = { ...REFUSALS, ...CONSOLE_REFUSALS };

/** The refusal `code` with its values: a ValidationError whose message is the English sentence. */
export const invalid = (code: ModelRefusalCode, values: RefusalValues = {}): ValidationError =>
  refusal(ENGLISH[code], code, values);

/** A refusal from its English message: what invalid() and the templates' invalidTemplate() throw. */
export const refusal = (english: string, code: string, values: RefusalValues) =>
  new ValidationError(formatIcu(english, values), undefined, { code, values });

/** The refusal's English sentence. */
export const englishOf = (code: ModelRefusalCode, values: RefusalValues = {}): string =>
  formatIcu(ENGLISH[code], values);

// ---- the English's formatting (the renderer formats every language with Lingui) ----

const numberEn = new Intl.NumberFormat('en');

/**
 * Formats an English message: its arguments are `{name}`, `{name, number}` and a `select` whose
 * cases are plain text (a field's name; a plural in English is two codes), so a phone's bundle
 * carries no ICU reader. refusals.test.ts formats every message as Lingui does and holds the
 * messages to these forms.
 */
export function formatIcu(message: string, values: RefusalValues): string {
  return message.replace(
    /\{(\w+)(?:(, number)|, select,((?:\s*\w+\s*\{[^{}]*\})+)\s*)?\}/g,
    (_m, name: string, number?: string, cases?: string) => {
      const v = values[name];
      if (cases !== undefined) {
        const text = new Map([...cases.matchAll(/(\w+)\s*\{([^{}]*)\}/g)].map((c) => [c[1], c[2]]));
        return text.get(String(v)) ?? text.get('other') ?? '';
      }
      return number && typeof v === 'number' ? numberEn.format(v) : String(v);
    },
  );
}
