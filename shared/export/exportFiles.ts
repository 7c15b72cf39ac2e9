// One place that turns a SessionReport into each export file: its name (like
// `2026-11-26 Strategy offsite actions.csv`) and, for the text formats, its content. The console
// and the host API both call this, so the same session gives the same files either way.
import { toActionsCsv } from './actionsCsv';
import { toCalendarIcs } from './calendarIcs';
import { exportFileName, isoDate } from './fileName';
import { toMarkdown } from './markdown';
import type { SessionReport } from './reportTypes';
import { EXPORT_FORMATS, type ExportFormat } from '../protocol/exportFormats';

export type TextExportFormat = Exclude<ExportFormat, 'pdf'>;

const SUFFIX: Partial<Record<ExportFormat, string>> = { actionsCsv: 'actions' };

export function exportName(report: SessionReport, format: ExportFormat): string {
  return exportFileName({
    title: report.title,
    date: report.dates[0] ?? isoDate(report.generatedAt, report.timeZone ?? undefined),
    extension: EXPORT_FORMATS[format].extension,
    suffix: SUFFIX[format],
  });
}

export interface ExportTextOptions {
  /** The calendar: also the agenda's blocks (by default only the actions' due dates). */
  calendarAgenda?: boolean;
}

export function exportText(
  report: SessionReport,
  format: TextExportFormat,
  options: ExportTextOptions = {},
): string {
  if (format === 'markdown') return toMarkdown(report);
  if (format === 'actionsCsv') return toActionsCsv(report);
  return toCalendarIcs(report, { agenda: options.calendarAgenda ?? false });
}
