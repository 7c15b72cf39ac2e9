// The minutes' outline, shared by the Markdown and the PDF so both say the same things in the same
// order: the summary a reader needs first, the agenda as it ran, the notes per block, an appendix.
import type {
  ReportAction,
  ReportBlock,
  ReportDay,
  ReportVote,
  SessionReport,
} from './reportTypes';
import { formatDelta } from './summary';
import {
  countFromAdmitted,
  countOf,
  dateRangeIn,
  formatDay,
  ENGLISH_WORDS,
  type ExportWords,
} from './exportWords';

export const SECTION_TITLES = {
  summary: 'Summary',
  agenda: 'Agenda as it ran',
  blocks: 'Notes by block',
  appendix: 'Appendix',
} as const;

export const APPENDIX_TITLES = {
  looseNotes: 'Parking lot',
  questions: 'Questions from the room',
  polls: 'Polls',
  decisions: 'Decisions in full',
  actions: 'Actions with RACI',
} as const;

/** `2026-11-26 to 2026-11-27`, or one date (in the words' language: `26.11.2026 bis …`). */
export function dateRange(dates: string[], w: ExportWords = ENGLISH_WORDS): string {
  return dateRangeIn(w, dates);
}

export function dayHeading(day: ReportDay, w: ExportWords = ENGLISH_WORDS): string {
  return day.date ? `${day.label} (${formatDay(w, day.date)})` : day.label;
}

/** `1.9`: day and block number. */
export const blockRef = (day: ReportDay, b: ReportBlock) => `${day.number}.${b.number}`;

/** A block earns a section of notes when it holds something to read; empty blocks do not. */
export function blockHasContent(b: ReportBlock): boolean {
  return (
    b.noteCount > 0 ||
    b.privateNoteCount > 0 ||
    b.vote !== null ||
    b.decisionRefs.length > 0 ||
    b.actionRefs.length > 0 ||
    b.outcome !== null ||
    b.questions.length > 0 ||
    b.breakout.length > 0
  );
}

export function blocksWithContent(report: SessionReport): { day: ReportDay; block: ReportBlock }[] {
  return report.days.flatMap((day) =>
    day.blocks.filter(blockHasContent).map((block) => ({ day, block })),
  );
}

/** `talk · 35 of 30 min` or `brainstorm · 60 min planned, not run`. */
export function blockTiming(b: ReportBlock, w: ExportWords = ENGLISH_WORDS): string {
  return b.actualMinutes === null
    ? w.say.timingNotRun(w.say.kind(b.kind), b.plannedMinutes)
    : w.say.timingRan(w.say.kind(b.kind), b.actualMinutes, b.plannedMinutes);
}

/** Said wherever sealed notes were left out, so a reader knows the board is not complete. */
export function privateLine(n: number, w: ExportWords = ENGLISH_WORDS): string {
  return w.say.privateLine(countOf(w, n, 'note'));
}

/** The agenda table's Added cell: minutes added, or "set to 0:12 left" (then what came after). */
export function addedCell(b: ReportBlock, w: ExportWords = ENGLISH_WORDS): string {
  if (b.setRemaining === null) return String(b.addedMinutes);
  return w.say.setTo(b.setRemaining, b.addedMinutes ? formatDelta(b.addedMinutes) : null);
}

export const NO_OWNER = 'No owner yet';

/** The action's owner is its Responsible (who does the work); null when nobody is. */
export function actionOwner(a: ReportAction): string | null {
  return a.responsible.trim() || null;
}

/** `none noted`, `2 people`, or the names. */
export function dissentText(
  d: SessionReport['decisions'][number],
  w: ExportWords = ENGLISH_WORDS,
): string {
  if (d.dissent.mode === 'count')
    return d.dissent.count === 0 ? w.noneNoted : countOf(w, d.dissent.count, 'person');
  return d.dissent.names.length ? d.dissent.names.join(', ') : w.noneNoted;
}

/** "4 voters from 6 admitted", as the console counts ("4 voters" in a doc with no roster). */
export const votersText = (v: ReportVote, w: ExportWords = ENGLISH_WORDS): string =>
  countFromAdmitted(w, v.voterCount, v.admitted ?? null, 'voter');

/** `1 vote`, or an empty string for no votes (a zero on every note is noise). */
export function votesText(n: number, w: ExportWords = ENGLISH_WORDS): string {
  return n > 0 ? countOf(w, n, 'vote') : '';
}

/** How many results the summary shows per vote: ranks 1 to 5, ties included. */
export const SUMMARY_MAX_RANK = 5;

/** A vote's results the summary does not show: its block lists only these (each row once). */
export function resultsBeyondSummary(v: ReportVote): ReportVote['results'] {
  return v.results.filter((r) => r.rank > SUMMARY_MAX_RANK);
}

/** The refs of the actions a block's notes and groups already show beside them. */
export function actionRefsOnNotes(b: ReportBlock): Set<string> {
  const refs = new Set<string>();
  for (const n of b.notes) for (const r of n.actionRefs) refs.add(r);
  for (const c of b.columns) {
    for (const g of c.groups) {
      for (const r of g.actionRefs) refs.add(r);
      for (const n of g.notes) for (const r of n.actionRefs) refs.add(r);
    }
    for (const n of c.ungrouped) for (const r of n.actionRefs) refs.add(r);
  }
  return refs;
}
