// The refusals' words (shared/model/refusals.ts) in the page's language: a chunk of its own, loaded
// with the console's words (consoleWords.ts) and by the room when it turns to a language other
// than English (refusalLoader.ts; an English page reads the refusal's own message). It adds the
// room's refusals (area `refusals`) to the page; the facilitator's (area `errors`) come with the
// console's words, and until they are there such a refusal reads in English.
import type { Messages } from '@lingui/core';
import type { ModelRefusalCode } from '../../shared/model/refusals';
import type { TemplateRefusalCode } from '../../shared/templates/templateRefusals';

/** Every refusal a page may be shown: the model's and a template file's. */
export type RefusalCode = ModelRefusalCode | TemplateRefusalCode;
import { addWords, type MessageId } from './language';
import { translate, type Values } from './useT';
import { wordRefusalsWith, type Refusal } from './validation';
import { loadAgain } from '../chunks/loadAgain';

// Each code's message id, written out: the build shortens ids where they are string literals,
// and a code missing here (or from the English catalogs) is a type error.
const IDS = {
  'agenda.agendaOneDay': 'refusal.agenda.agendaOneDay',
  'agenda.blockGone': 'refusal.agenda.blockGone',
  'agenda.blockKind': 'refusal.agenda.blockKind',
  'agenda.blockNotOnAgenda': 'refusal.agenda.blockNotOnAgenda',
  'agenda.columnsKind': 'refusal.agenda.columnsKind',
  'agenda.columnsList': 'refusal.agenda.columnsList',
  'agenda.columnsMax': 'refusal.agenda.columnsMax',
  'agenda.date': 'refusal.agenda.date',
  'agenda.dateText': 'refusal.agenda.dateText',
  'agenda.dayGone': 'refusal.agenda.dayGone',
  'agenda.plannedMinutes': 'refusal.agenda.plannedMinutes',
  'agenda.sessionOneDay': 'refusal.agenda.sessionOneDay',
  'agenda.startTime': 'refusal.agenda.startTime',
  'agenda.wrapUp': 'refusal.agenda.wrapUp',
  'board.closeVotingFirst': 'refusal.board.closeVotingFirst',
  'board.columnIdTwice': 'refusal.board.columnIdTwice',
  'board.columnsMax': 'refusal.board.columnsMax',
  'board.columnsMin': 'refusal.board.columnsMin',
  'board.dots': 'refusal.board.dots',
  'board.facilitatorOnly': 'refusal.board.facilitatorOnly',
  'board.keyMissing': 'refusal.board.keyMissing',
  'board.maxPerNoteWhole': 'refusal.board.maxPerNoteWhole',
  'board.none': 'refusal.board.none',
  'board.otherKey': 'refusal.board.otherKey',
  'board.revealBeforeVoting': 'refusal.board.revealBeforeVoting',
  'breakout.alreadyIn': 'refusal.breakout.alreadyIn',
  'breakout.cap': 'refusal.breakout.cap',
  'breakout.chooseCount': 'refusal.breakout.chooseCount',
  'breakout.facilitatorOnly': 'refusal.breakout.facilitatorOnly',
  'breakout.full': 'refusal.breakout.full',
  'breakout.groupCount': 'refusal.breakout.groupCount',
  'breakout.groupSize': 'refusal.breakout.groupSize',
  'breakout.joinFirst': 'refusal.breakout.joinFirst',
  'breakout.maxGroups': 'refusal.breakout.maxGroups',
  'breakout.mixValues': 'refusal.breakout.mixValues',
  'breakout.noGroup': 'refusal.breakout.noGroup',
  'breakout.noRoomBoard': 'refusal.breakout.noRoomBoard',
  'breakout.nobodyYet': 'refusal.breakout.nobodyYet',
  'breakout.none': 'refusal.breakout.none',
  'breakout.noteSealed': 'refusal.breakout.noteSealed',
  'breakout.over': 'refusal.breakout.over',
  'breakout.placedByFacilitator': 'refusal.breakout.placedByFacilitator',
  'breakout.revealFirst': 'refusal.breakout.revealFirst',
  'breakout.tooFewPeople': 'refusal.breakout.tooFewPeople',
  'breakout.tooFewPeopleOne': 'refusal.breakout.tooFewPeopleOne',
  'group.byFacilitator': 'refusal.group.byFacilitator',
  'group.revealFirst': 'refusal.group.revealFirst',
  'group.sameBoard': 'refusal.group.sameBoard',
  'key.mismatch': 'refusal.key.mismatch',
  'key.missing': 'refusal.key.missing',
  'link.admittedOnly': 'refusal.link.admittedOnly',
  'link.busy': 'refusal.link.busy',
  'link.codeShape': 'refusal.link.codeShape',
  'link.didNotOpen': 'refusal.link.didNotOpen',
  'link.noneWaiting': 'refusal.link.noneWaiting',
  'link.tooManyCodes': 'refusal.link.tooManyCodes',
  'measure.dateMissing': 'refusal.measure.dateMissing',
  'merge.revealFirst': 'refusal.merge.revealFirst',
  'merge.sameBoard': 'refusal.merge.sameBoard',
  'merge.tooLong': 'refusal.merge.tooLong',
  'note.colour': 'refusal.note.colour',
  'note.deleteOwn': 'refusal.note.deleteOwn',
  'note.editOwn': 'refusal.note.editOwn',
  'note.gone': 'refusal.note.gone',
  'note.noColumn': 'refusal.note.noColumn',
  'note.revealBeforeEditing': 'refusal.note.revealBeforeEditing',
  'parking.gone': 'refusal.parking.gone',
  'poll.answerHealth': 'refusal.poll.answerHealth',
  'poll.gone': 'refusal.poll.gone',
  'poll.healthDimensions': 'refusal.poll.healthDimensions',
  'poll.maxOptions': 'refusal.poll.maxOptions',
  'poll.notOpen': 'refusal.poll.notOpen',
  'poll.pickOne': 'refusal.poll.pickOne',
  'poll.pickSome': 'refusal.poll.pickSome',
  'poll.sameDimension': 'refusal.poll.sameDimension',
  'poll.sameOption': 'refusal.poll.sameOption',
  'poll.twoOptions': 'refusal.poll.twoOptions',
  'question.gone': 'refusal.question.gone',
  'records.committed': 'refusal.records.committed',
  'records.date': 'refusal.records.date',
  'records.dissent': 'refusal.records.dissent',
  'records.dissentCount': 'refusal.records.dissentCount',
  'records.exists': 'refusal.records.exists',
  'records.list': 'refusal.records.list',
  'records.listMax': 'refusal.records.listMax',
  'records.none': 'refusal.records.none',
  'records.notId': 'refusal.records.notId',
  'records.recordId': 'refusal.records.recordId',
  'records.number': 'refusal.records.number',
  'records.numberNotText': 'refusal.records.numberNotText',
  'records.status': 'refusal.records.status',
  'records.time': 'refusal.records.time',
  'series.alreadyYou': 'refusal.series.alreadyYou',
  'series.nameTaken': 'refusal.series.nameTaken',
  'series.noAction': 'refusal.series.noAction',
  'series.noLink': 'refusal.series.noLink',
  'series.noteOneLine': 'refusal.series.noteOneLine',
  'roster.byHand': 'refusal.roster.byHand',
  'roster.removed': 'refusal.roster.removed',
  'roster.sameDevice': 'refusal.roster.sameDevice',
  'series.onlyResponsible': 'refusal.series.onlyResponsible',
  'series.status': 'refusal.series.status',
  'series.updateExists': 'refusal.series.updateExists',
  'session.date': 'refusal.session.date',
  'session.firstDayFirst': 'refusal.session.firstDayFirst',
  'session.language': 'refusal.session.language',
  'session.lastBeforeFirst': 'refusal.session.lastBeforeFirst',
  'session.timeZone': 'refusal.session.timeZone',
  'suggestion.decide': 'refusal.suggestion.decide',
  'suggestion.exists': 'refusal.suggestion.exists',
  'suggestion.kind': 'refusal.suggestion.kind',
  'template.atBlock': 'refusal.template.atBlock',
  'template.atDay': 'refusal.template.atDay',
  'template.blockObject': 'refusal.template.blockObject',
  'template.blocksMax': 'refusal.template.blocksMax',
  'template.dayShape': 'refusal.template.dayShape',
  'template.daysMax': 'refusal.template.daysMax',
  'template.daysMin': 'refusal.template.daysMin',
  'template.newer': 'refusal.template.newer',
  'template.noDays': 'refusal.template.noDays',
  'template.noFormat': 'refusal.template.noFormat',
  'template.noVersion': 'refusal.template.noVersion',
  'template.none': 'refusal.template.none',
  'template.notJson': 'refusal.template.notJson',
  'template.tooBig': 'refusal.template.tooBig',
  'vote.maxPerNote': 'refusal.vote.maxPerNote',
  'vote.noneLeft': 'refusal.vote.noneLeft',
  'vote.notOnBoard': 'refusal.vote.notOnBoard',
  'vote.notOpen': 'refusal.vote.notOpen',
} as const satisfies Record<RefusalCode, MessageId>;

