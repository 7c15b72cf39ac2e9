// The SessionReport type: the plain data every export renders, and the parts buildReport joins.
import type { Language } from '../i18n/languages';
import type {
  ActionItem,
  Decision,
  Measure,
  MeasureValue,
  Registers,
} from '../model/registers/names';

// ---- input: parts, as read by each feature's own readers ----

export interface PartNote {
  id: string;
  text: string;
  /** null when the note was written anonymously. */
  author: string | null;
  votes: number;
  /** The board column it sits in, if the board has columns. */
  columnId?: string | null;
  /** The group it belongs to, if any. */
  groupId?: string | null;
  /** Parking lot items: where it was raised and what became of it. */
  status?: string;
}

export interface PartGroup {
  id: string;
  name: string;
  columnId?: string | null;
  /** Votes cast on the group itself (notes' votes are counted on the notes). */
  votes?: number;
}

export interface PartBoard {
  columns: { id: string; title: string }[];
  /** In board order; the export ranks by votes and breaks ties by this order. */
  groups: PartGroup[];
  notes: PartNote[];
}

export interface PartBlock {
  id: string;
  title: string;
  kind: string;
  prompt: string;
  plannedMinutes: number;
  /** Planned start in minutes after midnight (the day's start plus the blocks before it). */
  startMinutes?: number;
  /** null when the block has not run (yet). */
  actualMinutes: number | null;
  /** Minutes added during the session (timer extensions; after a set time, what came after it). */
  addedMinutes: number;
  /** The time left the facilitator set by hand (ms), when one was: "set to 0:12 left". */
  setRemainingMs?: number | null;
  /** From the timer ledger; when absent it is actual − planned − added, floored at 0. */
  overtimeMinutes?: number;
  board: PartBoard | null;
  /** Notes written but still sealed (private writing, not yet revealed): counted, not shown. */
  privateNotes?: number;
  /** Plain notes written while the room was on this block (outside its board). */
  notes?: PartNote[];
  /** For a vote block: the block whose board it votes on (itself when it has its own). */
  votesOnBlockId?: string | null;
  /** The facilitator's notes of the block's outcome. */
  outcome?: string | null;
  /** The block's breakout groups (breakoutExport.ts), in the plan's order. */
  breakout?: ReportBreakoutGroup[];
}

/** One breakout group in an export: who was in it, its notes in its own vote order, and what the
 * facilitator lifted from it to the room. */
export interface ReportBreakoutGroup {
  name: string;
  /** Members' names; null on an anonymous board (the export says "anonymous"). */
  members: string[] | null;
  notes: { text: string; votes: number }[];
  /** Notes still sealed when the export was made (the breakout still running). */
  sealed: number;
  lifted: { text: string; to: 'room' | 'decision' | 'action' }[];
}

/** One result of a closed vote, as voteResults ranks it. */
export interface PartVoteResult {
  targetId: string;
  kind: 'note' | 'group';
  count: number;
  /** Competition ranking: 1, 1, 3 when the first two tie. */
  rank: number;
  tied: boolean;
}

/** A closed vote on a board (votes are stored on the board's block). */
export interface PartVote {
  /** The board's block (where the notes are). */
  boardBlockId: string;
  /** The block that ran the vote: a vote block on that board, or the board's own block. */
  blockId: string;
  voterCount: number;
  /** How many participants the roster admits; null (or absent) in a doc with no roster. */
  admitted?: number | null;
  results: PartVoteResult[];
}

export interface PartDay {
  /** yyyy-mm-dd, or null when the agenda has no calendar date. */
  date: string | null;
  label?: string;
  /** Planned wall-clock start, "HH:MM". */
  startTime?: string;
  blocks: PartBlock[];
}

