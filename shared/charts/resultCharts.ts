// The live results as charts, laid out for any width and type size: a poll's answers, a team
// health check beside the earlier sessions of its series, and planned against actual minutes per
// block. The console and the projector draw them (renderer/features/charts/ChartSvg.tsx).
import { barChart, sessionStyles } from './barChart';
import type { Chart } from './chartTypes';
import type { PollResult } from '../model/polls/results';
import { valueLabel } from '../model/polls/read';
import type { HealthTrend } from '../model/polls/healthHistory';

/** A poll chart's words; English unless the page passes its language's. */
export interface PollChartWords {
  title: string;
  rowHead: string;
  series: string;
  label(value: number): string;
  health: HealthChartWords;
}

export function pollChart(
  r: PollResult,
  width: number,
  font: number,
  words?: PollChartWords,
): Chart {
  if (r.trend) return healthChart(r.poll.question, r.trend, width, font, words?.health);
  return barChart({
    title: words?.title ?? `Answers: ${r.poll.question}`,
    rowHead: words?.rowHead ?? 'Answer',
    series: [{ name: words?.series ?? 'Answers', style: 'solid' }],
    rows: r.counts.map((c) => ({
      label: words ? words.label(c.value) : valueLabel(r.poll, c.value),
      values: [c.count],
    })),
    width,
    font,
  });
}

/** A health chart's words; English unless an export passes its language's (exportSentences). */
export interface HealthChartWords {
  title: string;
  rowHead: string;
  notAsked: string;
  /** The last series (healthTrend's current session); English "This session" when absent. */
  thisSession?: string;
  /** An earlier session's name as healthTrend gives it (its yyyy-mm-dd date, else its title). */
  session?(label: string): string;
  /** An average, one decimal: "3.5", "3,5". */
  average?(n: number): string;
}

export function healthChart(
  question: string,
  trend: HealthTrend,
  width: number,
  font: number,
  words: HealthChartWords = {
    title: `Team health, average per dimension (1 to 5): ${question}`,
    rowHead: 'Dimension',
    notAsked: 'not asked',
  },
) {
  const styles = sessionStyles(trend.sessions.length);
  return barChart({
    title: words.title,
    rowHead: words.rowHead,
    series: trend.sessions.map((name, i) => ({
      name:
        i === trend.sessions.length - 1
          ? (words.thisSession ?? name)
          : (words.session?.(name) ?? name),
      style: styles[i]!,
    })),
    rows: trend.dimensions.map((d) => ({
      label: d.name,
      values: d.averages,
      texts: d.averages.map((a) =>
        a === null ? words.notAsked : (words.average?.(a) ?? a.toFixed(1)),
      ),
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

/** A plan chart's words; English unless an export passes its language's (exportSentences). */
export interface PlanChartWords {
  rowHead: string;
  planned: string;
  actual: string;
  plannedText(n: number): string;
  actualText(n: number): string;
  notRun: string;
}

const PLAN_WORDS: PlanChartWords = {
  rowHead: 'Block',
  planned: 'Planned (min)',
  actual: 'Actual (min)',
  plannedText: (n) => `${n} planned`,
  actualText: (n) => `${n} actual`,
  notRun: 'not run',
};

export function planChart(
  title: string,
  rows: PlanRow[],
  width: number,
  font: number,
  words: PlanChartWords = PLAN_WORDS,
): Chart {
  const m = (v: number) => Math.round(v * 10) / 10;
  return barChart({
    title,
    rowHead: words.rowHead,
    series: [
      { name: words.planned, style: 'outline' },
      { name: words.actual, style: 'solid' },
    ],
    rows: rows.map((r) => ({
      label: r.label,
      values: [r.plannedMinutes, r.actualMinutes === null ? null : m(r.actualMinutes)],
      texts: [
        words.plannedText(r.plannedMinutes),
        r.actualMinutes === null ? words.notRun : words.actualText(m(r.actualMinutes)),
      ],
    })),
    width,
    font,
  });
}
