// The minutes' pictures (issue 25): a vote's ranking, a poll's answers, a team health check beside
// the earlier ones, planned against actual minutes per block, and each measure over time, as SVG
// in the print layout (the PDF). Each sits beside the table or list that gives the same numbers.
import { barChart } from '../charts/barChart';
import { healthChart, planChart } from '../charts/resultCharts';
import { chartSvg } from '../charts/chartSvg';
import { measureChart } from '../charts/measureChart';
import type { ReportDay, ReportMeasure, ReportPoll, ReportVote } from './reportTypes';
import { blockRef } from './outline';
import {
  countOf,
  ENGLISH_WORDS,
  formatDay,
  formatNumberIn,
  measureWordsIn,
  oneDecimalIn,
  type ExportWords,
} from './exportWords';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A4's text width at the print's margins, in CSS px, and the charts' type size (≈ 9 pt). */
export const PRINT_CHART_WIDTH = 620;
export const PRINT_CHART_FONT = 12;

export function voteChartHtml(
  v: ReportVote,
  results: ReportVote['results'],
  w: ExportWords = ENGLISH_WORDS,
): string {
  if (!results.length) return '';
  const c = w.say.chart;
  const chart = barChart({
    title: c.votesPerResult(v.ref, v.title),
    rowHead: c.result,
    series: [{ name: c.votes, style: 'solid' }],
    rows: results.map((r) => ({
      label: `${r.rank}${r.tied ? ` ${c.tie}` : ''}. ${r.label}`,
      values: [r.count],
      texts: [countOf(w, r.count, 'vote')],
    })),
    width: PRINT_CHART_WIDTH,
    font: PRINT_CHART_FONT,
  });
  return chartSvg(chart);
}

export function pollChartHtml(p: ReportPoll, w: ExportWords = ENGLISH_WORDS): string {
  const c = w.say.chart;
  if (p.health)
    return chartSvg(
      healthChart(p.question, p.health, PRINT_CHART_WIDTH, PRINT_CHART_FONT, {
        title: c.health(p.question),
        rowHead: c.dimension,
        notAsked: w.say.notAsked,
        thisSession: c.thisSession,
        session: (label) => (ISO_DAY.test(label) ? formatDay(w, label) : label),
        average: (n) => oneDecimalIn(w, n),
      }),
    );
  if (!p.voters) return '';
  const chart = barChart({
    title: c.answersTo(p.question),
    rowHead: c.answer,
    series: [{ name: c.answers, style: 'solid' }],
    rows: p.rows.map((r) => ({ label: r.label, values: [r.count] })),
    width: PRINT_CHART_WIDTH,
    font: PRINT_CHART_FONT,
  });
  return chartSvg(chart);
}

export function planChartHtml(day: ReportDay, w: ExportWords = ENGLISH_WORDS): string {
  const ran = day.blocks.filter((b) => b.ran);
  if (!ran.length) return '';
  const rows = ran.map((b) => ({
    label: `${blockRef(day, b)} ${b.title}`,
    plannedMinutes: b.plannedMinutes,
    actualMinutes: b.actualMinutes ?? 0,
  }));
  const c = w.say.chart;
  const title = c.plannedActual(day.label);
  return chartSvg(
    planChart(title, rows, PRINT_CHART_WIDTH, PRINT_CHART_FONT, {
      rowHead: c.block,
      planned: c.plannedMin,
      actual: c.actualMin,
      plannedText: (n) => c.planned(formatNumberIn(w, n)),
      actualText: (n) => c.actual(formatNumberIn(w, n)),
      notRun: c.notRun,
    }),
  );
}

export function measureChartHtml(m: ReportMeasure, w: ExportWords = ENGLISH_WORDS): string {
  const chart = measureChart(m, m.values, PRINT_CHART_WIDTH, PRINT_CHART_FONT, measureWordsIn(w));
  return chartSvg(chart);
}