export interface ReportParts {
  title: string;
  /** The session's language (meta.language): the exports' fixed words; English when left out. */
  language?: Language;
  facilitator: string | null;
  /** Where the session took place, as the facilitator wrote it. */
  place?: string | null;
  /** First and last day from the session details; otherwise the agenda's dates are used. */
  detailDates?: string[];
  /** Who attended, de-duplicated by participant id, each with their latest name. */
  participants: string[];
  /** Closed votes with their ranked results. */
  votes?: PartVote[];
  days: PartDay[];
  registers: Registers;
  /** Every measure's recorded values (issue 25); none when absent. */
  measureValues?: MeasureValue[];
  /** A follow-up's carried actions as reviewed; null or absent for a session that follows none. */
  since?: PartSince | null;
  /** The parking lot, with each item's status: the appendix. */
  looseNotes?: PartNote[];
  questions?: ReportQuestion[];
  /** Polls that ran (not drafts), with their results. */
  polls?: ReportPoll[];
  /** When the export was made (ms since epoch); shown on the cover. */
  generatedAt: number;
  /** IANA time zone for times shown in the export; defaults to the runtime's zone. */
  timeZone?: string;
}

// ---- output: the report ----

export interface ReportNote {
  id: string;
  text: string;
  author: string | null;
  votes: number;
  /** Refs (A1, A2…) of the actions promoted from this note. */
  actionRefs: string[];
  /** Parking lot items: where it was raised and what became of it. */
  status?: string;
}

export interface ReportQuestion {
  text: string;
  /** null when asked anonymously. */
  author: string | null;
  upvotes: number;
  answered: boolean;
  /** The block the room was on when it was asked; the minutes list it there. */
  blockId?: string | null;
  /** The answer given, as the facilitator wrote it down; null when none was. */
  answer?: string | null;
}

export interface ReportPoll {
  id: string;
  question: string;
  /** e.g. "fist of five, anonymous". */
  kindLabel: string;
  open: boolean;
  voters: number;
  /** How many participants the roster admits; null (or absent) in a doc with no roster. */
  admitted?: number | null;
  rows: { label: string; count: number }[];
  /** Scales and fist-of-five only. */
  average: number | null;
  below3: number;
  decisionId: string | null;
  /** Health checks: each dimension's average in each session of the series, the last this one. */
  health?: { sessions: string[]; dimensions: { name: string; averages: (number | null)[] }[] };
}

export interface ReportGroup {
  id: string;
  name: string;
  /** Votes on the group plus its notes' votes; groups are ranked by this. */
  totalVotes: number;
  /** Ranked by votes, ties in board order. */
  notes: ReportNote[];
  /** Refs of the actions promoted from the group as a whole. */
  actionRefs: string[];
}

/** One row of a vote's ranking, labelled with the note's text or the group's name. */
export interface ReportVoteResult {
  rank: number;
  tied: boolean;
  kind: 'note' | 'group';
  label: string;
  count: number;
  /** For a group: how many notes it holds. */
  noteCount: number;
}

export interface ReportVote {
  /** `1.10`: day and block number of the block that ran the vote. */
  ref: string;
  title: string;
  /** The board voted on (`1.9`, its title), when it is another block's. */
  board: { ref: string; title: string } | null;
  voterCount: number;
  /** How many participants the roster admits; null (or absent) in a doc with no roster. */
  admitted?: number | null;
  totalVotes: number;
  /** Every result, ranked; the summary shows the top ones (see topResults). */
  results: ReportVoteResult[];
}

export interface ReportColumn {
  /** null for the column-less part of a board (or a board without columns). */
  id: string | null;
  title: string;
  groups: ReportGroup[];
  ungrouped: ReportNote[];
}

