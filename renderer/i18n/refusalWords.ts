// The refusals' words (shared/model/refusals.ts) in the page's language: a chunk of its own that
// validation.ts loads when a page turns to a language other than English (an English page reads
// the refusal's own message). It adds the room's refusals (area `refusals`) to the page; the
// facilitator's (area `errors`) come with the console's words (consoleWords.ts), and until they
// are there such a refusal reads in English.
import type { Messages } from '@lingui/core';
import type { RefusalCode } from '../../shared/model/refusals';
import { addWords, type MessageId } from './language';
import { translate, type Values } from './useT';
import { wordRefusalsWith, type ValidationError } from './validation';
import { loadAgain } from '../app/loadAgain';

// Each code's message id, written out: the build shortens ids where they are string literals,
// and a code missing here (or from the English catalogs) is a type error.
const IDS = {
  'board.none': 'refusal.board.none',
  'breakout.alreadyIn': 'refusal.breakout.alreadyIn',
  'breakout.full': 'refusal.breakout.full',
  'breakout.joinFirst': 'refusal.breakout.joinFirst',
  'breakout.noGroup': 'refusal.breakout.noGroup',
  'breakout.none': 'refusal.breakout.none',
  'breakout.over': 'refusal.breakout.over',
  'breakout.placedByFacilitator': 'refusal.breakout.placedByFacilitator',
  'group.revealFirst': 'refusal.group.revealFirst',
  'group.sameBoard': 'refusal.group.sameBoard',
  'key.mismatch': 'refusal.key.mismatch',
  'key.missing': 'refusal.key.missing',
  'note.colour': 'refusal.note.colour',
  'note.gone': 'refusal.note.gone',
  'note.noColumn': 'refusal.note.noColumn',
  'parking.gone': 'refusal.parking.gone',
  'poll.answerHealth': 'refusal.poll.answerHealth',
  'poll.gone': 'refusal.poll.gone',
  'poll.notOpen': 'refusal.poll.notOpen',
  'poll.pickOne': 'refusal.poll.pickOne',
  'poll.pickSome': 'refusal.poll.pickSome',
  'question.gone': 'refusal.question.gone',
  'series.alreadyYou': 'refusal.series.alreadyYou',
  'series.nameTaken': 'refusal.series.nameTaken',
  'series.noAction': 'refusal.series.noAction',
  'series.noLink': 'refusal.series.noLink',
  'series.noteOneLine': 'refusal.series.noteOneLine',
  'series.onlyResponsible': 'refusal.series.onlyResponsible',
  'series.updateExists': 'refusal.series.updateExists',
  'suggestion.exists': 'refusal.suggestion.exists',
  'suggestion.kind': 'refusal.suggestion.kind',
  'vote.maxPerNote': 'refusal.vote.maxPerNote',
  'vote.noneLeft': 'refusal.vote.noneLeft',
  'vote.notOnBoard': 'refusal.vote.notOnBoard',
  'vote.notOpen': 'refusal.vote.notOpen',
} as const satisfies Record<RefusalCode, MessageId>;

/** A refusal in the page's language, or null when this page has no words for its code. */
export function refusalText(err: ValidationError): string | null {
  const id =
    err.code !== undefined && Object.hasOwn(IDS, err.code) ? IDS[err.code as RefusalCode] : null;
  if (id === null) return null;
  const text = translate(id, { ...err.values } as Values);
  return text === id ? null : text;
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
  .catch((e: unknown) =>
    console.warn('The refusals’ words did not load; they read in English.', e),
  );

wordRefusalsWith(refusalText);
