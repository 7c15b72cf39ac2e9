// A poll's chart in the page's language (the console and the projector): its title, heads and
// the scale's ends, for shared/charts' pollChart. The caller's component calls useT().
import type { PollChartWords } from '../../../shared/charts/resultCharts';
import type { PollResult } from '../../../shared/model/polls/results';
import { t } from '../../i18n/t';
import { oneDecimal, pollValueLabel } from './pollLabels';
import { formatDay } from '../../app/format';

export function pollChartWords(r: PollResult): PollChartWords {
  const question = r.poll.question;
  return {
    title: t('polls.chart.title', { question }),
    rowHead: t('polls.chart.answer'),
    series: t('polls.chart.answers'),
    label: (value) => pollValueLabel(r.poll, value),
    health: {
      title: t('polls.chart.health', { question }),
      rowHead: t('polls.chart.dimension'),
      notAsked: t('polls.chart.notAsked'),
      thisSession: t('polls.chart.thisSession'),
      session: (label) => formatDay(label),
      average: (n) => oneDecimal(n),
    },
  };
}