export interface ReportBlock {
  id: string;
  /** 1-based position in its day. */
  number: number;
  title: string;
  kind: string;
  prompt: string;
  plannedMinutes: number;
  /** Planned start in minutes after midnight; null when the agenda has no clock times. */
  startMinutes: number | null;
  actualMinutes: number | null;
  /** Minutes added on the clock (after a set time: what was added after it). */
  addedMinutes: number;
  /** "0:12" when the time left was set by hand (the last set); null when it never was. */
  setRemaining: string | null;
  overtimeMinutes: number;
  columns: ReportColumn[];
  noteCount: number;
  /** Notes still sealed when the export was made; 0 once the board is revealed. */
  privateNoteCount: number;
  /** False when the block never ran (or was passed in under half a minute). */
  ran: boolean;
  /** Plain notes written on the block, oldest first. */
  notes: ReportNote[];
  /** The closed vote this block ran, if any. */
  vote: ReportVote | null;
  /** Refs of the decisions and actions taken in this block. */
  decisionRefs: string[];
  actionRefs: string[];
  /** The facilitator's notes of what came out of the block; null when none were written. */
  outcome: string | null;
  /** Questions asked while the room was on this block, with their answers. */
  questions: ReportQuestion[];
  /** Its breakout groups, if the room split on this block. */
  breakout: ReportBreakoutGroup[];
}

export interface ReportDay {
  number: number;
  date: string | null;
  label: string;
  startTime: string | null;
  blocks: ReportBlock[];
  plannedMinutes: number;
  /** Planned minutes of the blocks that ran, so actual compares like with like. */
  plannedRanMinutes: number;
  /** Sum over the blocks that ran; null when none has. */
  actualMinutes: number | null;
  overtimeMinutes: number;
  addedMinutes: number;
}

export interface ReportDecision extends Decision {
  /** A stable display number: D1, D2, … */
  ref: string;
  blockTitle: string | null;
  decidedAtLabel: string;
  /** "committed; average 4.2; 1 below 3" when a confidence vote is attached; else null. */
  confidence: string | null;
}

export interface ReportAction extends ActionItem {
  /** A1, A2, … */
  ref: string;
  blockTitle: string | null;
  /** e.g. `Group "Pricing"` or `Note "…"`; null when created from scratch. */
  sourceLabel: string | null;
}

export interface ReportMeasure extends Measure {
  /** M1, M2, … */
  ref: string;
  /** Refs of the decisions and actions it tracks that still exist (D2, A4). */
  tracks: string[];
  /** Its values over time, in date order. */
  values: MeasureValue[];
  /** "42 → 51 since 2026-09-14; target 60 by 2027-03-31". */
  words: string;
}

export interface SessionReport {
  title: string;
  /** What the exports' fixed words, dates and counts are written in (exportWords.ts). */
  language: Language;
  /** First and last calendar date of the agenda (yyyy-mm-dd), when known. */
  dates: string[];
  facilitator: string | null;
  place: string | null;
  participants: string[];
  days: ReportDay[];
  /** Closed votes in agenda order. */
  votes: ReportVote[];
  decisions: ReportDecision[];
  actions: ReportAction[];
  measures: ReportMeasure[];
  /** A follow-up's opening: the carried actions, measures that moved, health; null otherwise. */
  sinceLastTime: SinceLastTime | null;
  generatedAt: number;
  generatedAtLabel: string;
  /** The notes under "Notes by block" (the blocks' counts add up to it; the parking lot apart). */
  noteCount: number;
  /** The parking lot, oldest first, each with its status. */
  looseNotes: ReportNote[];
  /** Questions asked outside any block of the agenda (the others are under their block). */
  questions: ReportQuestion[];
  polls: ReportPoll[];
  /** IANA zone of the agenda's clock times (session details, else the export's zone). */
  timeZone: string | null;
  /** Notes on boards that were still private (sealed) and so are not in the report. */
  privateNoteCount: number;
}

// ---- a follow-up's "Since last time" (issue 25, sinceLastTime.ts) ----

/** A carried action as the review left it: its last status and who owns it. */
export interface SinceAction {
  title: string;
  owner: string;
  /** The review's word in this session; 'not reviewed' when none was written here. */
  status: 'done' | 'slipped' | 'dropped' | 'on track' | 'at risk' | 'not reviewed';
  note: string;
}

export interface PartSince {
  previousTitle: string;
  actions: SinceAction[];
}

export interface SinceLastTime extends PartSince {
  /** Measures with values since their baseline (or a second value). */
  measures: ReportMeasure[];
  /** Health checks read beside at least one earlier session's. */
  health: ReportPoll[];
}
