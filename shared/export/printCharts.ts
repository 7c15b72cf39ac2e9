// The minutes' pictures (issue 25): a vote's ranking, a poll's answers, a team health check beside
// the earlier ones, planned against actual minutes per block, and each measure over time, as SVG
// in the print layout (the PDF). Each sits beside the table or list that gives the same numbers.
import { barChart, sessionStyles } from '../charts/barChart';
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
  if (p.health) {
    const chart = barChart({
      title: `Team health, average per dimension (1 to 5): ${p.question}`,
      rowHead: 'Dimension',
      series: p.health.sessions.map((name, i) => ({
        name,
        style: sessionStyles(p.health!.sessions.length)[i]!,
      })),
      rows: p.health.dimensions.map((d) => ({
        label: d.name,
        values: d.averages,
        texts: d.averages.map((a) => (a === null ? 'not asked' : a.toFixed(1))),
      })),
      max: 5,
      width: PRINT_CHART_WIDTH,
      font: PRINT_CHART_FONT,
    });
    return chartSvg(chart);
  }
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
  const chart = barChart({
    title: `Planned and actual minutes per block, ${day.label}`,
    rowHead: 'Block',
    series: [
      { name: 'Planned (min)', style: 'outline' },
      { name: 'Actual (min)', style: 'solid' },
    ],
    rows: ran.map((b) => ({
      label: `${blockRef(day, b)} ${b.title}`,
      values: [b.plannedMinutes, b.actualMinutes ?? 0],
      texts: [`${b.plannedMinutes} planned`, `${b.actualMinutes ?? 0} actual`],
    })),
    width: PRINT_CHART_WIDTH,
    font: PRINT_CHART_FONT,
  });
  return chartSvg(chart);
}

export function measureChartHtml(m: ReportMeasure): string {
  const chart = measureChart(m, m.values, PRINT_CHART_WIDTH, PRINT_CHART_FONT);
  return chartSvg(chart);
}