/** A refusal in the page's language, or null when this page has no words for its code. */
export function refusalText(err: Refusal): string | null {
  const id =
    err.code !== undefined && Object.hasOwn(IDS, err.code) ? IDS[err.code as RefusalCode] : null;
  if (id === null) return null;
  const text = translate(id, { ...err.values } as Values);
  if (text === id) return null;
  // Where in a template file it happened (templateRefusals.ts refusedAt), around its own words.
  const { atDay: day, atBlock: block } = err.values ?? {};
  if (typeof day !== 'number') return text;
  const at = typeof block === 'number' ? IDS['template.atBlock'] : IDS['template.atDay'];
  const placed = translate(at, { day, block: block ?? '', refusal: text });
  return placed === at ? null : placed;
}

type Catalog = { default: Messages };
const english = () => import('./catalogs/console/refusals.en.json') as Promise<Catalog>;
const other = (language: 'de' | 'fr') =>
  (language === 'de'
    ? import('./catalogs/console/refusals.de.json')
    : import('./catalogs/console/refusals.fr.json')) as Promise<Catalog>;

/** Resolves once the room's refusals read in the page's language. */
export const ready: Promise<void> = loadAgain(english)
  .then((en) =>
    addWords({
      english: en.default,
      load: (language) => loadAgain(() => other(language)).then((m) => m.default),
    }),
  )
  .catch(() => undefined); // they read in English

wordRefusalsWith(refusalText);
