// A measure's chart and its trend in words in the page's language (the console and the
// projector), for shared/charts' measureChart: its labels, and its numbers and days as the
// language writes them. The caller's component calls useT(), so it redraws when the language changes.
import type { LineWords } from '../../../shared/charts/lineChart';
import type { TrendWords } from '../../../shared/charts/measureWords';
import { activeLanguage } from '../../i18n/language';
import { t } from '../../i18n/t';
import { formatDay } from '../../app/format';

export function measureChartWords(): { trend: TrendWords; line: LineWords } {
  const language = activeLanguage();
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const number = (v: number) => numbers.format(Math.round(v * 100) / 100);
  const day = (iso: string) => formatDay(iso, language);
  return {
    trend: {
      since: (date) => t('registers.trend.since', { date }),
      on: (date) => t('registers.trend.on', { date }),
      noLaterValue: t('registers.trend.noLaterValue'),
      noValues: t('registers.trend.noValues'),
      target: (value) => t('registers.trend.target', { value }),
      by: (date) => t('registers.trend.by', { date }),
      separator: t('registers.trend.separator'),
      number,
      day,
    },
    line: {
      baseline: (value) => t('registers.chart.baseline', { value }),
      target: (value) => t('registers.chart.target', { value }),
      targetBy: (value, d) => t('registers.chart.targetBy', { value, day: d }),
      noValues: t('registers.chart.noValues'),
      head: [t('registers.date'), t('registers.value'), t('registers.note')],
      baselineRow: t('registers.chart.baselineRow'),
      targetRow: t('registers.chart.targetRow'),
      number,
      day,
    },
  };
}
