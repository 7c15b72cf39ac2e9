// Reads a live session Y.Doc into ReportParts (and a SessionReport): meta, participants, the agenda
// with the timer ledger's actual minutes, each block's board as the facilitator may read it, the
// plain notes and the registers. Pure: no clocks unless `now` is left out, no writes.
import type * as Y from 'yjs';
import { getAgenda, type AgendaBlock } from '../model/agenda/read';
import { readTimer } from '../model/timer/read';
import { parkingLotParts, pollParts, questionParts } from './toolkitExport';
import { listParticipants, readMeta } from '../model/session/read';
import { readSessionDetails } from '../model/session/details';
import { readRegisters } from '../model/registers/read';
import { readOutcomes } from '../model/registers/outcomes';
import { listMeasureValues } from '../model/registers/measureValues';
import { sinceFromDoc } from './sinceLastTime';
import {
  authorsLabel,
  facilitatorViewer,
  readBoard,
  readControl,
  readVotes,
  rankTallies,
  type BoardNoteView,
  type BoardViewer,
} from '../model/board';
import { elapsedMs, type TimerSnapshot } from '../model/timer/timerState';
import { buildReport } from './report';
import { exportWords, type ExportWords } from './exportWords';
import type { Language } from '../i18n/languages';
import { breakoutParts } from './breakoutExport';
import { voteBoardOf } from './voteBoards';
import { admittedCount } from '../model/roster/read';
import type {
  PartBlock,
  PartBoard,
  PartNote,
  PartVote,
  ReportParts,
  SessionReport,
} from './reportTypes';

export interface FromDocOptions {
  /**
   * Who reads the boards. Defaults to the facilitator without the master secret, which is what
   * the host holds: revealed notes and closed votes are readable, sealed notes are counted only.
   */
  viewer?: BoardViewer;
  /** Host time of the export (ms); a running block's actual minutes are taken at this moment. */
  now?: number;
  timeZone?: string;
  /** The language to write the export in (a choice at export time); the session's by default. */
  language?: Language;
}

/** The facilitator as the host sees them: may read what the doc reveals, holds no secret. */
export const EXPORT_VIEWER: BoardViewer = facilitatorViewer(null);

const MINUTE = 60_000;
const minutes = (ms: number) => Math.round(ms / MINUTE);

function timing(
  b: AgendaBlock,
  timer: TimerSnapshot,
  now: number,
): Pick<PartBlock, 'actualMinutes' | 'addedMinutes' | 'overtimeMinutes' | 'setRemainingMs'> {
  const entry = timer.ledger[b.id];
  if (!entry) return { actualMinutes: null, addedMinutes: 0 };
  const current = timer.facts.blockId === b.id;
  // The current block's ledger entry is only as fresh as its last write; derive it from the facts.
  const elapsed = current ? elapsedMs(timer.facts, now) : entry.elapsedMs;
  const time = current ? timer.facts : entry;
  const added = current ? timer.facts.extensionMs : entry.addedMs;
  const planned = b.plannedMinutes * MINUTE;
  const overtime = current ? Math.max(0, elapsed - planned - added) : entry.overtimeMs;
  // A time set by hand is said as such; only what was added after it counts as added.
  const set = time.setRemainingMs;
  return {
    actualMinutes: minutes(elapsed),
    addedMinutes: minutes(set === null ? added : added - time.extensionAtSetMs),
    setRemainingMs: set,
    overtimeMinutes: minutes(overtime),
  };
}

/** A board note's author(s) under their latest names; merged notes keep every named author. */
function noteAuthor(n: BoardNoteView, names: Map<string, string>): string | null {
  const first = n.anonymous
    ? null
    : ((n.authorId ? names.get(n.authorId) : undefined) ?? n.authorName ?? null);
  const all = [...(first ? [first] : []), ...(n.coAuthorNames ?? [])];
  return all.length > 0 ? authorsLabel(all) : null;
}

function board(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  names: Map<string, string>,
  w: ExportWords,
): { board: PartBoard; hidden: number; vote: Omit<PartVote, 'blockId'> | null } | null {
  const view = readBoard(doc, blockId, viewer);
  if (!view) return null;
  const votes = new Map<string, number>();
  const read = readVotes(doc, blockId, viewer);
  const ranked = read?.tallies ? rankTallies(read.tallies) : [];
  for (const r of ranked) votes.set(r.targetId, r.count);
  const closed = readControl(doc, blockId)?.voting === 'closed';
  const noteColumn = new Map(view.notes.map((n) => [n.id, n.column]));
  const notes: PartNote[] = view.notes.map((n) => ({
    id: n.id,
    text: n.text,
    author: noteAuthor(n, names),
    votes: votes.get(n.id) ?? 0,
    columnId: n.column,
    groupId: n.groupId,
  }));
  return {
    board: {
      columns: view.settings.columns.map((c) => ({ id: c.id, title: c.title })),
      groups: view.groups.map((g) => ({
        id: g.id,
        name: g.name || w.say.unnamedGroup,
        // A group sits where its oldest note sits.
        columnId: noteColumn.get(g.noteIds[0] ?? '') ?? null,
        votes: votes.get(g.id) ?? 0,
      })),
      notes,
    },
    hidden: view.hidden.total,
    vote: closed
      ? {
          boardBlockId: blockId,
          voterCount: read?.voterCount ?? 0,
          admitted: admittedCount(doc),
          results: ranked.map((r) => ({
            targetId: r.targetId,
            kind: r.kind,
            count: r.count,
            rank: r.rank,
            tied: r.tied,
          })),
        }
      : null,
  };
}

