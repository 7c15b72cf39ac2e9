// The actions as CSV for issue trackers' importers (Jira, Linear, Asana): one row per action with
// Summary, Assignee and Due date as those importers name them, and a Description that carries the
// RACI, the success measure and where the action came from. RFC 4180: CRLF, quoted fields.
import { actionOwner } from './outline';
import { plainLines } from './escape';
import type { ReportAction, SessionReport } from './reportTypes';
import { exportWords, type ExportWords } from './exportWords';

export const ACTIONS_CSV_COLUMNS = [
  'Summary',
  'Assignee',
  'Due date',
  'Description',
  'Status',
  'Reference',
] as const;

/**
 * One CSV field. Every kind of line break becomes a plain LF and other control characters are
 * dropped (a reader splitting lines as Python's `splitlines` does sees no extra row); quoted when
 * it holds a comma, quote or line break; a leading `=`, `+`, `-`, `@` (or tab/LF) gets an
 * apostrophe so a spreadsheet opening the file never runs it as a formula.
 */
export function csvField(raw: string): string {
  const value = plainLines(raw);
  const safe = /^[=+\-@\t\n]/.test(value) ? `'${value}` : value;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The RACI lines every action's description and calendar event carry, in the words' language. */
export function raciLines(a: ReportAction, w: ExportWords, skipEmpty = false): string[] {
  const c = w.columns;
  return [
    `${c.responsible}: ${a.responsible || w.nobodyYet}`,
    `${c.accountable}: ${a.accountable || w.nobodyYet}`,
    !skipEmpty || a.consulted.length ? `${c.consulted}: ${a.consulted.join(', ') || w.nobody}` : '',
    !skipEmpty || a.informed.length ? `${c.informed}: ${a.informed.join(', ') || w.nobody}` : '',
    `${w.successMeasureLabel}: ${a.successMeasure || w.noneSet}`,
  ].filter(Boolean);
}

function description(a: ReportAction, report: SessionReport, w: ExportWords): string {
  const lines = raciLines(a, w);
  const from = [report.title, a.blockTitle, a.sourceLabel].filter(Boolean).join(' / ');
  if (from) lines.push(`${w.fromLabel}: ${from}`);
  return lines.join('\n');
}

/**
 * The actions as CSV text (header row first, CRLF line ends, no byte order mark), its column
 * names and words in the session's language. In English the columns and states are the ones
 * Jira's, Linear's and Asana's importers map (`To Do`, `In Progress`, `Done`, `Canceled`).
 */
export function toActionsCsv(report: SessionReport): string {
  const w = exportWords(report.language);
  const rows = report.actions.map((a) => [
    a.title,
    actionOwner(a) ?? '',
    a.due ?? '',
    description(a, report, w),
    w.csvStatus[a.status],
    a.ref,
  ]);
  return `${[[...w.csvColumns], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
