// The measures' part of the minutes beyond their table: which have numbers to chart and say.
import type { ReportMeasure } from './reportTypes';

/** A measure with a baseline value, a target value or recorded values: it gets a chart and words. */
export const hasNumbers = (m: ReportMeasure) =>
  m.values.length > 0 || m.baselineValue != null || m.targetValue != null;
