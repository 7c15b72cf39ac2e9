// A measure's chart from its record and values: the line chart's spec, said the same way on the
// console, the projector and in the PDF.
import type { Measure, MeasureValue } from '../model/registers/names';
import { lineChart, type LineWords } from './lineChart';
import { measureWords, type TrendWords } from './measureWords';
import type { Chart } from './chartTypes';

export function measureChart(
  m: Measure,
  values: readonly MeasureValue[],
  width: number,
  font: number,
  /** The trend's words in the title and the chart's own; English by default. */
  say?: { trend: TrendWords; line: LineWords },
): Chart {
  const baseline =
    m.baselineValue != null ? { value: m.baselineValue, date: m.baselineDate ?? null } : null;
  const target =
    m.targetValue != null ? { value: m.targetValue, date: m.targetDate ?? null } : null;
  return lineChart({
    title: `${m.name}: ${measureWords(m, values, say?.trend)}`,
    unit: m.unit ?? '',
    baseline,
    target,
    points: values.map((v) => ({
      date: v.date,
      value: v.value,
      note: [v.note, v.who ? `(${v.who})` : ''].filter(Boolean).join(' '),
    })),
    width,
    font,
    ...(say && { words: say.line }),
  });
}
