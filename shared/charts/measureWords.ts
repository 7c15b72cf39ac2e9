// A measure's trend in words, for the Markdown and for anyone who does not see the chart:
// "42 → 51 since 2026-09-14; target 60 by 2027-03-31".
import type { Measure, MeasureValue } from '../model/registers/names';
import { withUnit as withUnitOf } from './lineChart';

/** Where the line starts: the baseline when it has a value, else the first recorded value. */
export function trendStart(m: Measure, values: readonly MeasureValue[]) {
  if (m.baselineValue !== null && m.baselineValue !== undefined)
    return { value: m.baselineValue, date: m.baselineDate ?? values[0]?.date ?? null };
  const first = values[0];
  return first ? { value: first.value, date: first.date } : null;
}

/** The trend's words; English unless an export passes its language's (exportSentences). */
export interface TrendWords {
  since(date: string): string;
  on(date: string): string;
  noLaterValue: string;
  noValues: string;
  target(value: string): string;
  by(date: string): string;
  /** How a number and a yyyy-mm-dd day are written (English and ISO when absent). */
  number?(v: number): string;
  day?(iso: string): string;
  /** Between the trend and the target: "; " (French: a no-break space before the semicolon). */
  separator?: string;
}

const TREND_WORDS: TrendWords = {
  since: (date) => ` since ${date}`,
  on: (date) => ` on ${date}`,
  noLaterValue: ', no later value yet',
  noValues: 'no values yet',
  target: (value) => `target ${value}`,
  by: (date) => ` by ${date}`,
};

export function measureWords(
  m: Measure,
  values: readonly MeasureValue[],
  say: TrendWords = TREND_WORDS,
): string {
  const unit = m.unit ?? '';
  const withUnit = (v: number, u: string) => withUnitOf(v, u, say.number);
  const day = say.day ?? ((iso: string) => iso);
  const parts: string[] = [];
  const start = trendStart(m, values);
  const last = values[values.length - 1];
  if (start && last && !(values.length === 1 && m.baselineValue == null)) {
    parts.push(
      `${withUnit(start.value, unit)} → ${withUnit(last.value, unit)}${start.date ? say.since(day(start.date)) : ''}`,
    );
  } else if (start) {
    parts.push(
      `${withUnit(start.value, unit)}${start.date ? say.on(day(start.date)) : ''}${say.noLaterValue}`,
    );
  } else parts.push(say.noValues);
  if (m.targetValue !== null && m.targetValue !== undefined)
    parts.push(
      `${say.target(withUnit(m.targetValue, unit))}${m.targetDate ? say.by(day(m.targetDate)) : ''}`,
    );
  return parts.join(say.separator ?? '; ');
}

/** True when the measure has moved: a value recorded since the baseline (or a second value). */
export function measureMoved(m: Measure, values: readonly MeasureValue[]): boolean {
  return m.baselineValue != null ? values.length > 0 : values.length > 1;
}
