// The actions as CSV for issue trackers' importers (Jira, Linear, Asana): one row per action with
// Summary, Assignee and Due date as those importers name them, and a Description that carries the
// RACI, the success measure and where the action came from. RFC 4180: CRLF, quoted fields.
import { actionOwner } from './outline';
import { plainLines } from './escape';
import type { ReportAction, SessionReport } from './reportTypes';

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

function description(a: ReportAction, report: SessionReport): string {
  const lines = [
    `Responsible: ${a.responsible || 'nobody yet'}`,
    `Accountable: ${a.accountable || 'nobody yet'}`,
    `Consulted: ${a.consulted.join(', ') || 'nobody'}`,
    `Informed: ${a.informed.join(', ') || 'nobody'}`,
    `Success measure: ${a.successMeasure || 'none set'}`,
  ];
  const from = [report.title, a.blockTitle, a.sourceLabel].filter(Boolean).join(' / ');
  if (from) lines.push(`From: ${from}`);
  return lines.join('\n');
}

/** Importers map `open`/`in progress`/`done` to their own states; the words are kept plain. */
const STATUS: Record<ReportAction['status'], string> = {
  open: 'To Do',
  'in progress': 'In Progress',
  done: 'Done',
  dropped: 'Canceled',
};

/** The actions as CSV text (header row first, CRLF line ends, no byte order mark). */
export function toActionsCsv(report: SessionReport): string {
  const rows = report.actions.map((a) => [
    a.title,
    actionOwner(a) ?? '',
    a.due ?? '',
    description(a, report),
    STATUS[a.status],
    a.ref,
  ]);
  return `${[[...ACTIONS_CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
