// The live results as charts, laid out for any width and type size: a poll's answers, a team
// health check beside the earlier sessions of its series, and planned against actual minutes per
// block. The console and the projector draw them (renderer/features/charts/ChartSvg.tsx).
import { barChart, sessionStyles } from './barChart';
import type { Chart } from './chartTypes';
import type { PollResult } from '../model/polls/results';
import { valueLabel } from '../model/polls/read';
import type { HealthTrend } from '../model/polls/healthHistory';

export function pollChart(r: PollResult, width: number, font: number): Chart {
  if (r.trend) return healthChart(r.poll.question, r.trend, width, font);
  return barChart({
    title: `Answers: ${r.poll.question}`,
    rowHead: 'Answer',
    series: [{ name: 'Answers', style: 'solid' }],
    rows: r.counts.map((c) => ({ label: valueLabel(r.poll, c.value), values: [c.count] })),
    width,
    font,
  });
}

export function healthChart(question: string, trend: HealthTrend, width: number, font: number) {
  const styles = sessionStyles(trend.sessions.length);
  return barChart({
    title: `Team health, average per dimension (1 to 5): ${question}`,
    rowHead: 'Dimension',
    series: trend.sessions.map((name, i) => ({ name, style: styles[i]! })),
    rows: trend.dimensions.map((d) => ({
      label: d.name,
      values: d.averages,
      texts: d.averages.map((a) => (a === null ? 'not asked' : a.toFixed(1))),
    })),
    max: 5,
    width,
    font,
  });
}

export interface PlanRow {
  label: string;
  plannedMinutes: number;
  /** null: not run yet. */
  actualMinutes: number | null;
}

export function planChart(title: string, rows: PlanRow[], width: number, font: number): Chart {
  const m = (v: number) => Math.round(v * 10) / 10;
  return barChart({
    title,
    rowHead: 'Block',
    series: [
      { name: 'Planned (min)', style: 'outline' },
      { name: 'Actual (min)', style: 'solid' },
    ],
    rows: rows.map((r) => ({
      label: r.label,
      values: [r.plannedMinutes, r.actualMinutes === null ? null : m(r.actualMinutes)],
      texts: [
        `${r.plannedMinutes} planned`,
        r.actualMinutes === null ? 'not run' : `${m(r.actualMinutes)} actual`,
      ],
    })),
    width,
    font,
  });
}
