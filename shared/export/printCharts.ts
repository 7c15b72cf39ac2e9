// The minutes' pictures (issue 25): a vote's ranking, a poll's answers, a team health check beside
// the earlier ones, planned against actual minutes per block, and each measure over time, as SVG
// in the print layout (the PDF). Each sits beside the table or list that gives the same numbers.
import { barChart } from '../charts/barChart';
import { healthChart, planChart } from '../charts/resultCharts';
import { chartSvg } from '../charts/chartSvg';
import { measureChart } from '../charts/measureChart';
import type { ReportDay, ReportMeasure, ReportPoll, ReportVote } from './reportTypes';
import { blockRef } from './outline';
import { plural } from './summary';

/** A4's text width at the print's margins, in CSS px, and the charts' type size (≈ 9 pt). */
export const PRINT_CHART_WIDTH = 620;
export const PRINT_CHART_FONT = 12;

export function voteChartHtml(v: ReportVote, results: ReportVote['results']): string {
  if (!results.length) return '';
  const chart = barChart({
    title: `Votes per result, ${v.ref} ${v.title}`,
    rowHead: 'Result',
    series: [{ name: 'Votes', style: 'solid' }],
    rows: results.map((r) => ({
      label: `${r.rank}${r.tied ? ' (tie)' : ''}. ${r.label}`,
      values: [r.count],
      texts: [plural(r.count, 'vote')],
    })),
    width: PRINT_CHART_WIDTH,
    font: PRINT_CHART_FONT,
  });
  return chartSvg(chart);
}

export function pollChartHtml(p: ReportPoll): string {
  if (p.health)
    return chartSvg(healthChart(p.question, p.health, PRINT_CHART_WIDTH, PRINT_CHART_FONT));
  if (!p.voters) return '';
  const chart = barChart({
    title: `Answers: ${p.question}`,
    rowHead: 'Answer',
    series: [{ name: 'Answers', style: 'solid' }],
    rows: p.rows.map((r) => ({ label: r.label, values: [r.count] })),
    width: PRINT_CHART_WIDTH,
    font: PRINT_CHART_FONT,
  });
  return chartSvg(chart);
}

export function planChartHtml(day: ReportDay): string {
  const ran = day.blocks.filter((b) => b.ran);
  if (!ran.length) return '';
  const rows = ran.map((b) => ({
    label: `${blockRef(day, b)} ${b.title}`,
    plannedMinutes: b.plannedMinutes,
    actualMinutes: b.actualMinutes ?? 0,
  }));
  const title = `Planned and actual minutes per block, ${day.label}`;
  return chartSvg(planChart(title, rows, PRINT_CHART_WIDTH, PRINT_CHART_FONT));
}

export function measureChartHtml(m: ReportMeasure): string {
  const chart = measureChart(m, m.values, PRINT_CHART_WIDTH, PRINT_CHART_FONT);
  return chartSvg(chart);
}