/** Everything an export needs, read from the doc. */
export function reportPartsFromDoc(doc: Y.Doc, options: FromDocOptions = {}): ReportParts {
  const viewer = options.viewer ?? EXPORT_VIEWER;
  const now = options.now ?? Date.now();
  // The export's words: the language asked for at export time, else the session's.
  const w = exportWords(options.language ?? readMeta(doc).language);
  const timer = readTimer(doc);
  const details = readSessionDetails(doc);
  // One entry per participant id, with the name they use now (they may have renamed themselves).
  const people = new Map<string, string>();
  for (const p of listParticipants(doc)) if (p.name.trim()) people.set(p.id, p.name.trim());
  const agenda = getAgenda(doc);
  const registers = readRegisters(doc);
  const outcomes = readOutcomes(doc);
  const blockTitles = new Map(agenda.days.flatMap((d) => d.blocks.map((b) => [b.id, b.title])));
  const records = new Map(
    [...registers.decisions, ...registers.actions].map((r) => [r.id, r.title] as const),
  );
  const parkingLot = parkingLotParts(
    doc,
    people,
    (id) => blockTitles.get(id) ?? null,
    (_kind, id) => records.get(id) ?? null,
    w,
  );
  const boardOf = voteBoardOf(agenda.days.flatMap((d) => d.blocks));
  const reads = new Map<string, ReturnType<typeof board>>();
  const readOnce = (id: string) => {
    if (!reads.has(id)) reads.set(id, board(doc, id, viewer, people, w));
    return reads.get(id) ?? null;
  };
  const votes: PartVote[] = [];
  const votedBoards = new Set<string>();
  const days = agenda.days.map((d, di) => ({
    // A day without its own date counts on from the first day in the session details.
    date: d.date ?? (details.startDate ? addDays(details.startDate, di) : null),
    label: d.label,
    startTime: d.startTime,
    blocks: d.blocks.map((b): PartBlock => {
      const read = readOnce(b.id);
      const votesOn = b.kind === 'vote' ? (boardOf.get(b.id) ?? null) : null;
      const vote = votesOn ? readOnce(votesOn)?.vote : null;
      if (vote && votesOn && !votedBoards.has(votesOn)) {
        votedBoards.add(votesOn);
        votes.push({ ...vote, blockId: b.id });
      }
      return {
        id: b.id,
        title: b.title,
        kind: b.kind,
        prompt: b.prompt,
        plannedMinutes: b.plannedMinutes,
        startMinutes: b.startMinutes,
        ...timing(b, timer, now),
        board: read?.board ?? null,
        privateNotes: read?.hidden ?? 0,
        votesOnBlockId: votesOn,
        outcome: outcomes[b.id] ?? null,
        breakout: breakoutParts(doc, b.id, viewer, people, w),
      };
    }),
  }));
  // A board whose vote no vote block ran (voting on the brainstorm itself) reports on its block.
  for (const [id, read] of reads)
    if (read?.vote && !votedBoards.has(id)) votes.push({ ...read.vote, blockId: id });
  const fallbackName = details.facilitatorName || null;
  const meta = readMeta(doc);
  return {
    title: meta.title,
    language: w.language,
    facilitator: fallbackName,
    place: details.place || null,
    detailDates: details.startDate
      ? [details.startDate, ...(details.endDate ? [details.endDate] : [])]
      : [],
    participants: [...people.values()],
    votes,
    days,
    registers,
    measureValues: [...listMeasureValues(doc).values()].flat(),
    since: sinceFromDoc(doc),
    looseNotes: parkingLot,
    questions: questionParts(doc, people),
    polls: pollParts(doc, w),
    generatedAt: now,
    // The session's own zone wins, so the console and the host export the same clock times.
    timeZone: details.timeZone ?? options.timeZone,
  };
}

/** yyyy-mm-dd plus `n` calendar days. */
function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The SessionReport of a live doc: what toMarkdown and toPrintHtml render. */
export function reportFromDoc(doc: Y.Doc, options: FromDocOptions = {}): SessionReport {
  return buildReport(reportPartsFromDoc(doc, options));
}

/** The first agenda date (yyyy-mm-dd) for the export's file name, or null. */
export function reportDate(report: SessionReport): string | null {
  return report.dates[0] ?? null;
}
