// What a poll's answers and results are called, in the reader's language: the facilitator's own
// options as typed, the scale's and fist-of-five's ends named, the result line with its plurals.
import type { Poll } from '../../../shared/model/polls/read';
import type { PollResult } from '../../../shared/model/polls/results';
import { t } from '../../i18n/t';
import { activeLanguage } from '../../i18n/language';

export function pollValueLabel(poll: Pick<Poll, 'kind' | 'options'>, value: number): string {
  if (poll.kind === 'choice') return poll.options[value] ?? t('polls.option', { n: value + 1 });
  if (poll.kind === 'fist')
    return value === 0 ? t('polls.fist0') : value === 5 ? t('polls.fist5') : String(value);
  return value === 1 ? t('polls.scaleLow') : value === 5 ? t('polls.scaleHigh') : String(value);
}

/** "3 answers from 5 admitted · average 3.4 · 1 below 3" */
export function pollSummary(r: PollResult): string {
  const base =
    r.admitted === null
      ? t('polls.answers', { n: r.voters })
      : t('polls.answersFrom', { n: r.voters, admitted: r.admitted });
  return r.average === null
    ? base
    : `${base} · ${t('polls.average', { average: oneDecimal(r.average), below: r.below3 })}`;
}

/** 3.5, 3,5: an average as the page's language writes it. */
export function oneDecimal(n: number): string {
  return new Intl.NumberFormat(activeLanguage(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(n);
}
